import { mentionedAgents } from '@actionconnect/shared';
import type { TenantTx } from '../../db/tenant';
import { Agent } from '../agents/agent.entity';
import { renderBrandedEmail } from '../mail/render-email';
import type { Organization } from '../organizations/organization.entity';
import { enqueueEmail } from '../outbox/outbox.service';
import type { Ticket } from '../tickets/ticket.entity';
import { Notification } from './notification.entity';

// Writing notifications (issue 17.8), always inside the transaction of the change that causes
// them, so a notification exists exactly when its change does. Nobody is notified of their own act.

/** "Assigned to you": when someone else assigns the ticket to an agent. */
export async function notifyAssigned(tx: TenantTx, ticket: Ticket, assigneeId: string | null, actorAgentId: string): Promise<void> {
  if (!assigneeId || assigneeId === actorAgentId) return;
  await tx.insert(Notification, { agentId: assigneeId, ticketId: ticket.id, kind: 'assigned', actorAgentId });
}

/** "New reply on your ticket": a requester's or CC's reply on a ticket assigned to someone. */
export async function notifyReply(tx: TenantTx, ticket: Ticket, actorContactId: string): Promise<void> {
  if (!ticket.assigneeId) return;
  await tx.insert(Notification, { agentId: ticket.assigneeId, ticketId: ticket.id, kind: 'reply', actorContactId });
}

/** Where a mention email's link points, and who it comes from. */
export interface MentionMail {
  organization: Organization;
  from: string;
  /** The agent app's origin (PublicUrls.appOrigin). */
  appOrigin: string;
}

/**
 * "Mentioned you": each agent of the organization an internal note names (`@name`, `@email`, see
 * packages/shared mentions), except its author; emailed too to those who asked for it. Returns
 * whether mail was queued.
 */
export async function notifyMentions(
  tx: TenantTx,
  ticket: Ticket,
  body: string,
  author: { id: string; name: string },
  mail: MentionMail,
): Promise<boolean> {
  if (!body.includes('@')) return false;
  // The organization's agents only: row-level security and the transaction's organization see to it.
  const agents = await tx.find(Agent, { select: { id: true, name: true, email: true, notifyMentionsByEmail: true } });
  const mentioned = mentionedAgents(body, agents).filter((a) => a.id !== author.id);
  if (!mentioned.length) return false;
  await tx.insertMany(
    Notification,
    mentioned.map((a) => ({ agentId: a.id, ticketId: ticket.id, kind: 'mention' as const, actorAgentId: author.id })),
  );
  const byEmail = mentioned.filter((a) => a.notifyMentionsByEmail);
  for (const agent of byEmail) await enqueueEmail(tx, mentionEmail(mail, ticket, agent.email, author.name, body));
  return byEmail.length > 0;
}

function mentionEmail(mail: MentionMail, ticket: Ticket, to: string, authorName: string, body: string) {
  const name = mail.organization.branding.displayName ?? mail.organization.name;
  const rendered = renderBrandedEmail({
    organizationName: name,
    primaryColor: mail.organization.branding.primaryColor,
    heading: `${authorName} mentioned you on #${ticket.number}`,
    paragraphs: [`In an internal note on "${ticket.subject}":`, body],
    action: { label: `Open ticket #${ticket.number}`, url: `${mail.appOrigin}/agent/tickets/t/${ticket.number}` },
    footer: 'You get these emails because you turned them on in your settings.',
  });
  return {
    to,
    from: mail.from,
    fromName: name,
    subject: `[#${ticket.number}] ${authorName} mentioned you: ${ticket.subject}`.replace(/[\r\n]+/g, ' ').slice(0, 300),
    html: rendered.html,
    text: rendered.text,
    tag: 'agent-mention',
  };
}
