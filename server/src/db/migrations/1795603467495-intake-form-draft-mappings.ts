import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeFormDraftMappings1795603467495 implements MigrationInterface {
  name = 'IntakeFormDraftMappings1795603467495';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "intake_forms" ADD "draft_mappings" jsonb NOT NULL DEFAULT '{}'`);
    // A form published before drafts had mappings starts from its latest version's, so the builder
    // does not see an unpublished change nobody made.
    await q.query(
      `UPDATE "intake_forms" f SET "draft_mappings" = v."mappings" FROM "intake_form_versions" v WHERE v."form_id" = f."id" AND v."version" = f."published_version"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "intake_forms" DROP COLUMN "draft_mappings"');
  }
}
