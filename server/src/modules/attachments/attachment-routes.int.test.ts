import http, { type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildAgent, buildContact, buildOrganization, buildTicket, buildTicketMessage } from '../../../test/factories';
import type { Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { Attachment } from './attachment.entity';
import { DISK_TEMP_FOLDER, DiskStorage } from './disk-storage';
import { MAX_UPLOAD_BYTES } from './upload-rules';

let app: TestApp;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ac-upload-'));
  app = await startTestApp({ seed: false, overrides: { fileStorage: new DiskStorage(root) } });
});
afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);
const BOUNDARY = '----actionconnect-test-boundary';

interface Part {
  name?: string;
  fileName?: string;
  body: Buffer | string;
}

/** A multipart/form-data body; `open` leaves off the closing boundary (a body cut off). */
function multipart(parts: Part[], options: { open?: boolean } = {}): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const file = part.fileName === undefined ? '' : `; filename="${part.fileName}"`;
    pieces.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name ?? 'file'}"${file}\r\n`));
    pieces.push(Buffer.from(`Content-Type: application/octet-stream\r\n\r\n`));
    pieces.push(Buffer.from(part.body));
    pieces.push(Buffer.from('\r\n'));
  }
  if (!options.open) pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  json: <T = Record<string, unknown>>() => T;
}

const cookieOf = (caller: Caller | null) => (caller ? [...caller.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : undefined);

/**
 * POSTs an upload the way a browser's fetch would. `chunked` streams `body` without a length; the
 * answer may come before the body is all sent (a refused upload), so write errors after it are expected.
 */
function upload(
  caller: Caller | null,
  body: Buffer,
  options: { host?: string; preflight?: boolean; chunked?: boolean; contentType?: string } = {},
): Promise<Answer> {
  const host = options.host ?? caller?.host ?? 'localhost';
  const headers: http.OutgoingHttpHeaders = {
    host: `${host}:${app.port}`,
    'content-type': options.contentType ?? `multipart/form-data; boundary=${BOUNDARY}`,
  };
  if (options.preflight ?? true) headers['apollo-require-preflight'] = 'true';
  const cookie = cookieOf(caller);
  if (cookie) headers.cookie = cookie;
  if (!options.chunked) headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port: app.port, path: '/attachments', method: 'POST', headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, json: <T>() => JSON.parse(raw.toString('utf8')) as T });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      const step = 256 * 1024;
      for (let at = 0; at < body.length && !answered && !req.destroyed; at += step) {
        if (!req.write(body.subarray(at, at + step))) await new Promise((r) => req.once('drain', r).once('close', r));
      }
      req.end();
    })();
  });
}

/** GETs a file as `caller` (or anonymously on `host`). */
function download(caller: Caller | null, id: string, host?: string) {
  const cookie = cookieOf(caller);
  return app.request(`/attachments/${id}`, { host: host ?? caller?.host ?? 'localhost', headers: cookie ? { cookie } : {} });
}

async function uploaded(caller: Caller, fileName: string, body: Buffer | string): Promise<{ id: string }> {
  const res = await upload(caller, multipart([{ fileName, body }]));
  expect(res.status).toBe(201);
  return res.json<{ id: string }>();
}

/** An organization with a requester, another contact, an agent, and signed-in callers for each. */
async function organizationWithPeople() {
  const organization = await buildOrganization(app.dataSource);
  const requester = await buildContact(app.dataSource, { organizationId: organization.id });
  const other = await buildContact(app.dataSource, { organizationId: organization.id });
  const agent = await buildAgent(app.dataSource, { organizationId: organization.id });
  const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: requester.id });
  return {
    organization,
    ticket,
    requester: await signInAs(app, requester),
    other: await signInAs(app, other),
    agent: await signInAs(app, agent),
  };
}

async function attach(attachmentId: string, messageId: string) {
  await app.dataSource.query(`UPDATE attachments SET message_id = $1, attached_at = now() WHERE id = $2`, [messageId, attachmentId]);
}

/** Rows and stored objects: nothing of a refused upload may remain, not even a temporary file. */
async function stored() {
  const rows = await app.dataSource.getRepository(Attachment).count();
  const temp = await readdir(path.join(root, DISK_TEMP_FOLDER)).catch(() => []);
  const keys: string[] = [];
  for await (const key of app.services.attachments.storage.list('')) keys.push(key);
  return { rows, keys: keys.length, temp: temp.length };
}

