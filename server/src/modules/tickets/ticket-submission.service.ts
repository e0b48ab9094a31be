import { evaluateSubmission, type Answers, type FormDefinition, type SubmissionError } from '@actionconnect/shared';
import type { Logger } from 'pino';
import { In, IsNull, type DeepPartial } from 'typeorm';
import type { Config } from '../../config';
import type { TenantData, TenantTx } from '../../db/tenant';
import { DomainError, ErrorCode, notFound } from '../../errors';
import type { ReplyAddresses } from '../inbound/reply-address';
import type { PublicUrls } from '../organizations/public-urls';
import { Contact } from '../contacts/contact.entity';
import { CustomFieldDefinition } from '../custom-fields/custom-field-definition.entity';
import { coerceCustomFieldValue } from '../custom-fields/custom-field.service';
import { TicketFieldValue } from '../custom-fields/ticket-field-value.entity';
import { parseDefinition, parseMappings, type FormMappings, type IntakeFormReadService } from '../forms/intake-form.service';
import { attachFiles, checkAttachmentIds } from '../attachments/attach-files';
import { enqueueEmail } from '../outbox/outbox.service';
import { fileAnswerIds, portalAnswers } from './ticket-answers';
import { ticketCreatedEmail } from './ticket-mail';
import { TicketEvent } from './ticket-event.entity';
import { TicketMessage } from './ticket-message.entity';
import { messageBody, nextTicketNumber, ticketChange, ticketEvent } from './ticket-store';
import { applyClock } from '../service-levels/ticket-clock';
import { Ticket } from './ticket.entity';
import type { ContactScope } from '../../auth/viewer';

/** What the submission service needs. */
export interface TicketSubmissionDeps {
  tenant: TenantData;
  forms: IntakeFormReadService;
  config: Readonly<Config>;
  urls: PublicUrls;
  log: Pick<Logger, 'warn'>;
  replies: ReplyAddresses;
  /** Called after a commit that queued mail. */
  onMailQueued(): void;
}

const SUBJECT_MAX = 200;

/** Turns a contact's answers to an intake form into a ticket. */
export class TicketSubmissionService {
  constructor(private readonly deps: TicketSubmissionDeps) {}

  /**
   * Judges the answers against the exact form version the contact was shown, then writes the
   * ticket, its first message, its "created" event, its mapped custom fields and the confirmation
   * email in one transaction. Files (`attachmentIds`, and the answers to visible file fields) are
   * attached to the first message; a refused file rolls the whole request back.
   */
  async submit(scope: ContactScope, input: { formVersionId: string; answers: unknown; attachmentIds?: string[] | null }): Promise<Ticket> {
    const { tenant, forms, config, urls } = this.deps;
    const givenIds = checkAttachmentIds(input.attachmentIds ?? []);
    const organization = scope.organization;
    const ticket = await tenant.run(scope.organizationId, async (tx) => {
      // Both nest in this transaction (PGlite has one connection; a second transaction would wait forever).
      const portalOrigin = await urls.portalOrigin(organization);
      const version = await forms.findSubmittableVersion(scope.organizationId, input.formVersionId);
      if (!version?.form) throw notFound('Form');
      const definition = parseDefinition(version);
      const result = evaluateSubmission(definition, input.answers);
      if (!result.ok) throw answersRefused(result.errors);
      const answers = compact(result.answers);
      const mappings = parseMappings(version.mappings);
      const subject = subjectOf(answers, mappings, version.form.name);
      const description = descriptionOf(definition, answers, mappings, version.form.name);
      const fileIds = checkAttachmentIds(union(givenIds, fileAnswerIds(definition, answers)));

      const requester = await tx.findOneBy(Contact, { id: scope.contactId });
      if (!requester) throw new Error(`contact ${scope.contactId} not found in its own organization`);
      const number = await nextTicketNumber(tx);
      const saved = await tx.insert(Ticket, {
        number,
        subject,
        status: 'new',
        priority: 'normal',
        requesterId: requester.id,
        // Sharing follows the company the request was raised in, not wherever the requester moves later.
        companyId: requester.companyId,
        formVersionId: version.id,
        answers,
      });
      const message = await tx.insert(TicketMessage, {
        ticketId: saved.id,
        kind: 'public_reply',
        authorContactId: requester.id,
        body: description,
      });
      await attachFiles(tx, { contactId: requester.id }, message.id, fileIds);
      await tx.insert(TicketEvent, ticketEvent(saved, 'created', { contactId: requester.id }, { formVersionId: version.id }, true));
      await this.writeMappedFields(tx, saved, answers, mappings);
      await enqueueEmail(
        tx,
        ticketCreatedEmail({ organization, portalOrigin, config, replies: this.deps.replies }, saved, requester.email),
      );
      await tx.announce(ticketChange(saved));
      return startClock(tx, saved);
    });
    this.deps.onMailQueued();
    return ticket;
  }

