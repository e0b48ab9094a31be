import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organization's block list for uploads (issue 12.4): the file name extensions its contacts and
 * agents may not upload. NULL means the default list (programs and scripts, `BLOCKED_EXTENSIONS`),
 * so every organization starts blocked and a later change to the default reaches those who kept it.
 * The bytes check for executables (`sniff`) applies whatever the list says.
 */
export class OrganizationBlockedFileTypes1796100000000 implements MigrationInterface {
  name = 'OrganizationBlockedFileTypes1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" ADD "blocked_file_extensions" character varying(16) array`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "blocked_file_extensions"`);
  }
}
