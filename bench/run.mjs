// Benchmarks (never run by the tests; speed is measured here, not asserted):
//   1. the shared branching engine: evaluateSubmission on the demo form and on a 100-field form;
//   2. the HTTP API: latency of the public portal query and of the health check, against the
//      built product started on a fresh PGlite folder (or DATABASE_URL when set).
// Usage: npm run build && npm run bench
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const shared = require(path.join(root, 'packages/shared/dist/index.js'));

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const pick = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return {
    n: s.length,
    p50: pick(0.5).toFixed(3),
    p95: pick(0.95).toFixed(3),
    p99: pick(0.99).toFixed(3),
    max: s[s.length - 1].toFixed(3),
  };
}

function benchEngine() {
  const fields = Array.from({ length: 100 }, (_, i) => ({
    key: `f${i}`,
    type: i % 3 === 0 ? 'single_choice' : 'short_text',
    label: `Field ${i}`,
    options:
      i % 3 === 0
        ? [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ]
        : undefined,
    condition: i > 0 && i % 3 !== 0 ? { match: 'all', rules: [{ field: `f${i - (i % 3)}`, op: 'equals', value: 'a' }] } : undefined,
  }));
  const form = { sections: [{ key: 's', title: 'S', fields }] };
  const answers = Object.fromEntries(fields.map((f) => [f.key, f.type === 'single_choice' ? 'a' : 'text']));
  if (!shared.validateFormDefinition(form).ok) throw new Error('benchmark form is invalid');
  const samples = [];
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    shared.evaluateSubmission(form, answers);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log('evaluateSubmission, 100 fields (ms):', stats(samples.slice(200)));
}

function request(port, host, pathname, body) {
  return new Promise((resolve, reject) => {
    const payload = body ? Buffer.from(JSON.stringify(body)) : undefined;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: payload ? 'POST' : 'GET',
        headers: { host: `${host}:${port}`, 'content-type': 'application/json', 'content-length': payload?.length ?? 0 },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function benchHttp() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ac-bench-'));
  const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ACTIONCONNECT_READY_FD: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /ACTIONCONNECT_READY port=(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    for (const [name, host, pathname, body] of [
      ['GET /healthz', 'localhost', '/healthz', undefined],
      [
        'portal branding query',
        'acme.localhost',
        '/graphql',
        { query: '{ portal { slug name branding { displayName primaryColor welcomeHeadline } } }' },
      ],
    ]) {
      const samples = [];
      for (let i = 0; i < 600; i++) {
        const t = process.hrtime.bigint();
        const status = await request(port, host, pathname, body);
        if (status !== 200) throw new Error(`${name} answered ${status}`);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      console.log(`${name}, sequential, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'} (ms):`, stats(samples.slice(100)));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

benchEngine();
await benchHttp();
