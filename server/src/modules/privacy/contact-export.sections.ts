import type { TenantTx } from '../../db/tenant';
import type { Agent } from '../agents/agent.entity';
import { Attachment } from '../attachments/attachment.entity';
import { accessParams, copiedOn, requestedBy } from '../companies/ticket-access';
import { Contact } from '../contacts/contact.entity';
import { parseDefinition } from '../forms/intake-form.service';
import { OutgoingEmail } from '../outbox/outgoing-email.entity';
import { Organization } from '../organizations/organization.entity';
import { Session } from '../auth/session.entity';
import { SignInToken } from '../auth/sign-in-token.entity';
import { fileAnswerIds, portalAnswers } from '../tickets/ticket-answers';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Ticket } from '../tickets/ticket.entity';
import { TicketEventItem, TicketMessageItem } from '../tickets/ticket.types';
import type { ExportReaders, ExportSection } from './contact-export.service';
import { SatisfactionSurvey } from '../satisfaction/satisfaction-survey.entity';
import { DataDeletionRequest } from './deletion-request.entity';
import { exportFiles, type ExportFileRow } from './export-files';

// The export's sections, in the order the file lists them. Each reads only what the contact may
// read in the portal, through the portal's own rules (ticket-access.ts, the contact timelines and
// field values): never an internal note, an agent-only field, another contact's email or a secret
// (token hashes, the hashed network of a sign-in). A new kind of personal data is one more entry here.

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** Name, email, company and manager flag, as the organization holds them. */
const profile: ExportSection = {
  key: 'profile',
  async read(tx, scope) {
    const contact = await tx.findOne(Contact, { where: { id: scope.contactId }, relations: { company: true } });
    const organization = await tx.findOne(Organization, { where: { id: scope.organizationId }, select: { id: true, name: true } });
    if (!contact) throw new Error(`contact ${scope.contactId} vanished during its export`);
    return {
      organization: organization?.name ?? null,
      name: contact.name,
      email: contact.email,
      company: contact.company?.name ?? null,
      isCompanyManager: contact.isCompanyManager,
      createdAt: iso(contact.createdAt),
    };
  },
};

/** An author as the contact may see them: an agent's or another contact's name, never their email. */
type Author = { kind: 'you' | 'agent' | 'contact'; name: string | null };

/** The requests the contact raised or is copied on, each with its public conversation. */
const requests: ExportSection = {
  key: 'requests',
  async read(tx, scope, readers) {
    const tickets = await tx
      .select(Ticket, 't')
      .andWhere(`(${requestedBy('t')} OR ${copiedOn('t')})`, accessParams(scope))
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    if (!tickets.length) return [];
    const ids = tickets.map((t) => t.id);
    const contact = { kind: 'contact' as const, ...scope };
    // One after another: they share the export's one transaction, and a connection runs one statement at a time.
    const timelines = await readers.timeline.contactTimelines(scope, ids);
    const fields = await readers.customFields.valuesByTicket(scope.organizationId, ids, { kind: 'contact', contactId: scope.contactId });
    const versionIds = distinct(tickets.map((t) => t.formVersionId));
    const versions = versionIds.length ? await readers.forms.versionsById(scope.organizationId, versionIds) : new Map<string, never>();
    const messages = [...timelines.values()].flat().filter((e): e is TicketMessageItem => e instanceof TicketMessageItem);
    const files = await readers.files.forMessages(
      contact,
      messages.map((m) => m.id),
    );
    const agentIds = distinct(messages.map((m) => m.authorAgentId));
    const contactIds = distinct(messages.map((m) => m.authorContactId));
    const agents = agentIds.length ? await readers.people.agentsById(scope.organizationId, agentIds) : new Map<string, Agent>();
    const contacts = contactIds.length ? await readers.people.contactsById(scope.organizationId, contactIds) : new Map<string, Contact>();
    const author = (m: TicketMessageItem): Author => {
      if (m.authorContactId === scope.contactId) return { kind: 'you', name: null };
      if (m.authorAgentId) return { kind: 'agent', name: agents.get(m.authorAgentId)?.name ?? null };
      return { kind: 'contact', name: (m.authorContactId && contacts.get(m.authorContactId)?.name) || null };
    };
    const fileNames = new Map([...files.values()].flat().map((f) => [f.id, f.fileName] as const));
    return tickets.map((ticket) => {
      const version = ticket.formVersionId ? versions.get(ticket.formVersionId) : undefined;
      const definition = version ? parseDefinition(version) : null;
      const timeline = timelines.get(ticket.id) ?? [];
      return {
        number: ticket.number,
        subject: ticket.subject,
        status: ticket.status,
        yourRole: ticket.requesterId === scope.contactId ? 'requester' : 'cc',
        createdAt: iso(ticket.createdAt),
        updatedAt: iso(ticket.updatedAt),
        solvedAt: iso(ticket.solvedAt),
        closedAt: iso(ticket.closedAt),
        form: version?.form?.name ?? null,
        // Only the requester's answers are theirs; a CC sees the request's fields and conversation.
        answers:
          definition && ticket.requesterId === scope.contactId
            ? portalAnswers(definition, ticket.answers, pick(fileNames, fileAnswerIds(definition, ticket.answers)))
            : [],
        fields: (fields.get(ticket.id) ?? []).map((f) => ({ label: f.label, value: f.displayValue })),
        conversation: timeline.flatMap((entry) =>
          entry instanceof TicketMessageItem
            ? [
                {
                  at: iso(entry.createdAt),
                  author: author(entry),
                  viaEmail: entry.viaEmail,
                  body: entry.body,
                  files: (files.get(entry.id) ?? []).map((f) => ({ name: f.fileName, contentType: f.contentType, byteSize: f.byteSize })),
                },
              ]
            : [],
        ),
        history: timeline.flatMap((entry) =>
          entry instanceof TicketEventItem
            ? [{ at: iso(entry.createdAt), type: entry.type, from: entry.fromStatus, to: entry.toStatus }]
            : [],
        ),
      };
    });
  },
};

