import { TicketCc } from '../companies/ticket-cc.entity';
import { ensureContact } from '../contacts/contact-store';
import { Readable } from 'node:stream';
import { MAX_FILES_PER_MESSAGE } from '@actionconnect/shared';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { TenantData, TenantTx } from '../../db/tenant';
import type { ContactScope } from '../../auth/viewer';
import { DomainError } from '../../errors';
import type { AttachmentService } from '../attachments/attachment.service';
import { FileTooLargeError } from '../attachments/file-storage';
import { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';
import type { TicketSubmissionService } from '../tickets/ticket-submission.service';
import type { TicketWriteService } from '../tickets/ticket-write.service';
import { InboundEmail, type InboundOutcome } from './inbound-email.entity';
import type { InboundRouting } from './inbound-routing.cross-tenant';
import { inboundText } from './inbound-text';
import { automaticMailReason, spfFailed, type InboundMessage, type PostmarkInboundAttachment } from './postmark-inbound';
import type { ReplyAddresses } from './reply-address';

/** What became of a webhook call; every one of them is answered 200 (Postmark must not retry). */
export type InboundResult =
  | { outcome: InboundOutcome; ticketNumber: number | null; reason: string | null }
  | { outcome: 'duplicate' }
  | { outcome: 'unroutable'; reason: string };

/** What the inbound service needs. */
export interface InboundMailDeps {
  tenant: TenantData;
  routing: InboundRouting;
  replies: ReplyAddresses;
  write: TicketWriteService;
  submission: TicketSubmissionService;
  /** Stores each attachment as an upload of the contact; the ticket services then attach them by id. */
  files: AttachmentService;
  config: Pick<Config, 'mail'>;
  log: Pick<Logger, 'info' | 'warn'>;
  onMailQueued(): void;
}

const EMPTY_BODY = '(This email had no text.)';

/**
 * Turns an inbound email into a reply on its ticket, a flagged note for agents, a new request, or
 * nothing (docs/security.md, "Replies and requests by email"). Once the organization is known,
 * everything runs in one of its transactions whose first statement inserts the email's
 * `inbound_emails` row; a second delivery of the same `MessageID` conflicts there and adds nothing.
 */
export class InboundMailService {
  constructor(private readonly deps: InboundMailDeps) {}

  /** Handles one parsed inbound email. */
  async receive(message: InboundMessage): Promise<InboundResult> {
    const { replies, routing, log } = this.deps;
    const hash = replies.parseMailboxHash(message.mailboxHash);
    if (!hash) return this.unroutable(message, 'no address of ours (missing or forged MailboxHash)');
    const organization = await routing.organizationByKey(hash.organizationKey);
    if (!organization) return this.unroutable(message, 'no organization has this inbound key');

    const automatic = automaticMailReason(message, {
      from: this.deps.config.mail.from,
      inboundDomain: this.deps.config.mail.inbound?.domain ?? null,
    });
    // Files are stored before the transaction, as the contact the mail will be attributed to: a
    // retried delivery, or mail that turns out to add nothing, leaves only unattached uploads,
    // which the sweeper removes after a day.
    const files = automatic ? null : await this.storeFiles(organization, message, hash.reply);
    const result = await this.deps.tenant.run(organization.id, async (tx) => {
      const row = await claim(tx, message);
      if (!row) return { outcome: 'duplicate' } as const;
      const done = async (outcome: InboundOutcome, ticket: Ticket | null, reason: string | null = null) => {
        await tx.update(InboundEmail, { id: row }, { outcome, reason, ticketId: ticket?.id ?? null });
        return { outcome, ticketNumber: ticket?.number ?? null, reason };
      };
      if (automatic) return done('ignored', null, automatic);
      if (hash.reply) return this.reply(tx, organization, message, hash.reply, files, done);
      return this.request(tx, organization, message, files, done);
    });
    if (result.outcome === 'duplicate') {
      log.info({ messageId: message.messageId, organizationId: organization.id }, 'inbound email already received');
    } else {
      log.info({ messageId: message.messageId, organizationId: organization.id, ...result }, 'inbound email handled');
      this.deps.onMailQueued();
    }
    return result;
  }

  private async reply(
    tx: TenantTx,
    organization: Organization,
    message: InboundMessage,
    reply: { number: number; mac: string },
    files: StoredFiles | null,
    done: Done,
  ): Promise<InboundResult> {
    const ticket = await tx.findOneBy(Ticket, { number: reply.number });
    // A missing ticket and a wrong MAC read the same: the address was not one we handed out.
    if (!ticket || !this.deps.replies.verifyReply(organization.id, ticket.id, reply.mac)) {
      this.deps.log.warn({ messageId: message.messageId, organizationId: organization.id }, 'inbound reply with a forged or foreign token');
      return done('ignored', null, 'forged or foreign reply token');
    }
    // The requester, or a contact copied on the ticket: their words are theirs.
    const sender = await senderOnTicket(tx, ticket, message.from);
    const text = inboundText(message, 'reply');
    if (!sender || sender.email !== message.from || spfFailed(message)) {
      // An unverified sender's files are not kept (nobody vouches for them); agents see their names.
      const names = message.attachments.map(nameOf);
      const note = `${text || EMPTY_BODY}${names.length ? `\n\n[Attachments not kept, the sender is unverified: ${names.join(', ')}]` : ''}`;
      const noted = await this.deps.write.addUnverifiedEmailNote(organization.id, ticket.number, message.from, note);
      const why = sender?.email === message.from ? 'From is the requester or a CC, but SPF failed' : 'sender is not the requester or a CC';
      return noted ? done('flagged', noted, why) : done('ignored', ticket, `${why}; the ticket is closed`);
    }
    const scope: ContactScope = { kind: 'contact', organizationId: organization.id, contactId: sender.id, organization };
    if (ticket.status === 'closed') {
      await this.deps.write.sendClosedNotice(scope, ticket);
      return done('closed-notice', ticket);
    }
    const kept = files?.contactId === sender.id ? files : null;
    const saved = await this.deps.write.replyAsContact(scope, ticket.number, bodyWith(text, kept), kept?.ids ?? [], 'email');
    return done('reply', saved);
  }

  private async request(
    tx: TenantTx,
    organization: Organization,
    message: InboundMessage,
    files: StoredFiles | null,
    done: Done,
  ): Promise<InboundResult> {
    const known = await tx.exists(Contact, { email: message.from });
    if (!known && organization.portalAccess === 'known_contacts') {
      return done('ignored', null, 'unknown sender; the portal is for known contacts only');
    }
    const contact = await upsertContact(tx, message);
    const scope: ContactScope = { kind: 'contact', organizationId: organization.id, contactId: contact.id, organization };
    const kept = files?.contactId === contact.id ? files : null;
    const ticket = await this.deps.submission.submitByEmail(scope, {
      subject: message.subject,
      body: bodyWith(inboundText(message, 'request'), kept),
      attachmentIds: kept?.ids ?? [],
      inReplyTo: message.headers.get('message-id')?.[0]?.trim(),
    });
    return done('request', ticket);
  }

  /**
   * Stores the email's attachments (decoded from base64) through AttachmentService.upload, as the
   * contact the mail will be theirs: the requester when `From` is theirs and the ticket is open to
   * replies, or for a request the sender's contact (created here, as sign-in would). Null when
   * there is nothing to keep.
   */
  private async storeFiles(
    organization: Organization,
    message: InboundMessage,
    reply: { number: number; mac: string } | null,
  ): Promise<StoredFiles | null> {
    if (!message.attachments.length) return null;
    const contactId = await this.deps.tenant.run(organization.id, async (tx) => {
      if (reply) {
        const ticket = await tx.findOneBy(Ticket, { number: reply.number });
        if (!ticket || ticket.status === 'closed' || !this.deps.replies.verifyReply(organization.id, ticket.id, reply.mac)) return null;
        const sender = await senderOnTicket(tx, ticket, message.from);
        return sender && !spfFailed(message) ? sender.id : null;
      }
      if (organization.portalAccess === 'known_contacts') return (await tx.findOneBy(Contact, { email: message.from }))?.id ?? null;
      return (await upsertContact(tx, message)).id;
    });
    if (!contactId) return null;
    const viewer = { kind: 'contact' as const, organizationId: organization.id, contactId };
    const ids: string[] = [];
    const refused: string[] = [];
    for (const [index, attachment] of message.attachments.entries()) {
      if (index >= MAX_FILES_PER_MESSAGE) {
        refused.push(nameOf(attachment));
        continue;
      }
      try {
        const bytes = Buffer.from(attachment.Content, 'base64');
        ids.push((await this.deps.files.upload(viewer, nameOf(attachment), Readable.from([bytes]))).id);
      } catch (error) {
        // A program, a bad name or an oversized file: the rest of the email still counts.
        if (!(error instanceof DomainError || error instanceof FileTooLargeError)) throw error;
        refused.push(nameOf(attachment));
      }
    }
    return { contactId, ids, refused };
  }

  private unroutable(message: InboundMessage, reason: string): InboundResult {
    // Answered 200 all the same, so Postmark stops retrying; the log says who sent what.
    this.deps.log.warn(
      { messageId: message.messageId, from: message.from, mailboxHash: message.mailboxHash.slice(0, 80), reason },
      'inbound email not routed',
    );
    return { outcome: 'unroutable', reason };
  }
}

type Done = (outcome: InboundOutcome, ticket: Ticket | null, reason?: string | null) => Promise<InboundResult>;

/** Attachments stored as uploads of `contactId`; `refused` names those that were not (a program, too large, too many). */
interface StoredFiles {
  contactId: string;
  ids: string[];
  refused: string[];
}

/** The text, or a placeholder when there are no files either; files not kept are named at the end. */
function bodyWith(text: string, files: StoredFiles | null): string {
  const body = text || (files?.ids.length ? '' : EMPTY_BODY);
  if (!files?.refused.length) return body;
  const note = `[Attachments not kept (a program, too large, or more than ${MAX_FILES_PER_MESSAGE}): ${files.refused.join(', ')}]`;
  return body ? `${body}\n\n${note}` : note;
}

function nameOf(attachment: PostmarkInboundAttachment): string {
  return attachment.Name.trim() || 'attachment';
}

/** The contact behind `from` when it is the ticket's requester or one of its CCs, else null. */
async function senderOnTicket(tx: TenantTx, ticket: Ticket, from: string): Promise<Contact | null> {
  const contact = await tx.findOneBy(Contact, { email: from });
  if (!contact) return null;
  if (contact.id === ticket.requesterId) return contact;
  return (await tx.exists(TicketCc, { ticketId: ticket.id, contactId: contact.id })) ? contact : null;
}

// The same email always means the same contact (as at sign-in).
function upsertContact(tx: TenantTx, message: InboundMessage): Promise<Contact> {
  return ensureContact(tx, message.from, message.fromName?.slice(0, 120) ?? null);
}

// The idempotency key: the unique (organization, MessageID) index decides, not a prior read.
async function claim(tx: TenantTx, message: InboundMessage): Promise<string | null> {
  const rows = await tx.sql<{ id: string }>(
    `INSERT INTO inbound_emails (organization_id, provider_message_id, from_address, subject, outcome)
     VALUES ($1, $2, $3, $4, 'ignored')
     ON CONFLICT (organization_id, provider_message_id) DO NOTHING RETURNING id`,
    [tx.organizationId, message.messageId, message.from, message.subject.slice(0, 300)],
  );
  return rows[0]?.id ?? null;
}
