import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { In, IsNull } from 'typeorm';
import {
  buildAgent,
  buildContact,
  buildFormDefinition,
  buildIntakeFormVersion,
  buildOrganization,
  FORM_MAPPINGS,
} from '../../../test/factories';
import { codes, type Caller, type GqlResult } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { PNG_BYTES, uploadAs } from '../../../test/uploads';
import { Attachment } from '../attachments/attachment.entity';
import { DiskStorage } from '../attachments/disk-storage';
import { Ticket } from './ticket.entity';

let app: TestApp;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ac-request-files-'));
  app = await startTestApp({ seed: false, overrides: { fileStorage: new DiskStorage(root) } });
});
afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

const SUBMIT = `mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) {
    number
    answers { key label value }
    timeline { ... on TicketMessage { body attachments { id fileName } } }
  }
}`;
const AGENT_ANSWERS = `query ($number: Int!) { agentTicket(number: $number) { answers { key value } } }`;

interface Submitted {
  submitRequest: {
    number: number;
    answers: { key: string; label: string; value: string }[];
    timeline: { body?: string; attachments?: { id: string; fileName: string }[] }[];
  };
}

/** A form asking for screenshots (up to 3), and for a log file only when the box says there is one. */
function formWithFiles() {
  const base = buildFormDefinition();
  return buildFormDefinition({
    sections: [
      {
        ...base.sections[0],
        fields: [
          ...base.sections[0].fields,
          { key: 'screens', type: 'file', label: 'Screenshots', maxFiles: 3 },
          { key: 'hasLog', type: 'checkbox', label: 'I have a log file' },
          {
            key: 'log',
            type: 'file',
            label: 'Log file',
            maxFiles: 1,
            condition: { match: 'all', rules: [{ field: 'hasLog', op: 'answered' }] },
          },
        ],
      },
    ],
  });
}

async function setting() {
  const organization = await buildOrganization(app.dataSource);
  const version = await buildIntakeFormVersion(app.dataSource, {
    organizationId: organization.id,
    definition: formWithFiles() as unknown as Record<string, unknown>,
    mappings: FORM_MAPPINGS,
  });
  const contact = await buildContact(app.dataSource, { organizationId: organization.id });
  const other = await buildContact(app.dataSource, { organizationId: organization.id });
  const agent = await buildAgent(app.dataSource, { organizationId: organization.id });
  return {
    organization,
    versionId: version.id,
    wile: await signInAs(app, contact),
    other: await signInAs(app, other),
    agent: await signInAs(app, agent),
  };
}

const submit = (caller: Caller, formVersionId: string, answers: Record<string, unknown>, attachmentIds?: string[]) =>
  caller.gql<Submitted>(SUBMIT, {
    input: { formVersionId, answers: { subject: 'Broken', description: 'It broke.', ...answers }, attachmentIds },
  });
const ticketCount = (organizationId: string) => app.dataSource.getRepository(Ticket).countBy({ organizationId });
const unattached = (ids: string[]) => app.dataSource.getRepository(Attachment).countBy({ id: In(ids), messageId: IsNull() });

function refusedFiles(result: GqlResult<unknown>) {
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors[0].extensions?.field).toBe('attachmentIds');
}

describe('files on a submitted request', () => {
  it('attaches attachmentIds and the file answers to the first message, and names the files in the answers', async () => {
    const { versionId, wile, agent } = await setting();
    const loose = await uploadAs(app, wile, 'overview.png', PNG_BYTES);
    const one = await uploadAs(app, wile, 'step1.png', PNG_BYTES);
    const two = await uploadAs(app, wile, 'step2.png', PNG_BYTES);
    // The same file as an answer and in attachmentIds is attached once.
    const result = await submit(wile, versionId, { screens: [one, two, loose] }, [loose]);
    expect(result.errors).toEqual([]);
    const ticket = result.data!.submitRequest;
    const [first] = ticket.timeline.filter((entry) => entry.attachments);
    expect(first.body).toBe('It broke.');
    expect(first.attachments!.map((f) => f.fileName)).toEqual(['overview.png', 'step1.png', 'step2.png']);
    expect(ticket.answers).toContainEqual({ key: 'screens', label: 'Screenshots', value: 'step1.png, step2.png, overview.png' });
    const seen = await agent.gql<{ agentTicket: { answers: { key: string; value: string }[] } }>(AGENT_ANSWERS, { number: ticket.number });
    expect(seen.data?.agentTicket.answers).toContainEqual({ key: 'screens', value: 'step1.png, step2.png, overview.png' });
  });

  it("a hidden file question's files are not attached, and its answer is not kept", async () => {
    const { versionId, wile } = await setting();
    const log = await uploadAs(app, wile, 'app.log', 'log lines');
    const result = await submit(wile, versionId, { log: [log] });
    expect(result.errors).toEqual([]);
    expect(result.data!.submitRequest.answers.map((a) => a.key)).not.toContain('log');
    expect(JSON.stringify(result.data)).not.toContain(log);
    expect(await unattached([log])).toBe(1);

    const shown = await submit(wile, versionId, { hasLog: true, log: [log] });
    expect(shown.errors).toEqual([]);
    expect(shown.data!.submitRequest.answers).toContainEqual({ key: 'log', label: 'Log file', value: 'app.log' });
  });

  it('refuses more than 10 files in all, and writes no ticket', async () => {
    const { organization, versionId, wile } = await setting();
    const ids = await Promise.all(Array.from({ length: 11 }, (_, i) => uploadAs(app, wile, `f${i}.txt`, `file ${i}`)));
    refusedFiles(await submit(wile, versionId, { screens: ids.slice(8) }, ids.slice(0, 8)));
    expect(await ticketCount(organization.id)).toBe(0);
    expect(await unattached(ids)).toBe(11);
  });

  it("refuses another contact's upload as an answer, and writes no ticket", async () => {
    const { organization, versionId, wile, other } = await setting();
    const mine = await uploadAs(app, wile, 'mine.png', PNG_BYTES);
    const theirs = await uploadAs(app, other, 'theirs.png', PNG_BYTES);
    refusedFiles(await submit(wile, versionId, { screens: [mine, theirs] }));
    refusedFiles(await submit(wile, versionId, {}, [theirs]));
    expect(await ticketCount(organization.id)).toBe(0);
    expect(await unattached([mine, theirs])).toBe(2);
  });

  it('a file answer must be a list of upload ids within the question maxFiles', async () => {
    const { versionId, wile } = await setting();
    const ids = await Promise.all(Array.from({ length: 4 }, (_, i) => uploadAs(app, wile, `s${i}.png`, PNG_BYTES)));
    const fieldsOf = (result: GqlResult<unknown>) => result.errors[0].extensions?.fields;
    expect(fieldsOf(await submit(wile, versionId, { screens: ids }))).toEqual([
      { field: 'screens', code: 'too_large', message: 'Attach at most 3 files.' },
    ]);
    expect(fieldsOf(await submit(wile, versionId, { screens: ['not-an-id'] }))).toEqual([
      expect.objectContaining({ field: 'screens', code: 'invalid_value' }),
    ]);
    expect(fieldsOf(await submit(wile, versionId, { screens: ids[0] }))).toEqual([
      expect.objectContaining({ field: 'screens', code: 'invalid_value' }),
    ]);
  });
});
