import 'reflect-metadata';
import { Client } from 'pg';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '../../test/database';
import { CrossTenantData } from './cross-tenant';
import { APP_ROLE, TenantData, TenantScopeError } from './tenant';

// The second wall: whatever the service layer forgets, PostgreSQL itself keeps one organization's
// rows from another. Tables are found from the catalog, so a new tenant table without a policy fails here.

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';

let t: TestDatabase;

async function tenantTables(): Promise<string[]> {
  const rows: { table_name: string }[] = await t.dataSource.query(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

/** Two organizations, each with a row in every tenant table (enough of a graph to satisfy the foreign keys). */
async function seedTwoOrganizations(): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  for (const [org, slug] of [
    [ORG_A, 'wall-a'],
    [ORG_B, 'wall-b'],
  ]) {
    const n = org.slice(-1);
    const id = (k: number) => `00000000-0000-4000-800${k}-00000000000${n}`;
    await q(`INSERT INTO organizations (id, slug, name) VALUES ($1, $2, $2)`, [org, slug]);
    await q(`INSERT INTO agents (id, organization_id, email, name) VALUES ($1, $2, $3, 'A')`, [id(1), org, `agent@${slug}.test`]);
    await q(`INSERT INTO contacts (id, organization_id, email) VALUES ($1, $2, $3)`, [id(2), org, `c@${slug}.test`]);
    await q(`INSERT INTO article_categories (id, organization_id, slug, name) VALUES ($1, $2, 'c', 'C')`, [id(3), org]);
    await q(`INSERT INTO articles (id, organization_id, category_id, slug, title, status) VALUES ($1, $2, $3, 'a', 'A', 'published')`, [
      id(4),
      org,
      id(3),
    ]);
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoOrganizations();
});
afterAll(() => t.close());

describe('the tenant wall in the database', () => {
  it('has row-level security on every table with an organization_id, and on organizations', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThan(10);
    const rows: { relname: string; relrowsecurity: boolean; policies: string }[] = await t.dataSource.query(
      `SELECT c.relname, c.relrowsecurity, (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)::text AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [[...tables, 'organizations']],
    );
    expect(rows).toHaveLength(tables.length + 1);
    for (const row of rows) {
      expect({ table: row.relname, rls: row.relrowsecurity, policies: Number(row.policies) > 0 }).toEqual({
        table: row.relname,
        rls: true,
        policies: true,
      });
    }
  });

  it('shows the application role no row of another organization in any tenant table, by raw SQL', async () => {
    const tables = await tenantTables();
    await t.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('role', $1, true), set_config('app.organization_id', $2, true)`, [APP_ROLE, ORG_A]);
      for (const table of tables) {
        const foreign: unknown[] = await m.query(`SELECT * FROM "${table}" WHERE organization_id <> $1`, [ORG_A]);
        expect({ table, foreign: foreign.length }).toEqual({ table, foreign: 0 });
      }
      const orgs: { id: string }[] = await m.query(`SELECT id FROM organizations`);
      expect(orgs.map((o) => o.id)).toEqual([ORG_A]);
      const own: unknown[] = await m.query(`SELECT * FROM agents`);
      expect(own).toHaveLength(1);
    });
  });

  it("refuses to insert another organization's row", async () => {
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('role', $1, true), set_config('app.organization_id', $2, true)`, [APP_ROLE, ORG_A]);
        await m.query(`INSERT INTO contacts (organization_id, email) VALUES ($1, 'x@evil.test')`, [ORG_B]);
      }),
    ).rejects.toThrow(/row-level security/);
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`SELECT set_config('role', $1, true), set_config('app.organization_id', $2, true)`, [APP_ROLE, ORG_A]);
        await m.query(`UPDATE contacts SET organization_id = $1`, [ORG_B]);
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('fails closed: with no organization set, the application role sees no row at all', async () => {
    const tables = await tenantTables();
    await t.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('role', $1, true)`, [APP_ROLE]);
      for (const table of [...tables, 'organizations']) {
        const rows: unknown[] = await m.query(`SELECT * FROM "${table}"`);
        expect({ table, rows: rows.length }).toEqual({ table, rows: 0 });
      }
    });
  });

  it('does not carry the organization from one pooled transaction to the next', async () => {
    const data = new TenantData(t.dataSource);
    await data.run(ORG_A, (tx) => tx.sql(`SELECT 1`));
    // Same pool (one connection on PGlite; any of them on PostgreSQL): nothing is left set.
    for (let i = 0; i < 5; i++) {
      const [row]: { org: string | null; role: string }[] = await t.dataSource.query(
        `SELECT nullif(current_setting('app.organization_id', true), '') AS org, current_user AS role`,
      );
      expect(row.org).toBeNull();
      expect(row.role).not.toBe(APP_ROLE);
    }
  });

  it('gives a service only its organization through the tenant helper, and refuses a call without one', async () => {
    const data = new TenantData(t.dataSource);
    const seen = await data.run(ORG_B, async (tx) => ({
      contacts: await tx.sql<{ organization_id: string }>(`SELECT organization_id FROM contacts`),
      viaHelper: await tx.find((await import('../modules/contacts/contact.entity')).Contact),
    }));
    expect(seen.contacts.map((c) => c.organization_id)).toEqual([ORG_B]);
    expect(seen.viaHelper.map((c) => c.organizationId)).toEqual([ORG_B]);
    await expect(data.run('', async () => 1)).rejects.toBeInstanceOf(TenantScopeError);
    await expect(data.run(undefined as unknown as string, async () => 1)).rejects.toBeInstanceOf(TenantScopeError);
    await expect(data.run(ORG_A, () => data.run(ORG_B, async () => 1))).rejects.toBeInstanceOf(TenantScopeError);
    await expect(data.run(ORG_A, () => new CrossTenantData(t.dataSource).run('health-check', async () => 1))).rejects.toBeInstanceOf(
      TenantScopeError,
    );
  });

  const onPostgres = testDatabaseUrl() ? it : it.skip;
  onPostgres('applies the same wall to a login role that connects as the application role', async () => {
    const url = new URL(testDatabaseUrl() as string);
    url.pathname = `/${t.name}`;
    const login = `ac_wall_${process.pid}_${Date.now()}`;
    await t.dataSource.query(`CREATE ROLE "${login}" LOGIN IN ROLE ${APP_ROLE}`);
    url.username = login;
    url.password = '';
    const client = new Client({ connectionString: url.toString() });
    try {
      await client.connect();
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.organization_id', $1, true)`, [ORG_A]);
      const { rows } = await client.query(`SELECT organization_id FROM tickets UNION ALL SELECT organization_id FROM contacts`);
      expect(rows.every((r: { organization_id: string }) => r.organization_id === ORG_A)).toBe(true);
      await client.query('COMMIT');
      const after = await client.query(`SELECT count(*)::int AS n FROM contacts`);
      expect(after.rows[0].n).toBe(0);
    } finally {
      await client.end().catch(() => undefined);
      await t.dataSource.query(`DROP ROLE IF EXISTS "${login}"`);
    }
  });
});
