import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IsNull } from 'typeorm';
import { evaluateSubmission, unknownPlaceholders, validateFormDefinition, type FormDefinition } from '@actionconnect/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { Agent } from '../../modules/agents/agent.entity';
import { ArticleCategory } from '../../modules/articles/article-category.entity';
import { Article } from '../../modules/articles/article.entity';
import { Contact } from '../../modules/contacts/contact.entity';
import { CustomFieldDefinition } from '../../modules/custom-fields/custom-field-definition.entity';
import { IntakeFormVersion } from '../../modules/forms/intake-form-version.entity';
import { IntakeForm } from '../../modules/forms/intake-form.entity';
import { Organization } from '../../modules/organizations/organization.entity';
import { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { SatisfactionSurvey } from '../../modules/satisfaction/satisfaction-survey.entity';
import { TICKET_STATUSES, Ticket } from '../../modules/tickets/ticket.entity';
import { ENTITIES } from '../entities';
import { DEMO_TAGS } from './demo-agent-tools';
import { Macro } from '../../modules/macros/macro.entity';
import { CompanyDomain } from '../../modules/companies/company-domain.entity';
import { Company } from '../../modules/companies/company.entity';
import { TicketCc } from '../../modules/companies/ticket-cc.entity';
import { DataDeletionRequest } from '../../modules/privacy/deletion-request.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { seedDemoData } from './demo-data';
import { Attachment } from '../../modules/attachments/attachment.entity';
import { DiskStorage } from '../../modules/attachments/disk-storage';
import { imageType } from '../../modules/attachments/upload-rules';

let tdb: TestDatabase;
let filesRoot: string;
let storage: DiskStorage;

beforeAll(async () => {
  tdb = await createTestDatabase();
  filesRoot = await mkdtemp(path.join(os.tmpdir(), 'ac-demo-files-'));
  storage = new DiskStorage(filesRoot);
}, 60_000);

afterAll(async () => {
  await tdb?.close();
  await rm(filesRoot, { recursive: true, force: true });
});

const repo = <T extends object>(entity: new () => T) => tdb.dataSource.getRepository(entity);

/** Row count of every entity's table, keyed by table name. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES) {
    const table = tdb.dataSource.getMetadata(entity).tableName;
    const [{ n }] = await tdb.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = n;
  }
  return counts;
}

/** Every condition anywhere in a form definition: the form branches when there is at least one. */
function conditionsOf(definition: FormDefinition): unknown[] {
  return definition.sections.flatMap((s) => [s.condition, ...s.fields.map((f) => f.condition)]).filter(Boolean);
}

describe('the demo data', () => {
  let orgs: Organization[];

  beforeAll(async () => {
    expect(await seedDemoData(tdb.dataSource, storage)).toBe(true);
    orgs = await repo(Organization).find({ order: { slug: 'ASC' } });
  }, 60_000);

  it('loads exactly Acme and Globex', () => {
    expect(orgs.map((o) => [o.slug, o.name])).toEqual([
      ['acme', 'Acme'],
      ['globex', 'Globex'],
    ]);
  });

  it('gives each organization its own branding and logo', async () => {
    const [acme, globex] = orgs;
    for (const key of ['displayName', 'primaryColor', 'welcomeHeadline', 'welcomeIntro', 'signInText', 'footerText'] as const) {
      expect(acme.branding[key]).toBeTruthy();
      expect(acme.branding[key]).not.toEqual(globex.branding[key]);
    }
    for (const org of orgs) {
      expect(org.branding.primaryColor).toMatch(/^#[0-9a-f]{6}$/i);
      const row = await repo(Organization)
        .createQueryBuilder('o')
        .addSelect('o.branding.logoData')
        .where('o.id = :id', { id: org.id })
        .getOneOrFail();
      expect(row.branding.logoContentType).toBe('image/svg+xml');
      expect(row.branding.logoData?.toString('utf8')).toContain(org.name);
    }
  });

  describe.each(['acme', 'globex'])('for %s', (slug) => {
    let org: Organization;
    beforeAll(() => {
      org = orgs.find((o) => o.slug === slug) as Organization;
    });
    const mine = () => ({ organizationId: org.id });

    it('has an admin and an agent', async () => {
      const agents = await repo(Agent).find({ where: mine() });
      expect(agents.map((a) => a.role).sort()).toEqual(['admin', 'agent']);
      for (const a of agents) expect(a.email).toBe(a.email.toLowerCase());
    });

    it('has two contacts, and Acme a third in its company and a fourth who wrote in without a name', async () => {
      expect(await repo(Contact).count({ where: mine() })).toBe(slug === 'acme' ? 4 : 2);
      if (slug === 'acme') expect(await repo(Contact).countBy({ organizationId: org.id, name: IsNull() })).toBe(1);
    });

    it('gives Acme two shared canned replies and one of the agent’s own, all with known placeholders', async () => {
      const macros = await repo(Macro).find({ where: mine() });
      expect(macros.filter((m) => m.ownerAgentId === null)).toHaveLength(slug === 'acme' ? 2 : 0);
      expect(macros.filter((m) => m.ownerAgentId !== null)).toHaveLength(slug === 'acme' ? 1 : 0);
      for (const macro of macros) expect(unknownPlaceholders(macro.body)).toEqual([]);
    });

    it('tags a few of Acme’s tickets (Globex has no tags)', async () => {
      const links = await tdb.dataSource.query(
        'SELECT g.name, t.number FROM ticket_tags tt JOIN tags g ON g.id = tt.tag_id JOIN tickets t ON t.id = tt.ticket_id WHERE tt.organization_id = $1 ORDER BY g.name, t.number',
        [org.id],
      );
      const expected =
        slug === 'acme' ? Object.entries(DEMO_TAGS).flatMap(([name, numbers]) => numbers.map((number) => ({ name, number }))) : [];
      expect(links).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name) || a.number - b.number));
    });

    it('has custom fields visible to contacts and agent-only ones', async () => {
      const fields = await repo(CustomFieldDefinition).find({ where: mine() });
      expect(fields.some((f) => f.visibleToContact)).toBe(true);
      expect(fields.some((f) => !f.visibleToContact)).toBe(true);
    });

    it('has an intake form whose published version is valid and branches', async () => {
      const forms = await repo(IntakeForm).find({ where: mine() });
      expect(forms.length).toBeGreaterThanOrEqual(1);
      const form = forms[0];
      expect(form.publishedVersion).toBeGreaterThanOrEqual(1);
      const version = await repo(IntakeFormVersion).findOneByOrFail({
        formId: form.id,
        version: form.publishedVersion,
        organizationId: org.id,
      });
      const checked = validateFormDefinition(version.definition);
      expect(checked.ok ? [] : checked.errors).toEqual([]);
      expect(conditionsOf(version.definition as unknown as FormDefinition).length).toBeGreaterThan(0);
    });

    it('has at least eight published articles and a draft, all in its own categories', async () => {
      const articles = await repo(Article).find({ where: mine() });
      const categories = await repo(ArticleCategory).find({ where: mine() });
      const categoryIds = new Set(categories.map((c) => c.id));
      expect(articles.filter((a) => a.status === 'published').length).toBeGreaterThanOrEqual(8);
      expect(articles.filter((a) => a.status === 'draft').length).toBeGreaterThanOrEqual(1);
      for (const a of articles) {
        expect(categoryIds.has(a.categoryId as string)).toBe(true);
        expect(a.bodyHtml).not.toBe('');
        expect(a.publishedAt === null).toBe(a.status === 'draft');
      }
    });

    it('has tickets in every status, with public replies and internal notes', async () => {
      const tickets = await repo(Ticket).find({ where: mine(), order: { number: 'ASC' } });
      expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(TICKET_STATUSES));
      const messages = await repo(TicketMessage).find({ where: mine() });
      expect(messages.some((m) => m.kind === 'public_reply' && m.authorAgentId)).toBe(true);
      expect(messages.some((m) => m.kind === 'public_reply' && m.authorContactId)).toBe(true);
      expect(messages.some((m) => m.kind === 'internal_note')).toBe(true);
    });

    it('has a ticket with an image on a reply and one with a PDF, stored through the file storage', async () => {
      const files = await repo(Attachment).find({ where: mine() });
      expect(files.map((f) => [f.fileName, f.contentType]).sort()).toEqual([
        ['corrected-invoice.pdf', 'application/octet-stream'],
        ['screen-when-it-stops.png', 'image/png'],
      ]);
      for (const file of files) {
        const message = await repo(TicketMessage).findOneByOrFail({ id: file.messageId as string });
        expect(message).toMatchObject({ organizationId: org.id, kind: 'public_reply' });
        expect(file.uploadedByAgentId ?? file.uploadedByContactId).toBe(message.authorAgentId ?? message.authorContactId);
        const stored = await storage.get(file.storageKey);
        const bytes = Buffer.concat(await stored!.stream.toArray());
        expect(bytes.length).toBe(file.byteSize);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
        if (file.contentType === 'image/png') expect(imageType(bytes)).toBe('image/png');
        else expect(bytes.toString('latin1')).toMatch(/^%PDF-1\.4\n[\s\S]*startxref\n\d+\n%%EOF\n$/);
      }
    });

    it('numbers its tickets 1..n and remembers n for the next ticket', async () => {
      const tickets = await repo(Ticket).find({ where: mine(), order: { number: 'ASC' } });
      expect(tickets.map((t) => t.number)).toEqual(tickets.map((_t, i) => i + 1));
      expect((await repo(Organization).findOneByOrFail({ id: org.id })).lastTicketNumber).toBe(tickets.length);
    });

    it("keeps every ticket's people, messages and answers inside the organization", async () => {
      const contactIds = new Set((await repo(Contact).find({ where: mine() })).map((c) => c.id));
      const agentIds = new Set((await repo(Agent).find({ where: mine() })).map((a) => a.id));
      const tickets = await repo(Ticket).find({ where: mine() });
      const ticketIds = new Set(tickets.map((t) => t.id));
      for (const t of tickets) {
        expect(contactIds.has(t.requesterId)).toBe(true);
        if (t.assigneeId) expect(agentIds.has(t.assigneeId)).toBe(true);
        const version = await repo(IntakeFormVersion).findOneByOrFail({ id: t.formVersionId as string });
        expect(version.organizationId).toBe(org.id);
        // The seeded answers are what the branching engine would have accepted.
        expect(evaluateSubmission(version.definition as unknown as FormDefinition, t.answers)).toMatchObject({ ok: true });
      }
      const messages = await tdb.dataSource.query(
        'SELECT m.organization_id, m.ticket_id FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id WHERE t.organization_id = $1',
        [org.id],
      );
      for (const m of messages) {
        expect(m.organization_id).toBe(org.id);
        expect(ticketIds.has(m.ticket_id)).toBe(true);
      }
    });
  });

  it("gives Acme the company Coyote Inc. (coyote.test, managers), Wile its manager, Sam's request and a CC", async () => {
    const acme = orgs.find((o) => o.slug === 'acme') as Organization;
    const [company] = await repo(Company).find({ where: { organizationId: acme.id } });
    expect(company).toMatchObject({ name: 'Coyote Inc.', sharingMode: 'managers' });
    expect((await repo(CompanyDomain).find({ where: { companyId: company.id } })).map((d) => d.domain)).toEqual(['coyote.test']);
    const wile = await repo(Contact).findOneByOrFail({ organizationId: acme.id, email: 'wile@coyote.test' });
    const sam = await repo(Contact).findOneByOrFail({ organizationId: acme.id, email: 'sam@coyote.test' });
    expect(wile).toMatchObject({ companyId: company.id, isCompanyManager: true });
    expect(sam).toMatchObject({ companyId: company.id, isCompanyManager: false });
    expect(await repo(Ticket).countBy({ requesterId: sam.id, companyId: company.id })).toBe(1);
    expect(await repo(TicketCc).countBy({ organizationId: acme.id, contactId: sam.id })).toBe(1);
  });

  it("rates Acme's solved and closed demo requests, one good and one bad, both with a comment; Globex has none", async () => {
    const acme = orgs.find((o) => o.slug === 'acme') as Organization;
    const surveys = await repo(SatisfactionSurvey).find({ where: { organizationId: acme.id }, relations: { ticket: true } });
    expect(surveys.map((s) => [s.ticket?.number, s.ticket?.status, s.rating, s.comment !== null]).sort()).toEqual([
      [4, 'solved', 'good', true],
      [5, 'closed', 'bad', true],
    ]);
    for (const s of surveys) {
      expect(s).toMatchObject({ requesterId: s.ticket?.requesterId, agentId: s.ticket?.assigneeId });
      expect(s.solvedAt.getTime()).toBe(s.ticket?.solvedAt?.getTime());
      expect(s.formId).not.toBeNull();
    }
    const globex = orgs.find((o) => o.slug === 'globex') as Organization;
    expect(await repo(SatisfactionSurvey).countBy({ organizationId: globex.id })).toBe(0);
  });

  it('gives Acme an open deletion request from Sam, for the admin to review', async () => {
    const acme = orgs.find((o) => o.slug === 'acme') as Organization;
    const requests = await repo(DataDeletionRequest).find({ where: { organizationId: acme.id }, relations: { contact: true } });
    expect(requests.map((r) => [r.status, r.contact?.email])).toEqual([['open', 'sam@coyote.test']]);
    expect(await repo(DataDeletionRequest).countBy({ organizationId: (orgs.find((o) => o.slug === 'globex') as Organization).id })).toBe(0);
  });

  it("gives Acme's agent two unread notifications for the bell, and nobody else any", async () => {
    const acme = orgs.find((o) => o.slug === 'acme') as Organization;
    const arthur = await repo(Agent).findOneByOrFail({ organizationId: acme.id, email: 'agent@acme.test' });
    const all = await repo(Notification).find({ relations: { ticket: true } });
    expect(all.map((n) => [n.agentId, n.kind, n.ticket?.number, n.readAt]).sort()).toEqual(
      [
        [arthur.id, 'assigned', 2, null],
        [arthur.id, 'reply', 3, null],
      ].sort(),
    );
  });

  it('loads nothing the second time: every table keeps its row count', async () => {
    const before = await rowCounts();
    expect(await seedDemoData(tdb.dataSource, storage)).toBe(false);
    expect(await rowCounts()).toEqual(before);
    expect(before.tickets).toBeGreaterThanOrEqual(10);
  });
});
