// The owner's connection to a bench database: PostgreSQL through pg, or a PGlite folder opened
// directly (only while no product process holds it). Both answer query(text, params) -> { rows }.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/lib/../..). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Resolves packages the way the product does, so the bench uses the product's own pg and PGlite. */
export const serverRequire = createRequire(path.join(ROOT, 'server/package.json'));

/** A target database: `{ kind: 'postgres', url }` or `{ kind: 'pglite', dataDir }`. */
export function describeTarget(target) {
  return target.kind === 'postgres' ? target.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : `PGlite ${target.dataDir}`;
}

/** Opens the owner connection; call close() when done. */
export async function openOwner(target) {
  if (target.kind === 'postgres') {
    const pg = serverRequire('pg');
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return { query: (text, params) => client.query(text, params), exec: (text) => client.query(text), close: () => client.end() };
  }
  const { PGlite } = await import(serverRequire.resolve('@electric-sql/pglite'));
  const { pg_trgm } = await import(serverRequire.resolve('@electric-sql/pglite/contrib/pg_trgm'));
  const db = await PGlite.create(target.dataDir, { extensions: { pg_trgm } });
  return { query: (text, params) => db.query(text, params), exec: (text) => db.exec(text), close: () => db.close() };
}

/** Creates a PostgreSQL database with createdb (host, port and user taken from the URL); dropFirst drops it first. */
export function createPostgresDatabase(url, { dropFirst = false } = {}) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  const env = { ...process.env, ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}) };
  if (dropFirst) spawnSync('dropdb', [...args, '--if-exists', name], { stdio: 'inherit', env });
  const made = spawnSync('createdb', [...args, name], { stdio: 'inherit', env });
  if (made.status !== 0) throw new Error(`createdb ${name} failed (use --fresh to drop and recreate it)`);
}
