// The load benchmark (issue 11): the product and the hand-written baseline on one generated
// database, each path measured on both, alternately, with 10 keep-alive connections.
//
//   node bench/load.mjs --database bench_load --generate --fresh --tickets 1000000 --articles 100000
//   node bench/load.mjs --database bench_load                      (reuse a generated database)
//   node bench/load.mjs --pglite /tmp/ac-bench-pglite --generate --fresh --tickets 50000 --articles 10000
//
// Options: --seconds 10 --rounds 2 --warmup 3 --connections 10 --only <text> (paths whose name contains it)
// --no-baseline --capture (first refresh bench/baseline-sql.mjs from the product on this database). README.md in this folder explains the paths and the numbers.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { generate, targetFrom } from './generate.mjs';
import { DEFAULT_SIZES } from './lib/generate-sql.mjs';
import { capture } from './lib/capture.mjs';
import { describeTarget } from './lib/db.mjs';
import { assertOk, graphqlRequest, quantile, runLoad, serverClient } from './lib/http-load.mjs';
import { rssMiB, startProcess } from './lib/processes.mjs';
import { cookieFor, prepareDatabase, resolvePaths, startProduct } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    pglite: { type: 'string' },
    generate: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    tickets: { type: 'string' },
    contacts: { type: 'string' },
    articles: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    capture: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const target = targetFrom(values);

/** The keys of a JSON value, recursively (first array element), to compare the two servers' answers. */
function shapeOf(v) {
  if (Array.isArray(v)) return v.length ? [shapeOf(v[0])] : [];
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, shapeOf(v[k])]),
    );
  return v === null ? null : typeof v;
}

function summarize(runs) {
  const latencies = runs.flatMap((r) => r.latencies);
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const time = runs.reduce((n, r) => n + r.seconds, 0);
  return {
    rps: requests / time,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError,
  };
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function main() {
  if (values.generate) {
    const sizes = Object.fromEntries(
      ['tickets', 'contacts', 'articles'].flatMap((k) => (values[k] === undefined ? [] : [[k, Number(values[k])]])),
    );
    console.log(`generating ${JSON.stringify({ ...DEFAULT_SIZES, ...sizes })} into ${describeTarget(target)}`);
    await generate(target, sizes, { fresh: values.fresh });
  }
  if (values.capture && target.kind === 'postgres') {
    console.log('refreshing bench/baseline-sql.mjs from the product on this database');
    await capture(target);
  }
  const prepared = await prepareDatabase(target);
  const product = await startProduct(target);
  const servers = [{ name: 'product', process: product }];
  try {
    if (target.kind === 'postgres' && !values['no-baseline']) {
      const baseline = await startProcess('bench/baseline.mjs', process.env, { args: ['--database', target.url], label: 'the baseline' });
      servers.push({ name: 'baseline', process: baseline });
    }
    let paths = await resolvePaths(product, prepared);
    if (values.only) paths = paths.filter((p) => p.name.includes(values.only));
    for (const s of servers) s.client = serverClient(s.process.port, connections);
    await new Promise((r) => setTimeout(r, 2000));
    const idleRss = rssMiB(product.pid);
    let peakRss = idleRss ?? 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(product.pid) ?? 0)), 250);

    console.log(`\n# ActionConnect load benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    console.log(`${describeTarget(target)}; ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}); Node ${process.version}`);
    console.log(
      `${connections} keep-alive connections; per path: ${warmup} s warm-up each, then ${rounds} × (${seconds} s product${servers.length > 1 ? `, ${seconds} s baseline` : ''})\n`,
    );
    const summary = [];
    for (const p of paths) {
      const cookie = cookieFor(p, prepared.sessions);
      const shapes = [];
      let measured = servers;
      for (const s of servers) {
        const first = await graphqlRequest(s.client, p, cookie, 0);
        if (s.name === 'baseline' && first.status === 400) {
          console.log(`(baseline skipped for ${p.name}: not in bench/baseline-sql.mjs; rerun with --capture)`);
          measured = servers.slice(0, 1);
          continue;
        }
        shapes.push(shapeOf(assertOk(`${s.name}: ${p.name}`, first)));
      }
      const note = shapes.length === 2 && JSON.stringify(shapes[0]) !== JSON.stringify(shapes[1]) ? ' (answer shapes differ!)' : '';
      const counter = { i: 1 };
      for (const s of measured) if (warmup > 0) await runLoad(s.client, p, cookie, { seconds: warmup, connections, counter });
      const runs = measured.map(() => []);
      for (let r = 0; r < rounds; r++) {
        for (const [k, s] of measured.entries()) runs[k].push(await runLoad(s.client, p, cookie, { seconds, connections, counter }));
      }
      const [prod, base] = runs.map(summarize);
      const ratio = base ? prod.rps / base.rps : NaN;
      console.log(`## ${p.name}${note}\n\n| server | req/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|`);
      for (const [k, s] of measured.entries()) {
        const x = k === 0 ? prod : base;
        console.log(`| ${s.name} | ${fmt(x.rps)} | ${fmt(x.p50, 2)} | ${fmt(x.p99, 2)} | ${x.errors} |`);
      }
      console.log(base ? `\nproduct/baseline throughput: ${fmt(ratio, 2)}\n` : '');
      for (const x of [prod, base]) if (x?.firstError) console.log(`first error: ${x.firstError}\n`);
      summary.push({ name: p.name, prod, base, ratio });
    }
    clearInterval(sampler);
    console.log('## Summary\n');
    console.log('| path | product req/s | p50 ms | p99 ms | baseline req/s | p50 ms | p99 ms | product/baseline |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const { name, prod, base, ratio } of summary) {
      console.log(
        `| ${name} | ${fmt(prod.rps)} | ${fmt(prod.p50, 2)} | ${fmt(prod.p99, 2)} | ${fmt(base?.rps)} | ${fmt(base?.p50, 2)} | ${fmt(base?.p99, 2)} | ${fmt(ratio, 2)} |`,
      );
    }
    console.log(`\nproduct RSS (VmRSS): ${fmt(idleRss, 0)} MiB idle after start, ${fmt(peakRss, 0)} MiB peak under load`);
  } finally {
    for (const s of servers.reverse()) {
      s.client?.agent.destroy();
      await s.process.stop();
    }
  }
}

await main();
