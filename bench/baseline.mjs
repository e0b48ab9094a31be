// The baseline: a hand-written node:http + pg server that does the least a server can do for each
// benchmark path and still do the product's database work. Per request: one SQL lookup of the
// session cookie, then the product's own statements for that path (bench/baseline-sql.mjs,
// captured from the product) in the same kind of tenant transaction (role actionconnect_app,
// app.organization_id set transaction-locally), and the same JSON shape as the GraphQL answer.
// The runner names the path in an `x-bench-path` header; parameters come from the request.
//
//   node bench/baseline.mjs --database bench_load [--port 0]        serve (prints ACTIONCONNECT_READY port=<n>)
//   node bench/baseline.mjs --capture --database bench_load          refresh bench/baseline-sql.mjs from the product
import { createHash } from 'node:crypto';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { serverRequire } from './lib/db.mjs';
import { SHAPES } from './lib/baseline-shape.mjs';
import { requestValues } from './lib/capture.mjs';
import { SESSION_COOKIE } from './lib/sessions.mjs';

const APP_ROLE = 'actionconnect_app';

/** Writes a captured statement for this request: lists expanded, parameters numbered in order. */
export function renderStatement(statement, known, results) {
  const values = [];
  const value = (b) => {
    if ('const' in b) return b.const;
    if ('from' in b) {
      const v = known[b.from];
      return b.from.startsWith('json:') ? JSON.stringify(v) : v;
    }
    return results[b.ref]?.[b.row]?.[b.column] ?? null;
  };
  const text = statement.text.replace(/\{(list|param):(\d+)\}/g, (_, kind, i) => {
    const b = statement.params[Number(i)];
    if (kind === 'param') {
      values.push(value(b));
      return `$${values.length}`;
    }
    const items = [...new Set((results[b.list] ?? []).map((r) => r[b.column]).filter((v) => v !== null && v !== undefined))];
    if (!items.length) items.push(null); // IN (NULL) matches nothing, as an empty loader batch would
    return items.map((v) => `$${values.push(v)}`).join(', ');
  });
  return { text, values };
}

async function serve(url, port) {
  const pg = serverRequire('pg');
  const { CAPTURED } = await import('./baseline-sql.mjs');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Hosts are resolved once, as the product caches them: <slug>.localhost is a portal, localhost the agent app.
  const orgs = new Map((await pool.query('SELECT id, slug FROM organizations')).rows.map((r) => [`${r.slug}.localhost`, r.id]));

  const answer = (res, status, body) => {
    const json = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': json.length });
    res.end(json);
  };

  const handle = async (req, res, body) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const portalOrg = orgs.get(host);
    const path = CAPTURED[req.headers['x-bench-path']];
    if (!path) return answer(res, 400, { errors: [{ message: `no captured SQL for path ${req.headers['x-bench-path']}: run --capture` }] });
    const secret = /(?:^|;\s*)ac_session=([A-Za-z0-9_-]{43})/.exec(req.headers.cookie ?? '')?.[1];
    if (!secret) return answer(res, 401, { errors: [{ message: `no ${SESSION_COOKIE} cookie` }] });
    // The one session lookup: the cookie's hash, on this host, live.
    const { rows } = await pool.query(
      `SELECT kind, organization_id, contact_id, agent_id FROM sessions
       WHERE token_hash = $1 AND host = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [createHash('sha256').update(secret).digest('hex'), host],
    );
    const session = rows[0];
    const ok = session && (session.kind === 'agent' ? host === 'localhost' : session.organization_id === portalOrg);
    if (!ok) return answer(res, 200, { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { variables = {} } = JSON.parse(body);
    const known = requestValues(variables, {
      organizationId: session.organization_id,
      agentId: session.agent_id,
      contactId: session.contact_id,
    });
    const results = [];
    const client = await pool.connect();
    try {
      for (const statements of path.transactions) {
        await client.query('BEGIN');
        try {
          await client.query(`SELECT set_config('role', $1, true), set_config('app.organization_id', $2, true)`, [
            APP_ROLE,
            session.organization_id,
          ]);
          for (const s of statements) {
            const { text, values } = renderStatement(s, known, results);
            results.push((await client.query(text, values)).rows);
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      client.release();
    }
    answer(res, 200, { data: SHAPES[path.operationName](results, variables) });
  };

  const server = http.createServer({ keepAliveTimeout: 5000 }, (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error) => {
        answer(res, 500, { errors: [{ message: error.message }] });
      });
    });
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`ACTIONCONNECT_READY port=${server.address().port}\n`));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      pglite: { type: 'string' },
      port: { type: 'string', default: '0' },
      capture: { type: 'boolean', default: false },
    },
  });
  const { targetFrom } = await import('./generate.mjs');
  const target = targetFrom(values);
  if (values.capture) {
    const { capture } = await import('./lib/capture.mjs');
    return capture(target);
  }
  if (target.kind !== 'postgres') throw new Error('the baseline serves PostgreSQL only (PGlite is one connection, held by the product)');
  await serve(target.url, Number(values.port));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