async function until(check: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('POST /attachments then GET /attachments/:id', () => {
  it('a contact uploads an image on their portal and gets the same bytes back, inline, with the protective headers', async () => {
    const { organization, requester } = await organizationWithPeople();
    const res = await upload(requester, multipart([{ fileName: 'screen shot.png', body: PNG }]));
    expect(res.status).toBe(201);
    const body = res.json<{ id: string }>();
    expect(body).toEqual({ id: expect.any(String), fileName: 'screen shot.png', contentType: 'image/png', byteSize: PNG.length });
    const row = await app.dataSource.getRepository(Attachment).findOneByOrFail({ id: body.id });
    expect(row).toMatchObject({ organizationId: organization.id, uploadedByContactId: requester.contact.id, messageId: null });

    const got = await download(requester, body.id);
    expect(got.status).toBe(200);
    expect(got.raw.equals(PNG)).toBe(true);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toBe(`inline; filename="screen shot.png"; filename*=UTF-8''screen%20shot.png`);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(got.headers['cache-control']).toBe('private, no-store');

    const cookie = cookieOf(requester) ?? '';
    const head = await app.request(`/attachments/${body.id}`, { method: 'HEAD', host: requester.host, headers: { cookie } });
    expect([head.status, head.headers['content-length'], head.raw.length]).toEqual([200, String(PNG.length), 0]);
  });

  it('an agent uploads in the app; a file that is not an image is served as a download under its UTF-8 name', async () => {
    const { agent } = await organizationWithPeople();
    const { id } = await uploaded(agent, 'résumé €.txt', 'hello');
    const got = await download(agent, id);
    expect(got.status).toBe(200);
    expect(got.text).toBe('hello');
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="r_sum_ _.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%82%AC.txt`,
    );
  });

  it('refuses a file whose bytes contradict its extension (a .png that is a web page, a .pdf that is not a PDF), keeping nothing', async () => {
    const { requester } = await organizationWithPeople();
    const before = await stored();
    for (const [fileName, body] of [
      ['cat.png', '<html><script>alert(1)</script>'],
      ['invoice.pdf', PNG],
      ['report.docx', 'plain text'],
    ] as const) {
      const res = await upload(requester, multipart([{ fileName, body }]));
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] });
      expect(JSON.stringify(res.json())).toMatch(/its contents are not a/);
    }
    expect(await stored()).toEqual(before);
    // A name whose format has no signature says nothing about the bytes: stored, as a download.
    const res = await upload(requester, multipart([{ fileName: 'page.txt', body: '<html><script>alert(1)</script>' }]));
    expect(res.json()).toMatchObject({ contentType: 'application/octet-stream' });
    const got = await download(requester, res.json<{ id: string }>().id);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('a row that says image/png is still served as a download when its bytes are not a png', async () => {
    const { agent } = await organizationWithPeople();
    const { id } = await uploaded(agent, 'fake.bin', 'not a png');
    await app.dataSource.query(`UPDATE attachments SET content_type = 'image/png' WHERE id = $1`, [id]);
    const got = await download(agent, id);
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
  });
});

describe('who may download a file', () => {
  it('only the uploader while it is unattached; once on a public reply, agents and the requester; on an internal note, agents only', async () => {
    const { organization, ticket, requester, other, agent } = await organizationWithPeople();
    const elsewhere = await buildOrganization(app.dataSource);
    const foreignAgent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: elsewhere.id }));
    const foreignContact = await signInAs(app, await buildContact(app.dataSource, { organizationId: elsewhere.id }));

    const draft = await uploaded(requester, 'draft.txt', 'draft');
    const reply = await uploaded(agent, 'reply.txt', 'reply');
    const note = await uploaded(agent, 'note.txt', 'note');
    const publicReply = await buildTicketMessage(app.dataSource, {
      ticketId: ticket.id,
      kind: 'public_reply',
      authorAgentId: agent.agent.id,
    });
    const internalNote = await buildTicketMessage(app.dataSource, {
      ticketId: ticket.id,
      kind: 'internal_note',
      authorAgentId: agent.agent.id,
    });
    await attach(reply.id, publicReply.id);
    await attach(note.id, internalNote.id);
    expect(organization.id).toBe(ticket.organizationId);

    const allowed: [string, Caller, string][] = [
      ['uploader of an unattached file', requester, draft.id],
      ['agent, public reply', agent, reply.id],
      ['requester, public reply', requester, reply.id],
      ['agent, internal note', agent, note.id],
    ];
    for (const [who, caller, id] of allowed) expect([who, (await download(caller, id)).status]).toEqual([who, 200]);

    const refused: [string, Caller | null, string, string?][] = [
      ['another contact, unattached', other, draft.id],
      ['an agent, someone else’s unattached file', agent, draft.id],
      ['another contact, public reply on a ticket not theirs', other, reply.id],
      ['the requester, internal note', requester, note.id],
      ['another organization’s agent', foreignAgent, reply.id],
      ['another organization’s contact on their own portal', foreignContact, reply.id],
      ['anonymous on the portal', null, reply.id, requester.host],
      ['anonymous on the app host', null, reply.id, 'localhost'],
      ['malformed id', agent, 'not-a-uuid'],
      ['missing id', agent, randomUUID()],
    ];
    const bodies = new Set<string>();
    for (const [who, caller, id, host] of refused) {
      const res = await download(caller, id, host);
      expect([who, res.status]).toEqual([who, 404]);
      bodies.add(res.raw.toString('base64'));
    }
    expect(bodies.size).toBe(1);
    expect(JSON.parse(Buffer.from([...bodies][0], 'base64').toString())).toEqual({
      errors: [{ message: 'Attachment not found', extensions: { code: 'NOT_FOUND' } }],
    });
  });
});

