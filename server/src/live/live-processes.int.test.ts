import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase, type Database } from '../db/database';
import { buildAgent, buildContact, buildOrganization, buildSession, buildTicket } from '../../test/factories';
import { liveClient, type LiveClient } from '../../test/live';
import { ensureBuilt, MAIN, ROOT } from '../../test/built-server';

// Two product processes (`node server/dist/main.js`, as the README starts it) on a PostgreSQL
// cluster of the test's own, on its own port, so it can really restart it. Never the machine's
// PostgreSQL on 5432. Needs the PostgreSQL server binaries and a `postgres` OS user to run them.

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;
const canRun =
  existsSync(path.join(PG_BIN, 'pg_ctl')) && (!asRoot || spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).status === 0);
const describeCluster = canRun ? describe : describe.skip;

/** Runs a PostgreSQL binary, as the `postgres` user when the tests run as root (initdb refuses root). */
function pg(binary: string, args: string[]): void {
  const command = asRoot ? 'runuser' : path.join(PG_BIN, binary);
  const argv = asRoot ? ['-u', 'postgres', '--', path.join(PG_BIN, binary), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** The same, without blocking the event loop: the test's own sockets must keep answering pings meanwhile. */
function pgAsync(binary: string, args: string[]): Promise<void> {
  const command = asRoot ? 'runuser' : path.join(PG_BIN, binary);
  const argv = asRoot ? ['-u', 'postgres', '--', path.join(PG_BIN, binary), ...args] : args;
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${binary} ${args.join(' ')} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One product process; resolves once it prints its ready line. */
function startInstance(databaseUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.LIVE_DEBUG ? 'info' : 'warn',
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: 'false',
      PORT: '0',
      ACTIONCONNECT_READY_FD: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.LIVE_DEBUG) process.stderr.write(`[instance ${child.pid}] ${chunk.toString()}`);
      const match = /ACTIONCONNECT_READY port=(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}:\n${output}`)));
  });
}

/** A GraphQL POST to one instance, as the agent app on `localhost` sends it. */
function agentGraphql(port: number, cookie: string, query: string, variables: Record<string, unknown>): Promise<{ errors?: unknown[] }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { host: `localhost:${port}`, cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve(JSON.parse(text) as { errors?: unknown[] }));
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('no answer in 10 s')));
    req.end(body);
  });
}

const TICKET_CHANGED = `subscription ($number: Int!) { ticketChanged(number: $number) { id timeline { ... on TicketMessage { body } } } }`;
const REPLY = `mutation ($number: Int!, $body: String!) { addTicketMessage(number: $number, kind: PUBLIC_REPLY, body: $body) { id } }`;

describeCluster('two product processes on one PostgreSQL cluster that restarts', () => {
  let dataDir = '';
  let url = '';
  let db: Database | null = null;
  const instances: ChildProcess[] = [];
  let socket: LiveClient | null = null;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ac-live-pg-'));
    if (asRoot) {
      const { stdout } = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
      const uid = Number(stdout.trim());
      chownSync(dataDir, uid, Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()));
    }
    const port = await freePort();
    pg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    pg('pg_ctl', [
      '-D',
      dataDir,
      '-w',
      '-l',
      path.join(dataDir, 'log'),
      '-o',
      `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    db = await openDatabase({ kind: 'postgres', url });
    await migrate(db);
  }, 120_000);

  afterAll(async () => {
    await socket?.dispose();
    for (const child of instances) child.kill('SIGTERM');
    await db?.close();
    if (dataDir) {
      try {
        pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  });

  it('delivers a reply made through process A to a subscriber on process B within a second, and again after PostgreSQL restarts', async () => {
    const m = (db as Database).dataSource;
    const organization = await buildOrganization(m);
    const contact = await buildContact(m, { organizationId: organization.id });
    const ticket = await buildTicket(m, { organizationId: organization.id, requesterId: contact.id, status: 'open' });
    const agentSession = await buildSession(m, { agentId: (await buildAgent(m, { organizationId: organization.id })).id });
    const contactSession = await buildSession(m, { contactId: contact.id });
    const [a, b] = await Promise.all([startInstance(url), startInstance(url)]);
    instances.push(a.child, b.child);

    socket = liveClient(b, { host: `${organization.slug}.localhost`, cookies: new Map([['ac_session', contactSession.secret]]) });
    const subscription = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    await subscription.next(5000);
    const cookie = `ac_session=${agentSession.secret}`;
    const started = Date.now();
    expect((await agentGraphql(a.port, cookie, REPLY, { number: ticket.number, body: 'From process A' })).errors).toBeUndefined();
    await subscription.waitFor((r) => JSON.stringify(r).includes('From process A'), 1000);
    expect(Date.now() - started).toBeLessThan(1000);

    // A real restart of the server: every connection (pools and listeners) is dropped.
    await pgAsync('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'restart']);
    // Each listener reconnects by itself; B's subscriber gets a fresh state without asking.
    await subscription.next(20_000);
    let answer: { errors?: unknown[] } = { errors: ['not sent'] };
    for (let attempt = 0; attempt < 10 && answer.errors; attempt++) {
      // The pool meets its dead connections once; the API answers 503 and the client retries.
      answer = await agentGraphql(a.port, cookie, REPLY, { number: ticket.number, body: 'After the restart' }).catch((error: Error) => ({
        errors: [error.message],
      }));
      if (answer.errors) await new Promise((r) => setTimeout(r, 500));
    }
    expect(answer.errors).toBeUndefined();
    await subscription.waitFor((r) => JSON.stringify(r).includes('After the restart'), 2000);
  }, 120_000);
});
