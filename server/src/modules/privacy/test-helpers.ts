import type { DataSource } from 'typeorm';
import {
  buildAdmin,
  buildAgent,
  buildCompany,
  buildContact,
  buildCustomFieldDefinition,
  buildIntakeFormVersion,
  buildOrganization,
  buildOutgoingEmail,
  buildSignInToken,
  buildTicket,
  buildTicketCc,
  buildTicketFieldValue,
  buildTicketMessage,
} from '../../../test/factories';
import { ok, type Caller } from '../../../test/graphql';
import type { TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { PNG_BYTES, uploadAs } from '../../../test/uploads';
import type { Agent } from '../agents/agent.entity';
import type { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { SatisfactionSurvey } from '../satisfaction/satisfaction-survey.entity';

/** Words that must never reach a contact's export: each is planted where only agents or others may read it. */
export const NEVER_EXPORTED = {
  internalNote: 'INTERNAL-NOTE-never-exported',
  agentOnlyValue: 'AGENT-ONLY-VALUE-never-exported',
  otherTenantSubject: 'OTHER-TENANT-SUBJECT-never-exported',
  unrelatedSubject: 'UNRELATED-REQUEST-never-exported',
  signInSecret: 'SIGN-IN-SECRET-never-exported',
} as const;

/** A contact with something of every kind the product holds about a person, and the people around them. */
export interface PrivacyWorld {
  organization: Organization;
  admin: Agent;
  agent: Agent;
  wile: Contact;
  /** Wile's colleague, who writes on the request Wile is copied on. */
  road: Contact;
  raised: Ticket;
  copied: Ticket;
  /** Road's own request, Wile not on it. */
  unrelated: Ticket;
  wileCaller: Caller & { contact: Contact };
  /** Wile's files: one attached to his reply, one uploaded and not yet attached. */
  attachedFileId: string;
  unattachedFileId: string;
  /** A contact of another organization with Wile's very address. */
  twin: Contact;
}

/** The comment of Wile's rating. */
export const RATING_COMMENT = 'Fast and kind, thank you Ada';

/** Builds the PrivacyWorld in a fresh organization (and the twin's in another). */
export async function buildPrivacyWorld(app: TestApp): Promise<PrivacyWorld> {
  const db: DataSource = app.dataSource;
  const organization = await buildOrganization(db);
  const organizationId = organization.id;
  const company = await buildCompany(db, { organizationId, name: 'Coyote Ltd' });
  const stamp = organization.slug;
  const wile = await buildContact(db, {
    organizationId,
    name: 'Wile E. Coyote',
    email: `wile-${stamp}@coyote.test`,
    companyId: company.id,
    isCompanyManager: true,
  });
  const road = await buildContact(db, { organizationId, name: 'Road Runner', email: `road-${stamp}@coyote.test`, companyId: company.id });
  const admin = await buildAdmin(db, { organizationId, name: 'Ada Admin' });
  const agent = await buildAgent(db, { organizationId, name: 'Sam Agent' });

  const version = await buildIntakeFormVersion(db, { organizationId });
  const raised = await buildTicket(db, {
    organizationId,
    requesterId: wile.id,
    subject: 'Rocket skates explode',
    formVersionId: version.id,
    answers: { subject: 'Rocket skates explode', description: 'They went off at the cliff.' },
  });
  await buildTicketMessage(db, { ticketId: raised.id, body: 'They went off at the cliff.' });
  await buildTicketMessage(db, { ticketId: raised.id, authorAgentId: agent.id, body: 'Sorry to hear that, we are on it.' });
  await buildTicketMessage(db, { ticketId: raised.id, kind: 'internal_note', authorAgentId: agent.id, body: NEVER_EXPORTED.internalNote });
  const visible = await buildCustomFieldDefinition(db, { organizationId, label: 'Plan', visibleToContact: true });
  const hidden = await buildCustomFieldDefinition(db, { organizationId, label: 'Churn risk', visibleToContact: false });
  await buildTicketFieldValue(db, { ticketId: raised.id, fieldId: visible.id, value: 'Gold' });
  await buildTicketFieldValue(db, { ticketId: raised.id, fieldId: hidden.id, value: NEVER_EXPORTED.agentOnlyValue });

  const copied = await buildTicket(db, { organizationId, requesterId: road.id, subject: 'Anvil delivery late' });
  await buildTicketCc(db, { organizationId, ticketId: copied.id, contactId: wile.id });
  await buildTicketMessage(db, { ticketId: copied.id, body: 'Where is my anvil?' });
  const unrelated = await buildTicket(db, { organizationId, requesterId: road.id, subject: NEVER_EXPORTED.unrelatedSubject });

  const wileCaller = await signInAs(app, wile);
  const attachedFileId = await uploadAs(app, wileCaller, 'skates.png', PNG_BYTES);
  ok(
    await wileCaller.gql(
      `mutation ($n: Int!, $ids: [ID!]) { replyToTicket(number: $n, body: "Photo attached.", attachmentIds: $ids) { id } }`,
      {
        n: raised.number,
        ids: [attachedFileId],
      },
    ),
  );
  const unattachedFileId = await uploadAs(app, wileCaller, 'notes.txt', 'beep beep');
  await buildSignInToken(db, { organizationId, email: wile.email });
  await buildOutgoingEmail(db, {
    organizationId,
    toAddress: wile.email,
    subject: 'Your sign-in code',
    tag: 'sign-in',
    textBody: `Your code is ${NEVER_EXPORTED.signInSecret}`,
    secretParts: [NEVER_EXPORTED.signInSecret],
  });

  // Wile rated his solved request, with a comment (his words: exported, and erased with him).
  await db.getRepository(SatisfactionSurvey).save({
    organizationId,
    ticketId: raised.id,
    requesterId: wile.id,
    rating: 'good',
    comment: RATING_COMMENT,
    ratedAt: new Date(),
  });
  await db.getRepository(TicketEvent).save({
    organizationId,
    ticketId: raised.id,
    type: 'satisfaction_rated',
    actorContactId: wile.id,
    data: { rating: 'good', comment: RATING_COMMENT, from: null },
  });
  const other = await buildOrganization(db);
  const twin = await buildContact(db, { organizationId: other.id, name: 'Wile Twin', email: wile.email });
  await buildTicket(db, { organizationId: other.id, requesterId: twin.id, subject: NEVER_EXPORTED.otherTenantSubject });
  return { organization, admin, agent, wile, road, raised, copied, unrelated, wileCaller, attachedFileId, unattachedFileId, twin };
}
