import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { migrate, openDatabase, type Database } from '../src/db/database';

/** A migrated database private to one test file. */
export interface TestDatabase {
  db: Database;
  dataSource: DataSource;
  /** What the app connects as: `dataSource` (the owner), or the separate login role with `appRole`. */
  appDataSource: DataSource;
  /** `postgres` when DATABASE_URL is set, otherwise an in-memory `pglite`. */
  kind: Database['kind'];
  /** Name of the per-file PostgreSQL database; null for PGlite. */
  name: string | null;
  /** The per-file PostgreSQL database's URL (as the owner); null for PGlite. */
  url: string | null;
  /** Closes the connections and, on PostgreSQL, drops the database. Safe to call twice. */
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Apply the migrations before returning (default true). */
  migrate?: boolean;
  /** PostgreSQL only: also connect as a separate login role that is a member of actionconnect_app. */
  appRole?: boolean;
}

const PREFIX = 'ac_test_';
/** Databases a crashed run left behind are swept once they are this old. */
const STALE_AFTER_MS = 3 * 3600_000;

/** The server named by DATABASE_URL, or null to use PGlite. Tests read it here, not through loadConfig. */
export function testDatabaseUrl(): string | null {
  const raw = (process.env.DATABASE_URL ?? '').trim();
  return raw === '' ? null : raw;
}

/** `ac_test_<unix ms>_<pid>_<random>`: unique across parallel workers and runs, and dated for the sweep. */
function uniqueName(): string {
  return `${PREFIX}${Date.now()}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withMaintenance<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function sweepStale(client: Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}%`]);
  const cutoff = Date.now() - STALE_AFTER_MS;
  for (const { datname } of rows) {
    const created = Number(datname.slice(PREFIX.length).split('_')[0]);
    if (Number.isFinite(created) && created < cutoff) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  }
}

async function createPostgres(url: string): Promise<{ db: Database; name: string; drop(): Promise<void> }> {
  const name = uniqueName();
  await withMaintenance(url, async (client) => {
    await sweepStale(client);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const drop = () => withMaintenance(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
  try {
    return { db: await openDatabase({ kind: 'postgres', url: withDatabase(url, name) }), name, drop };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

/**
 * Opens a fresh database for one test file: a new uniquely named PostgreSQL database on the server
 * in DATABASE_URL (so files run in parallel), or an in-memory PGlite when DATABASE_URL is unset.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  let db: Database;
  let name: string | null = null;
  let drop: () => Promise<void> = async () => undefined;
  if (url) {
    ({ db, name, drop } = await createPostgres(url));
  } else {
    db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  }
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await db.close().catch(() => undefined);
      await drop();
    })();
    return closing;
  };
  if (options.migrate ?? true) {
    try {
      await migrate(db);
    } catch (error) {
      await close();
      throw error;
    }
  }
  let appDataSource = db.dataSource;
  if (options.appRole && url && name) {
    // The README's separate-role setup: a login role that is only a member of actionconnect_app.
    const role = `ac_web_${randomBytes(4).toString('hex')}`;
    await db.dataSource.query(`CREATE ROLE "${role}" LOGIN IN ROLE actionconnect_app`);
    const appUrl = new URL(withDatabase(url, name));
    appUrl.username = role;
    appUrl.password = '';
    const app = await openDatabase({ kind: 'postgres', url: appUrl.toString() });
    appDataSource = app.dataSource;
    const closeOwner = close;
    const closeBoth = async () => {
      await app.close().catch(() => undefined);
      await closeOwner();
      await withMaintenance(url, (client) => client.query(`DROP ROLE IF EXISTS "${role}"`)).catch(() => undefined);
    };
    return { db, dataSource: db.dataSource, appDataSource, kind: db.kind, name, url: withDatabase(url, name), close: closeBoth };
  }
  return { db, dataSource: db.dataSource, appDataSource, kind: db.kind, name, url: url && name ? withDatabase(url, name) : null, close };
}
