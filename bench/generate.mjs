// Generates a benchmark database: the product migrates and seeds a fresh database once, then
// plain SQL (bench/lib/generate-sql.mjs) adds N tickets, M contacts and K articles to `acme`.
//
//   node bench/generate.mjs --database bench_load [--tickets 1000000 --contacts 50000 --articles 100000] [--fresh]
//   node bench/generate.mjs --pglite /tmp/ac-bench-pglite --tickets 50000 --articles 10000 [--fresh]
//
// --database takes a name on 127.0.0.1 as postgres (created with createdb) or a full postgres:// URL.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPostgresDatabase, describeTarget, openOwner } from './lib/db.mjs';
import { DEFAULT_SIZES, generationStatements, HEAVY_REQUESTER_EMAIL } from './lib/generate-sql.mjs';
import { productEnv, startProcess } from './lib/processes.mjs';

/** The target named by --database / --pglite. */
export function targetFrom(values) {
  if (values.pglite) return { kind: 'pglite', dataDir: values.pglite };
  const db = values.database ?? 'bench_load';
  return { kind: 'postgres', url: db.includes('://') ? db : `postgres://postgres@127.0.0.1:5432/${db}` };
}

/** Creates (or recreates) the database, lets the product migrate and seed it, then fills it. */
export async function generate(target, sizes, { fresh = false, log = console.log } = {}) {
  if (target.kind === 'postgres') createPostgresDatabase(target.url, { dropFirst: fresh });
  else if (fresh) rmSync(target.dataDir, { recursive: true, force: true });
  const started = Date.now();
  // The product's own start-up runs its migrations and loads the demo organizations.
  const product = await startProcess('server/dist/main.js', productEnv(target), { label: 'the product (migrating)' });
  await product.stop();
  log(`migrated and seeded ${describeTarget(target)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const db = await openOwner(target);
  try {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM contacts WHERE email = $1', [HEAVY_REQUESTER_EMAIL]);
    if (rows[0].n > 0) throw new Error(`${describeTarget(target)} already holds generated data: pass --fresh to start over`);
    const t0 = Date.now();
    for (const step of generationStatements(sizes)) {
      const t = Date.now();
      await db.exec(step.sql);
      log(`  ${step.label.padEnd(22)} ${((Date.now() - t) / 1000).toFixed(1).padStart(7)} s`);
    }
    log(`generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      pglite: { type: 'string' },
      tickets: { type: 'string' },
      contacts: { type: 'string' },
      articles: { type: 'string' },
      agents: { type: 'string' },
      heavy: { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const sizes = Object.fromEntries(Object.keys(DEFAULT_SIZES).flatMap((k) => (values[k] === undefined ? [] : [[k, Number(values[k])]])));
  await generate(targetFrom(values), sizes, { fresh: values.fresh });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
