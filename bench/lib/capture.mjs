// Capture mode: runs every path once through the product with bench/lib/sql-log-hook.cjs preloaded,
// keeps the statements of each request's tenant transactions, works out where each parameter came
// from (the session, the request's variables, an earlier statement's result, or a constant), and
// writes them to bench/baseline-sql.mjs for the baseline to send.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, serverRequire } from './db.mjs';
import { graphqlRequest, serverClient } from './http-load.mjs';
import { cookieFor, prepareDatabase, resolvePaths, startProduct } from './setup.mjs';

const OUTPUT = path.join(ROOT, 'bench/baseline-sql.mjs');
const HOOK = path.join(ROOT, 'bench/lib/sql-log-hook.cjs');
const IN_LIST = /IN \(((?:\$\d+, )*\$\d+)\)/g;
const TX_START = /^(START TRANSACTION|BEGIN)/i;
const TX_END = /^(COMMIT|ROLLBACK)/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_SETUP = /set_config\('role'/;

/** Values a request brings besides its statements' results: the session, its variables, and what the product derives from them. */
export function requestValues(variables, session) {
  const { searchTerms } = serverRequire(path.join(ROOT, 'server/dist/modules/articles/search-text.js'));
  const values = { org: session.organizationId, viewer: session.agentId ?? session.contactId };
  const walk = (v, at) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      values[`json:${at}`] = v;
      for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k);
    } else if (typeof v === 'string' || typeof v === 'number') values[`var:${at}`] = v;
  };
  walk(variables, '');
  if (typeof variables.after === 'string') {
    // [value, id, signature] (server/src/modules/tickets/ticket-cursor.ts).
    const [value, id] = JSON.parse(Buffer.from(variables.after, 'base64url').toString('utf8'));
    Object.assign(values, { 'cursor:value': value, 'cursor:id': id });
  }
  if (typeof variables.query === 'string') {
    const t = searchTerms(variables.query);
    Object.assign(values, { 'terms:web': t.web, 'terms:prefix': t.prefix, 'terms:plain': t.plain });
  }
  if (typeof variables.search === 'string') values['var:search'] = variables.search;
  return values;
}

const same = (a, b) => a === b || (typeof a === 'string' && typeof b === 'number' && a === String(b));

/** Where one parameter value comes from. */
function bind(value, known, earlier) {
  if (value === null || typeof value === 'boolean') return { const: value };
  for (const [name, v] of Object.entries(known)) {
    if (name.startsWith('terms:')) {
      if (value === v) return { from: name };
    } else if (name.startsWith('json:')) {
      if (typeof value === 'string' && value === JSON.stringify(v)) return { from: name };
    } else if (same(value, v) && !(typeof v === 'string' && v.length < 2)) return { from: name };
  }
  // Only ids and numbers are looked up in earlier results: a status word there would be a coincidence.
  const idLike = (typeof value === 'string' && UUID.test(value)) || (typeof value === 'number' && Number.isInteger(value));
  for (let s = idLike ? earlier.length - 1 : -1; s >= 0; s--) {
    for (const [row, r] of earlier[s].rows.entries()) {
      for (const [column, v] of Object.entries(r)) if (same(value, v) || String(v) === String(value)) return { ref: s, row, column };
    }
  }
  return { const: value };
}

/** A list parameter run: the earlier result column whose distinct values (in row order) are exactly these. */
function bindList(values, earlier) {
  const wanted = new Set(values.map(String));
  for (let s = earlier.length - 1; s >= 0; s--) {
    const columns = Object.keys(earlier[s].rows[0] ?? {});
    for (const column of columns) {
      const have = new Set(
        earlier[s].rows
          .map((r) => r[column])
          .filter((v) => v !== null && v !== undefined)
          .map(String),
      );
      if ([...wanted].every((v) => have.has(v))) return { list: s, column };
    }
  }
  return null;
}

