import { Contact } from '../src/modules/contacts/contact.entity';
import { CustomFieldDefinition } from '../src/modules/custom-fields/custom-field-definition.entity';
import { Agent } from '../src/modules/agents/agent.entity';
import { Ticket } from '../src/modules/tickets/ticket.entity';
import { Article } from '../src/modules/articles/article.entity';
import { sha256 } from '../src/modules/auth/tokens';
import { IntakeForm } from '../src/modules/forms/intake-form.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { createTestDatabase, type TestDatabase } from './database';
import {
  buildAdmin,
  buildAgent,
  buildArticle,
  buildArticleCategory,
  buildArticleSlugRedirect,
  buildArticleSuggestionOpen,
  buildArticleVote,
  buildContact,
  buildCustomDomain,
  buildCustomFieldDefinition,
  buildFormDefinition,
  buildIntakeForm,
  buildIntakeFormVersion,
  buildOutgoingEmail,
  buildSession,
  buildSignInToken,
  buildTicket,
  buildTicketEvent,
  buildTicketFieldValue,
  buildTicketMessage,
} from './factories';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 60_000);
afterAll(() => tdb?.close());

describe('every factory', () => {
  it('builds the rows a ticket hangs from in the ticket’s own organization', async () => {
    const message = await buildTicketMessage(tdb.dataSource);
    const ticket = await tdb.dataSource.getRepository(Ticket).findOneByOrFail({ id: message.ticketId });
    expect(message).toMatchObject({ organizationId: ticket.organizationId, kind: 'public_reply', authorContactId: ticket.requesterId });

    const note = await buildTicketMessage(tdb.dataSource, { ticketId: ticket.id, kind: 'internal_note' });
    expect(note.authorContactId).toBeNull();
    const author = await tdb.dataSource.getRepository(Agent).findOneByOrFail({ id: note.authorAgentId as string });
    expect(author.organizationId).toBe(ticket.organizationId);

    const event = await buildTicketEvent(tdb.dataSource, { ticketId: ticket.id });
    const value = await buildTicketFieldValue(tdb.dataSource, { ticketId: ticket.id, value: 'gold' });
    const field = await tdb.dataSource.getRepository(CustomFieldDefinition).findOneByOrFail({ id: value.fieldId });
    expect([event.organizationId, value.organizationId, field.organizationId]).toEqual(Array(3).fill(ticket.organizationId));
    expect(value.value).toBe('gold');
  });

  it('lets overrides win and gives every row unique values', async () => {
    const organization = await buildAdmin(tdb.dataSource).then((a) => a.organizationId);
    const [a, b] = [
      await buildAgent(tdb.dataSource, { organizationId: organization }),
      await buildAgent(tdb.dataSource, { organizationId: organization }),
    ];
    expect(a.email).not.toBe(b.email);
    expect(a.role).toBe('agent');
    const field = await buildCustomFieldDefinition(tdb.dataSource, { organizationId: organization, type: 'checkbox', key: 'vip' });
    expect(field).toMatchObject({ organizationId: organization, type: 'checkbox', key: 'vip' });
    const domain = await buildCustomDomain(tdb.dataSource, { organizationId: organization, verifiedAt: null });
    expect(domain.verifiedAt).toBeNull();
    expect(domain.hostname).toMatch(/\.example\.test$/);
    const email = await buildOutgoingEmail(tdb.dataSource, { subject: 'Hello' });
    expect(email).toMatchObject({ organizationId: null, status: 'queued', subject: 'Hello' });
  });

  it('signs people in with sessions and sign-in tokens hashed as the product hashes them', async () => {
    const contactSession = await buildSession(tdb.dataSource);
    const contact = await tdb.dataSource.getRepository(Contact).findOneByOrFail({ id: contactSession.contactId as string });
    const { slug } = await tdb.dataSource.getRepository(Organization).findOneByOrFail({ id: contact.organizationId });
    expect(contactSession).toMatchObject({ kind: 'contact', host: `${slug}.localhost`, tokenHash: sha256(contactSession.secret) });

    const agent = await buildAgent(tdb.dataSource);
    const agentSession = await buildSession(tdb.dataSource, { agentId: agent.id });
    expect(agentSession).toMatchObject({ kind: 'agent', host: 'localhost', organizationId: agent.organizationId, contactId: null });

    const token = await buildSignInToken(tdb.dataSource);
    expect(token.tokenHash).toBe(sha256(token.secret));
    expect(token.codeHash).toBe(sha256(`${token.code}:${sha256(token.secret)}`));
    expect(token.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('publish intake form versions one after another, from a valid definition', async () => {
    const form = await buildIntakeForm(tdb.dataSource);
    expect(form.draftDefinition).toEqual(buildFormDefinition());
    const first = await buildIntakeFormVersion(tdb.dataSource, { formId: form.id });
    const second = await buildIntakeFormVersion(tdb.dataSource, { formId: form.id });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect((await tdb.dataSource.getRepository(IntakeForm).findOneByOrFail({ id: form.id })).publishedVersion).toBe(2);
    const twice = { key: 'x', type: 'short_text' as const, label: 'X' };
    expect(() => buildFormDefinition({ sections: [{ key: 'a', title: 'A', fields: [twice, twice] }] })).toThrow(/invalid form/);
  });

  it('build knowledge-base rows around one article in its organization, rendered', async () => {
    const category = await buildArticleCategory(tdb.dataSource);
    const article = await buildArticle(tdb.dataSource, {
      organizationId: category.organizationId,
      categoryId: category.id,
      bodyMarkdown: '**Bold**',
    });
    const saved = await tdb.dataSource.getRepository(Article).findOneByOrFail({ id: article.id });
    expect(saved).toMatchObject({ status: 'published', categoryId: category.id });
    expect(saved.bodyHtml).toContain('<strong>Bold</strong>');
    expect(saved.publishedAt).not.toBeNull();
    const draft = await buildArticle(tdb.dataSource, { status: 'draft' });
    expect(draft.publishedAt).toBeNull();

    const rows = [
      await buildArticleVote(tdb.dataSource, { articleId: article.id, helpful: false }),
      await buildArticleSuggestionOpen(tdb.dataSource, { articleId: article.id }),
      await buildArticleSlugRedirect(tdb.dataSource, { articleId: article.id }),
    ];
    expect(rows.map((r) => [r.organizationId, r.articleId])).toEqual(Array(3).fill([article.organizationId, article.id]));
    const fresh = await buildArticleVote(tdb.dataSource);
    expect(fresh.articleId).not.toBe(article.id);
  });

  it('take a ticket’s number from its organization even when other factories made the organization', async () => {
    const contact = await buildContact(tdb.dataSource);
    const ticket = await buildTicket(tdb.dataSource, { organizationId: contact.organizationId, requesterId: contact.id });
    expect(ticket.number).toBe(1);
  });
});