  /**
   * A request that came by email, with the files stored from it (`attachmentIds`): no form (the ticket has no form version and no answers), the
   * email's subject and text as its subject and first message, and the usual confirmation, threaded
   * under the contact's own email (`inReplyTo`, its Message-ID).
   */
  async submitByEmail(
    scope: ContactScope,
    input: { subject: string; body: string; inReplyTo?: string; attachmentIds?: string[] },
  ): Promise<Ticket> {
    const { tenant, config, urls } = this.deps;
    const organization = scope.organization;
    const fileIds = checkAttachmentIds(input.attachmentIds ?? []);
    const body = messageBody(input.body, { hasFiles: fileIds.length > 0 });
    const subject = input.subject.replace(/\s+/g, ' ').trim().slice(0, SUBJECT_MAX) || '(no subject)';
    const ticket = await tenant.run(scope.organizationId, async (tx) => {
      const portalOrigin = await urls.portalOrigin(organization);
      const requester = await tx.findOneBy(Contact, { id: scope.contactId });
      if (!requester) throw new Error(`contact ${scope.contactId} not found in its own organization`);
      const number = await nextTicketNumber(tx);
      const saved = await tx.insert(Ticket, {
        number,
        subject,
        status: 'new',
        priority: 'normal',
        requesterId: requester.id,
        // Sharing follows the company the request was raised in, not wherever the requester moves later.
        companyId: requester.companyId,
        formVersionId: null,
        answers: {},
      });
      const message = await tx.insert(TicketMessage, {
        ticketId: saved.id,
        kind: 'public_reply',
        authorContactId: requester.id,
        body,
        channel: 'email',
      });
      await attachFiles(tx, { contactId: requester.id }, message.id, fileIds);
      await tx.insert(TicketEvent, ticketEvent(saved, 'created', { contactId: requester.id }, { channel: 'email' }, true));
      const sender = { organization, portalOrigin, config, replies: this.deps.replies };
      await enqueueEmail(tx, ticketCreatedEmail(sender, saved, requester.email, input.inReplyTo));
      await tx.announce(ticketChange(saved));
      return startClock(tx, saved);
    });
    this.deps.onMailQueued();
    return ticket;
  }

  // A mapping that no longer fits its custom field (renamed key, changed options) must not cost
  // the contact their request: the value is skipped and the mismatch logged for the admin.
  private async writeMappedFields(tx: TenantTx, ticket: Ticket, answers: Record<string, unknown>, mappings: FormMappings): Promise<void> {
    const wanted = Object.entries(mappings.customFields).filter(([formKey]) => answers[formKey] !== undefined);
    if (!wanted.length) return;
    const definitions = await tx.find(CustomFieldDefinition, {
      where: { key: In(wanted.map(([, fieldKey]) => fieldKey)), archivedAt: IsNull() },
    });
    const byKey = new Map(definitions.map((d) => [d.key, d]));
    const rows: DeepPartial<TicketFieldValue>[] = [];
    for (const [formKey, fieldKey] of wanted) {
      const definition = byKey.get(fieldKey);
      const coerced = definition ? coerceCustomFieldValue(definition, answers[formKey]) : null;
      if (!definition || !coerced?.ok || coerced.value === null) {
        this.deps.log.warn({ ticketId: ticket.id, formKey, fieldKey }, 'form mapping does not fit its custom field; value skipped');
        continue;
      }
      if (rows.some((r) => r.fieldId === definition.id)) continue;
      rows.push({ ticketId: ticket.id, fieldId: definition.id, value: coerced.value });
    }
    if (rows.length) await tx.insertMany(TicketFieldValue, rows);
  }
}

/** BAD_USER_INPUT listing every refused answer as `extensions.fields: [{ field, message, code }]`. */
function answersRefused(errors: SubmissionError[]): DomainError {
  const fields = errors.map((e) => ({ field: e.field, message: e.message, code: e.code }));
  const names = fields.map((f) => f.field).join(', ');
  return new DomainError(ErrorCode.BadUserInput, `Some answers need attention: ${names}.`, { fields });
}

function compact(answers: Answers): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null && v !== undefined));
}

function subjectOf(answers: Record<string, unknown>, mappings: FormMappings, formName: string): string {
  const mapped = mappings.subject ? answers[mappings.subject] : undefined;
  if (typeof mapped === 'string' && mapped !== '') {
    if (mapped.length > SUBJECT_MAX) {
      throw new DomainError(ErrorCode.BadUserInput, 'Some answers need attention.', {
        fields: [{ field: mappings.subject, message: `Enter at most ${SUBJECT_MAX} characters.`, code: 'too_long' }],
      });
    }
    return mapped;
  }
  return formName.slice(0, SUBJECT_MAX);
}

function descriptionOf(definition: FormDefinition, answers: Record<string, unknown>, mappings: FormMappings, formName: string): string {
  const mapped = mappings.description ? answers[mappings.description] : undefined;
  if (typeof mapped === 'string' && mapped !== '') return mapped;
  const lines = portalAnswers(definition, answers).map((a) => `${a.label}: ${a.value}`);
  return lines.length ? lines.join('\n') : `Submitted with the form "${formName}".`;
}

/** `a` then whatever of `b` is not in it: a file given both as an answer and in attachmentIds is attached once. */
function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b.map((id) => id.toLowerCase())])];
}

/** A new request's service-level clock: waiting for the first response from its creation, due times stored. */
async function startClock(tx: TenantTx, inserted: Ticket): Promise<Ticket> {
  const stored = await tx.findOneBy(Ticket, { id: inserted.id });
  if (!stored) throw new Error(`ticket ${inserted.id} vanished inside its own transaction`);
  return applyClock(tx, null, stored);
}
