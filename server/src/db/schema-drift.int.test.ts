import { createTestDatabase, type TestDatabase } from '../../test/database';
import { migrate } from './database';
import { MIGRATIONS } from './migrations';
import { pendingSchemaChanges } from './pending-schema';

// Runs on PGlite, or on a fresh PostgreSQL database when DATABASE_URL is set (CI runs both).
describe(`the migrations (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let tdb: TestDatabase;

  beforeAll(async () => {
    tdb = await createTestDatabase({ migrate: false });
  }, 60_000);

  afterAll(() => tdb?.close());

  it('apply every migration, in order, to an empty database', async () => {
    const applied = await migrate(tdb.db);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('leave nothing for TypeORM to change: the entities and the migrated schema agree', async () => {
    const pending = await pendingSchemaChanges(tdb.dataSource);
    // On failure this prints the SQL a new migration needs (npm run migration:create).
    expect(pending.up).toEqual([]);
  });

  it('can be run again, applying nothing the second time', async () => {
    expect(await migrate(tdb.db)).toEqual([]);
    const rows: { name: string }[] = await tdb.dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });
});