describe('uploads that are refused leave nothing behind', () => {
  const errorOf = (res: Answer) => res.json<{ errors: { message: string; extensions: { code: string } }[] }>().errors[0];

  it('refuses anonymous uploads (401) and uploads without the preflight header (CSRF)', async () => {
    const { requester } = await organizationWithPeople();
    const before = await stored();
    const anonymous = await upload(null, multipart([{ fileName: 'a.txt', body: 'x' }]), { host: requester.host });
    expect([anonymous.status, errorOf(anonymous).extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const noPreflight = await upload(requester, multipart([{ fileName: 'a.txt', body: 'x' }]), { preflight: false });
    expect(noPreflight.status).toBe(400);
    expect(errorOf(noPreflight).message).toMatch(/apollo-require-preflight/);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['a blocked extension', 'setup.exe', 'hello'],
    ['a blocked extension in capitals with a trailing dot', 'SCRIPT.PS1.', 'hello'],
    ['a Windows program named as a PDF', 'invoice.pdf', Buffer.from('MZ\x90\x00rest', 'latin1')],
    ['an ELF binary', 'notes.txt', Buffer.from('\x7fELF\x02\x01\x01', 'latin1')],
    ['a Mach-O binary', 'photo.jpg', Buffer.from('cffaedfe07000001', 'hex')],
    ['a script with a shebang', 'readme.txt', '#!/bin/sh\nrm -rf /'],
    ['a name with a slash', '../../etc/passwd', 'x'],
    ['a name with a backslash', '..\\boot.ini', 'x'],
    ['a name with a control character', 'bell\x07.txt', 'x'],
    ['a name with a right-to-left override', 'invoice\u202Efdp.txt', 'x'],
  ])('refuses %s with BAD_USER_INPUT', async (_case, fileName, body) => {
    const { requester } = await organizationWithPeople();
    const before = await stored();
    const res = await upload(requester, multipart([{ fileName, body: Buffer.from(body) }]));
    expect([res.status, errorOf(res).extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await stored()).toEqual(before);
  });

  it('refuses a file over 20 MB with 413, whether the length is declared or the body is streamed without one', async () => {
    const { agent } = await organizationWithPeople();
    const before = await stored();
    const body = multipart([{ fileName: 'big.bin', body: Buffer.alloc(MAX_UPLOAD_BYTES + 1, 7) }]);
    for (const chunked of [false, true]) {
      const res = await upload(agent, body, { chunked });
      expect([chunked, res.status, errorOf(res).extensions.code]).toEqual([chunked, 413, 'BAD_USER_INPUT']);
      expect(errorOf(res).message).toBe('The file is larger than 20 MB.');
    }
    await until(async () => (await stored()).temp === 0);
    expect(await stored()).toEqual(before);
    // Exactly 20 MB is still accepted.
    const { id } = await uploaded(agent, 'limit.bin', Buffer.alloc(MAX_UPLOAD_BYTES, 7));
    expect((await download(agent, id)).raw.length).toBe(MAX_UPLOAD_BYTES);
  });

  it('refuses a body whose multipart is cut off, two files in one request, and a body that is not multipart', async () => {
    const { requester } = await organizationWithPeople();
    const before = await stored();
    const open = await upload(requester, multipart([{ fileName: 'half.txt', body: 'half' }], { open: true }));
    expect([open.status, errorOf(open).extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const two = await upload(
      requester,
      multipart([
        { fileName: 'one.txt', body: 'one' },
        { fileName: 'two.txt', body: 'two' },
      ]),
    );
    expect([two.status, errorOf(two).extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const json = await upload(requester, Buffer.from('{}'), { contentType: 'application/json' });
    expect(json.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('keeps nothing of an upload whose connection drops half way', async () => {
    const { requester } = await organizationWithPeople();
    const before = await stored();
    const body = multipart([{ fileName: 'cut.bin', body: Buffer.alloc(4 * 1024 * 1024, 3) }]);
    const req = http.request({
      host: '127.0.0.1',
      port: app.port,
      path: '/attachments',
      method: 'POST',
      headers: {
        host: `${requester.host}:${app.port}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': body.length,
        'apollo-require-preflight': 'true',
        cookie: cookieOf(requester),
      },
    });
    req.on('error', () => undefined);
    req.write(body.subarray(0, 2 * 1024 * 1024));
    // The server is writing the file: a temporary file exists, then the uploader goes away.
    await until(async () => (await stored()).temp > 0);
    req.destroy();
    await until(async () => (await stored()).temp === 0);
    expect(await stored()).toEqual(before);
  });

  it('limits uploads per person', async () => {
    const { agent } = await organizationWithPeople();
    const limiter = app.services.auth.rateLimiter;
    // Spend the budget directly, then the next upload is refused before any byte is stored.
    for (let i = 0; i < 100; i++) await limiter.allows(`upload:agent:${agent.agent.id}`, { max: 100, windowMs: 3_600_000 });
    const res = await upload(agent, multipart([{ fileName: 'a.txt', body: 'x' }]));
    expect([res.status, errorOf(res).extensions.code]).toEqual([429, 'RATE_LIMITED']);
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
  });
});