function distinct(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function pick(names: ReadonlyMap<string, string>, ids: readonly string[]): Map<string, string> {
  return new Map(ids.flatMap((id) => (names.has(id) ? [[id, names.get(id) as string] as const] : [])));
}

/** Every message the contact wrote, wherever it is now (a request they no longer see included: their words are theirs). */
const messages: ExportSection = {
  key: 'messages',
  async read(tx, scope) {
    const rows = await tx
      .select(TicketMessage, 'm')
      .innerJoin(Ticket, 't', 't.id = m.ticket_id AND t.organization_id = m.organization_id')
      .addSelect('t.number', 'ticket_number')
      .andWhere('m.author_contact_id = :contactId', { contactId: scope.contactId })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((m, i) => ({
      request: Number((rows.raw[i] as { ticket_number: number }).ticket_number),
      at: iso(m.createdAt),
      viaEmail: m.channel === 'email',
      body: m.body,
    }));
  },
};

/** The files the contact uploaded, with their bytes (see export-files.ts for the size budget). */
const files: ExportSection<ExportFileRow[]> = {
  key: 'files',
  async read(tx, scope) {
    const rows = await tx
      .select(Attachment, 'a')
      .leftJoin(TicketMessage, 'm', 'm.id = a.message_id AND m.organization_id = a.organization_id')
      .leftJoin(Ticket, 't', 't.id = m.ticket_id AND t.organization_id = m.organization_id')
      .addSelect('t.number', 'ticket_number')
      .andWhere('a.uploaded_by_contact_id = :contactId', { contactId: scope.contactId })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((attachment, i) => {
      const number = (rows.raw[i] as { ticket_number: number | null }).ticket_number;
      return { attachment, request: number === null ? null : Number(number) };
    });
  },
  finish: (rows: ExportFileRow[], readers: ExportReaders) => exportFiles(rows, readers.storage),
};

/** Sign-in sessions and email sign-in links: when, where and how they ended; never a token or hash. */
const signIns: ExportSection = {
  key: 'signIns',
  async read(tx, scope) {
    const contact = await tx.findOne(Contact, { where: { id: scope.contactId }, select: { id: true, email: true } });
    const sessions = await tx.find(Session, { where: { contactId: scope.contactId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const links = contact
      ? await tx.find(SignInToken, { where: { purpose: 'portal', email: contact.email }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    return {
      sessions: sessions.map((s) => ({
        host: s.host,
        startedAt: iso(s.createdAt),
        lastSeenAt: iso(s.lastSeenAt),
        expiresAt: iso(s.expiresAt),
        signedOutAt: iso(s.revokedAt),
      })),
      emailLinks: links.map((l) => ({
        host: l.host,
        requestedAt: iso(l.createdAt),
        expiresAt: iso(l.expiresAt),
        usedAt: iso(l.consumedAt),
        approvalFromAnotherDevice: l.approval,
      })),
    };
  },
};

/** The emails sent to the contact's address: what and when, not the bodies (which may hold sign-in codes). */
const emails: ExportSection = {
  key: 'emails',
  async read(tx, scope) {
    const contact = await tx.findOne(Contact, { where: { id: scope.contactId }, select: { id: true, email: true } });
    if (!contact) return [];
    const rows = await tx.find(OutgoingEmail, { where: { toAddress: contact.email }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((e) => ({ subject: e.subject, kind: e.tag, status: e.status, queuedAt: iso(e.createdAt), sentAt: iso(e.sentAt) }));
  },
};

/** The contact's requests to have their data erased. */
const deletionRequests: ExportSection = {
  key: 'deletionRequests',
  async read(tx: TenantTx, scope) {
    const rows = await tx.find(DataDeletionRequest, { where: { contactId: scope.contactId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((r) => ({ status: r.status, requestedAt: iso(r.createdAt), completedAt: iso(r.completedAt) }));
  },
};

/** The contact's answers to "How did we do?": one per solve they were asked about. */
const ratings: ExportSection = {
  key: 'ratings',
  async read(tx: TenantTx, scope) {
    const rows = await tx.find(SatisfactionSurvey, {
      where: { requesterId: scope.contactId },
      relations: { ticket: true },
      order: { solvedAt: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => ({
      request: r.ticket?.number ?? null,
      solvedAt: iso(r.solvedAt),
      rating: r.rating,
      comment: r.comment,
      ratedAt: iso(r.ratedAt),
    }));
  },
};

/** Every section, in file order. */
export const EXPORT_SECTIONS: readonly ExportSection[] = [
  profile,
  requests,
  messages,
  files,
  signIns,
  emails,
  ratings,
  deletionRequests,
] as ExportSection[];