/** Turns one request's logged statements into its tenant transactions, with parameter bindings. */
export function extractTransactions(entries, known) {
  const byClient = new Map();
  for (const e of entries) byClient.set(e.client, [...(byClient.get(e.client) ?? []), e]);
  const transactions = [];
  for (const list of byClient.values()) {
    let current = null;
    for (const e of list) {
      if (TX_START.test(e.text)) current = [];
      else if (TX_END.test(e.text)) {
        if (current?.some((s) => TENANT_SETUP.test(s.text))) transactions.push(current.filter((s) => !TENANT_SETUP.test(s.text)));
        current = null;
      } else current?.push(e);
    }
  }
  // The viewer's own row (agent with organization, or contact) is what the baseline's one session lookup replaces.
  const isIdentity = (s) => /FROM "(agents|contacts)"/.test(s.text) && s.values.includes(known.viewer) && s.values.length <= 3;
  if (transactions[0]) while (transactions[0].length && isIdentity(transactions[0][0])) transactions[0].shift();
  const kept = transactions.filter((tx) => tx.length);
  const earlier = [];
  return kept.map((tx) =>
    tx.map((s) => {
      let text = s.text;
      const params = [];
      const listed = new Set();
      for (const m of s.text.matchAll(IN_LIST)) {
        const idx = m[1].split(', ').map((p) => Number(p.slice(1)));
        const binding = bindList(
          idx.map((i) => s.values[i - 1]),
          earlier,
        );
        if (!binding) continue;
        idx.forEach((i) => listed.add(i));
        text = text.replace(m[0], `IN ({list:${params.length}})`);
        params.push(binding);
      }
      // Remaining $n are renumbered in order after the lists are cut out.
      const order = [];
      text = text.replace(/\$(\d+)/g, (_, n) => {
        order.push(Number(n));
        return `{param:${params.length + order.length - 1}}`;
      });
      for (const n of order) params.push(bind(s.values[n - 1], known, earlier));
      earlier.push({ rows: s.rows });
      return { text, params };
    }),
  );
}

/** Runs the capture against a generated database and rewrites bench/baseline-sql.mjs. */
export async function capture(target, log = console.log) {
  const logFile = path.join(os.tmpdir(), `ac-bench-sql-${process.pid}.jsonl`);
  writeFileSync(logFile, '');
  const prepared = await prepareDatabase(target);
  const product = await startProduct(target, { env: { BENCH_SQL_LOG: logFile }, nodeArgs: ['--require', HOOK] });
  const captured = {};
  try {
    const paths = await resolvePaths(product, prepared);
    const client = serverClient(product.port, 1);
    const { sessions } = prepared;
    for (const p of paths) {
      const before = readFileSync(logFile, 'utf8').length;
      const answer = await graphqlRequest(client, p, cookieFor(p, sessions), 0);
      if (answer.status !== 200 || answer.body.errors) throw new Error(`${p.name}: ${JSON.stringify(answer.body).slice(0, 400)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const entries = readFileSync(logFile, 'utf8')
        .slice(before)
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      const session =
        p.app === 'agent'
          ? { organizationId: sessions.organizationId, agentId: sessions.agentId }
          : { organizationId: sessions.organizationId, contactId: sessions.contactId };
      const transactions = extractTransactions(entries, requestValues(p.variables(0), session));
      captured[p.name] = { operationName: p.operationName, transactions };
      log(`  captured ${p.name}: ${transactions.map((t) => t.length).join(' + ')} statements`);
    }
    client.agent.destroy();
  } finally {
    await product.stop();
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  writeFileSync(
    OUTPUT,
    `// GENERATED by \`node bench/baseline.mjs --capture\` (commit ${commit}, ${new Date().toISOString().slice(0, 10)}): the SQL the\n` +
      `// product sent for each benchmark path, inside its tenant transactions. Refresh it whenever the product's SQL changes:\n` +
      `//   node bench/baseline.mjs --capture --database bench_load   (or --pglite <folder>)\n` +
      `// Parameters: {from} a session or request value, {ref} a value of an earlier statement's result, {list} a column of one\n` +
      `// (an IN list), {const} a constant the product sent. The viewer's own row is left out: the baseline's one session lookup replaces it.\n` +
      `export const CAPTURED = ${JSON.stringify(captured, null, 2)};\n`,
  );
  log(`wrote ${path.relative(ROOT, OUTPUT)}`);
}
