import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildAdmin, buildAgent, buildContact, buildOrganization } from '../../../test/factories';
import { codes } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { uploadAs } from '../../../test/uploads';
import { Attachment } from './attachment.entity';
import { DiskStorage } from './disk-storage';

// Issue 12.4: an upload whose type is on the organization's block list is refused, and nothing is stored.

let app: TestApp;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ac-file-settings-'));
  app = await startTestApp({ seed: false, overrides: { fileStorage: new DiskStorage(root) } });
});
afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

const SETTINGS = `{ fileSettings { blockedExtensions usesDefault defaultBlockedExtensions maxFileBytes maxFilesPerMessage } }`;
const UPDATE = `mutation ($extensions: [String!]) {
  updateBlockedFileTypes(extensions: $extensions) { blockedExtensions usesDefault } }`;

async function organizationWithPeople() {
  const organization = await buildOrganization(app.dataSource);
  const admin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: organization.id }));
  const contact = await signInAs(app, await buildContact(app.dataSource, { organizationId: organization.id }));
  return { organization, admin, contact };
}

/** The status and message of an upload that is expected to be refused. */
async function refusal(caller: Parameters<typeof uploadAs>[1], name: string, body: string): Promise<string> {
  return uploadAs(app, caller, name, body).then(
    () => 'stored',
    (error: Error) => error.message,
  );
}

it('starts with the default list of programs and scripts, which an admin replaces; the new list is enforced at once', async () => {
  const { organization, admin, contact } = await organizationWithPeople();
  const before = await admin.gql<{ fileSettings: { blockedExtensions: string[]; usesDefault: boolean; maxFilesPerMessage: number } }>(
    SETTINGS,
  );
  expect(before.errors).toEqual([]);
  expect(before.data?.fileSettings).toMatchObject({ usesDefault: true, maxFilesPerMessage: 10 });
  expect(before.data?.fileSettings.blockedExtensions).toEqual(expect.arrayContaining(['exe', 'js', 'sh']));
  expect(await refusal(contact, 'setup.exe', 'plain text, not a program')).toMatch(/^upload refused: 400 .*\.exe cannot be uploaded/);

  const changed = await admin.gql(UPDATE, { extensions: [' .ZIP', 'exe', 'zip', 'docm'] });
  expect(changed.errors).toEqual([]);
  expect(changed.data).toEqual({ updateBlockedFileTypes: { blockedExtensions: ['docm', 'exe', 'zip'], usesDefault: false } });

  const count = () => app.dataSource.getRepository(Attachment).countBy({ organizationId: organization.id });
  const stored = await count();
  expect(await refusal(contact, 'archive.zip', 'PK\u0003\u0004 a zip')).toMatch(/^upload refused: 400 .*\.zip cannot be uploaded/);
  expect(await refusal(contact, 'Macro.DOCM', 'a document')).toMatch(/\.docm cannot be uploaded/);
  expect(await count()).toBe(stored);
  // Off the list now: a .sh file of plain text is accepted…
  expect(await refusal(contact, 'notes.sh', 'just words')).toBe('stored');
  // …but a program is refused by its bytes whatever the list says.
  expect(await refusal(contact, 'notes.sh', '#!/bin/sh\nrm -rf /\n')).toMatch(/Programs and scripts cannot be uploaded/);

  const reset = await admin.gql(UPDATE, { extensions: null });
  expect(reset.data).toEqual({
    updateBlockedFileTypes: { blockedExtensions: before.data?.fileSettings.blockedExtensions, usesDefault: true },
  });
  expect(await refusal(contact, 'archive.zip', 'PK\u0003\u0004 a zip')).toBe('stored');
});

it("one organization's list leaves another's alone", async () => {
  const first = await organizationWithPeople();
  const second = await organizationWithPeople();
  await first.admin.gql(UPDATE, { extensions: ['pdf'] });
  expect(await refusal(first.contact, 'invoice.pdf', '%PDF-1.4')).toMatch(/\.pdf cannot be uploaded/);
  expect(await refusal(second.contact, 'invoice.pdf', '%PDF-1.4')).toBe('stored');
});

it('refuses a bad list by name and lets only admins read or change it', async () => {
  const { organization, admin } = await organizationWithPeople();
  for (const extensions of [['ex e'], ['a.b'], [''], ['x'.repeat(17)], Array.from({ length: 201 }, (_, i) => `e${i}`)]) {
    const answer = await admin.gql(UPDATE, { extensions });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors[0].extensions?.field).toBe('extensions');
  }
  const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
  expect(codes(await agent.gql(SETTINGS))).toEqual(['FORBIDDEN']);
  expect(codes(await agent.gql(UPDATE, { extensions: ['pdf'] }))).toEqual(['FORBIDDEN']);
  const contact = await signInAs(app, await buildContact(app.dataSource, { organizationId: organization.id }));
  expect(codes(await contact.gql(UPDATE, { extensions: ['pdf'] }))).not.toEqual([]);
  expect((await admin.gql<{ fileSettings: { usesDefault: boolean } }>(SETTINGS)).data?.fileSettings.usesDefault).toBe(true);
});
