import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BrandPrimaryTextColor1795603401795 implements MigrationInterface {
  name = 'BrandPrimaryTextColor1795603401795';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "organizations" ADD "brand_primary_text_color" character varying(7)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "organizations" DROP COLUMN "brand_primary_text_color"');
  }
}
