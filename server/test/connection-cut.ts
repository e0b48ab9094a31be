// A real database outage for one test file's own PostgreSQL database: never the server, never another database.
import { Client } from 'pg';
import { testDatabaseUrl, type TestDatabase } from './database';

/** Cuts and restores the connections to one test file's PostgreSQL database. */
export interface ConnectionCutter {
  /**
   * Terminates every connection to the test's database (its pools, whatever they are doing), and
   * refuses new ones until `admit()`, so the outage lasts until the test ends it. Returns how many
   * connections it cut.
   */
  cut(): Promise<number>;
  /** Lets connections in again. */
  admit(): Promise<void>;
  /** Admits, then closes the cutter's own connection. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * A separate connection, in the server's maintenance database (PostgreSQL will not disallow
 * connections to the database one is connected to), that cuts the test's own per-file database.
 */
export async function connectionCutter(database: TestDatabase): Promise<ConnectionCutter> {
  const url = testDatabaseUrl();
  const name = database.name;
  // Only ever a database the harness created for this file.
  if (!url || !name?.startsWith('ac_test_')) throw new Error('connectionCutter needs a per-file PostgreSQL test database');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  let closed = false;
  const admit = async () => {
    await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
  };
  return {
    async cut() {
      // Refuse first, so no pool reconnects between the two statements.
      await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      const { rows } = await client.query<{ cut: boolean }>(
        'SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      return rows.filter((r) => r.cut).length;
    },
    admit,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await admit();
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}
