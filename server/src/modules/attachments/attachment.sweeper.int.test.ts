import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import pino from 'pino';
import { buildAgent, buildContact, buildOrganization, buildTicketMessage } from '../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { CrossTenantData } from '../../db/cross-tenant';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Attachment } from './attachment.entity';
import { AttachmentSweeper } from './attachment.sweeper';
import { DiskStorage } from './disk-storage';
import { newStorageKey } from './file-storage';

const HOUR = 3600_000;
let t: TestDatabase;
let root: string;
let storage: DiskStorage;

beforeAll(async () => {
  t = await createTestDatabase();
  root = await mkdtemp(path.join(os.tmpdir(), 'ac-files-'));
  storage = new DiskStorage(root);
});
afterAll(async () => {
  await t?.close();
  await rm(root, { recursive: true, force: true });
});

/** An uploaded file, stored and recorded, `ageMs` old, attached to `messageId` if given. */
async function upload(organizationId: string, by: { agentId?: string; contactId?: string }, ageMs: number, messageId?: string) {
  const key = newStorageKey(organizationId);
  const { bytes, sha256 } = await storage.put(key, Readable.from([Buffer.from(`file ${key}`)]), {
    contentType: 'text/plain',
    maxBytes: 1000,
  });
  const createdAt = new Date(Date.now() - ageMs);
  return t.dataSource.getRepository(Attachment).save({
    organizationId,
    storageKey: key,
    fileName: 'notes.txt',
    contentType: 'text/plain',
    byteSize: bytes,
    sha256,
    uploadedByAgentId: by.agentId ?? null,
    uploadedByContactId: by.contactId ?? null,
    messageId: messageId ?? null,
    attachedAt: messageId ? createdAt : null,
    createdAt,
  });
}

describe(`the unattached-file sweeper (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('removes files unattached for more than a day, with their objects, in every organization; keeps attached and fresh ones', async () => {
    const acme = await buildOrganization(t.dataSource);
    const globex = await buildOrganization(t.dataSource);
    const agent = await buildAgent(t.dataSource, { organizationId: acme.id });
    const contact = await buildContact(t.dataSource, { organizationId: globex.id });
    const message = await buildTicketMessage(t.dataSource, { organizationId: acme.id });
    const doomedMessage = await buildTicketMessage(t.dataSource, { organizationId: globex.id });

    const stale = await upload(acme.id, { agentId: agent.id }, 25 * HOUR);
    const staleForeign = await upload(globex.id, { contactId: contact.id }, 30 * HOUR);
    const attached = await upload(acme.id, { agentId: agent.id }, 72 * HOUR, message.id);
    const fresh = await upload(acme.id, { agentId: agent.id }, 23 * HOUR);
    // A deleted message leaves its file unattached (message_id set to null), so it is swept too.
    const orphaned = await upload(globex.id, { contactId: contact.id }, 48 * HOUR, doomedMessage.id);
    await t.dataSource.getRepository(TicketMessage).delete({ id: doomedMessage.id });

    const sweeper = new AttachmentSweeper(new CrossTenantData(t.dataSource), storage, pino({ level: 'silent' }), { batchSize: 2 });
    expect(await sweeper.sweepUnattached()).toBe(3);

    const left = await t.dataSource.getRepository(Attachment).find();
    expect(left.map((a) => a.id).sort()).toEqual([attached.id, fresh.id].sort());
    for (const gone of [stale, staleForeign, orphaned]) expect(await storage.get(gone.storageKey)).toBeNull();
    for (const kept of [attached, fresh]) {
      const file = await storage.get(kept.storageKey);
      expect(file).not.toBeNull();
      file!.stream.destroy();
    }
    expect(await sweeper.sweepUnattached()).toBe(0);
  });

  it('refuses a file with no uploader, or with both an agent and a contact', async () => {
    const org = await buildOrganization(t.dataSource);
    const agent = await buildAgent(t.dataSource, { organizationId: org.id });
    const contact = await buildContact(t.dataSource, { organizationId: org.id });
    await expect(upload(org.id, {}, 0)).rejects.toThrow(/attachments_one_uploader/);
    await expect(upload(org.id, { agentId: agent.id, contactId: contact.id }, 0)).rejects.toThrow(/attachments_one_uploader/);
  });

  it('starts with the composition and stops with it, sweeping once at start', async () => {
    const org = await buildOrganization(t.dataSource);
    const agent = await buildAgent(t.dataSource, { organizationId: org.id });
    const stale = await upload(org.id, { agentId: agent.id }, 25 * HOUR);
    const sweeper = new AttachmentSweeper(new CrossTenantData(t.dataSource), storage, pino({ level: 'silent' }));
    sweeper.start();
    await sweeper.stop();
    expect(await t.dataSource.getRepository(Attachment).findOneBy({ id: stale.id })).toBeNull();
  });
});
