import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgentTotp1795607564103 implements MigrationInterface {
  name = 'AgentTotp1795607564103';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "agents" ADD "totp_secret" character varying(64)');
    await q.query('ALTER TABLE "agents" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "agents" ADD "totp_last_step" integer');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "agents" DROP COLUMN "totp_last_step"');
    await q.query('ALTER TABLE "agents" DROP COLUMN "totp_enabled_at"');
    await q.query('ALTER TABLE "agents" DROP COLUMN "totp_secret"');
  }
}
