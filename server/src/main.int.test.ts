import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, MAIN, ROOT } from '../test/built-server';

// Starts the built product the way the README does (`node server/dist/main.js`) and checks what an
// operator sees: one line on stderr and a non-zero exit for a bad start, and a data folder that
// survives a restart.

interface Started {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Lines written to stderr, without blanks. */
  stderrLines(): string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the listening port once the process prints its ready line. */
  ready(timeoutMs?: number): Promise<number>;
}

const running = new Set<ChildProcess>();

/** Starts the product with exactly this environment (plus PATH and HOME): nothing leaks in from the test's own. */
function startProduct(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      TMPDIR: os.tmpdir(),
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const ready = (timeoutMs = 30_000) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms.\nstdout:\n${out}\nstderr:\n${err}`)), timeoutMs);
      const check = () => {
        const match = /ACTIONCONNECT_READY port=(\d+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', check);
      void exited.then(({ code }) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before it was ready.\nstdout:\n${out}\nstderr:\n${err}`));
      });
      check();
    });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    stderrLines: () => err.split('\n').filter((l) => l.trim() !== ''),
    exited,
    ready,
  };
}

/** Runs the product until it exits by itself (a bad start) and returns what it printed. */
async function failedStart(
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  const p = startProduct(env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const { code } = await p.exited;
  clearTimeout(timer);
  return { code, lines: p.stderrLines(), stderr: p.stderr() };
}

/**
 * Sends the signal and waits for the exit, failing (and killing) after `ms`. A clean shutdown takes
 * well under a second; main.ts also exits by itself 5 s after the signal when a shutdown step
 * hangs, so an exit slower than 4 s means a step (closing the database, say) never finished.
 */
async function stopWith(
  signal: 'SIGTERM' | 'SIGINT',
  p: Started,
  ms = 4_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  p.child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      p.child.kill('SIGKILL');
      reject(new Error(`still running ${ms} ms after ${signal}.\nstdout:\n${p.stdout().slice(-2000)}\nstderr:\n${p.stderr()}`));
    }, ms);
  });
  try {
    return await Promise.race([p.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function httpRequest(port: number, host: string, pathname: string, body?: unknown): Promise<{ status: number; body: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: http.OutgoingHttpHeaders = { host: `${host}:${port}` };
  if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: payload ? 'POST' : 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Uses a running product as a visitor would: health check, then Acme's portal over GraphQL. */
async function visit(port: number): Promise<void> {
  expect((await httpRequest(port, 'localhost', '/healthz')).status).toBe(200);
  const portal = await httpRequest(port, 'acme.localhost', '/graphql', { query: '{ portal { slug } }' });
  expect(JSON.parse(portal.body)).toEqual({ data: { portal: { slug: 'acme' } } });
  // An operator stops a server that has been up a while; a signal in the first instants races
  // start-up work and can hide a shutdown that hangs.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** Row counts read straight from a PGlite data folder, in a separate Node process (the product must be stopped). */
function countRows(dataDir: string): Record<string, number> {
  const script = `
    const { PGlite } = require('@electric-sql/pglite');
    const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm');
    (async () => {
      // The folder's indexes use pg_trgm: whoever opens it must load the extension, as database.ts does.
      const db = await PGlite.create(process.argv[1], { extensions: { pg_trgm } });
      const tables = ['migrations', 'organizations', 'agents', 'contacts', 'tickets', 'ticket_messages', 'articles'];
      const counts = {};
      for (const t of tables) counts[t] = (await db.query('SELECT count(*)::int AS n FROM ' + t)).rows[0].n;
      await db.close();
      process.stdout.write(JSON.stringify(counts));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script, dataDir], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not read ${dataDir}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, number>;
}

function freePortInUse(): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ac-main-test-'));
  tempDirs.push(dir);
  return dir;
}

beforeAll(() => ensureBuilt(), 180_000);

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a bad start prints one line and exits non-zero', () => {
  it('with a malformed DATABASE_URL', async () => {
    const { code, lines } = await failedStart({ DATABASE_URL: 'postgres://[not-a-host/db' });
    expect(code).not.toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
  }, 30_000);

  it('with a database URL for another kind of server', async () => {
    const { code, lines } = await failedStart({ DATABASE_URL: 'mysql://root@127.0.0.1/x' });
    expect(code).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/DATABASE_URL.*postgres:\/\//)]);
  }, 30_000);

  it('in production without POSTMARK_SERVER_TOKEN', async () => {
    const { code, lines } = await failedStart({ NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/POSTMARK_SERVER_TOKEN/)]);
  }, 30_000);

  it('with an unreachable database, without echoing its password', async () => {
    const { code, lines, stderr } = await failedStart({ DATABASE_URL: 'postgres://postgres:hunter2@127.0.0.1:1/x' });
    expect(code).not.toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PostgreSQL/);
    expect(lines[0]).toMatch(/127\.0\.0\.1:1/);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(stderr).not.toContain('hunter2');
  }, 30_000);

  it('with its port already in use, naming PORT', async () => {
    const blocker = await freePortInUse();
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, lines } = await failedStart({ PORT: String(port), DATA_DIR: tempDataDir(), SEED_DEMO_DATA: 'false' }, 60_000);
      expect(code).not.toBe(0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/\bPORT\b/);
      expect(lines[0]).toContain(String(port));
    } finally {
      blocker.close();
    }
  }, 90_000);
});

describe('the embedded database folder', () => {
  it('survives a restart: migrations are not re-applied and the demo data is not loaded twice', async () => {
    const dataDir = tempDataDir();
    const env = { PORT: '0', DATA_DIR: dataDir, ACTIONCONNECT_READY_FD: '1' };

    const first = startProduct(env);
    await visit(await first.ready(60_000));
    expect(first.stdout()).toMatch(/"msg":"applied migrations"/);
    expect(first.stdout()).toMatch(/"msg":"loaded demo data/);
    expect(await stopWith('SIGTERM', first)).toEqual({ code: 0, signal: null });
    const afterFirst = countRows(dataDir);
    expect(afterFirst).toMatchObject({ migrations: expect.any(Number), organizations: 2 });
    expect(afterFirst.migrations).toBeGreaterThan(0);
    expect(afterFirst.tickets).toBeGreaterThan(0);

    const second = startProduct(env);
    await visit(await second.ready(60_000));
    expect(second.stdout()).not.toMatch(/applied migrations/);
    expect(second.stdout()).not.toMatch(/loaded demo data/);
    // Ctrl-C after `npm start`.
    expect(await stopWith('SIGINT', second)).toEqual({ code: 0, signal: null });
    expect(second.stderr()).toBe('');
    expect(countRows(dataDir)).toEqual(afterFirst);
  }, 120_000);
});
