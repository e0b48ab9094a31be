import { formatByteSize } from '@actionconnect/shared';
import type { Config } from '../../config';
import { renderBrandedEmail, type BrandedEmailContent } from '../mail/render-email';
import type { Organization } from '../organizations/organization.entity';
import type { QueuedEmail } from '../outbox/outbox.service';
import type { Ticket } from './ticket.entity';

/** What every ticket email needs: the organization's brand and where its portal is. */
export interface TicketMailSender {
  organization: Organization;
  /** From PublicUrls.portalOrigin: the organization's own host, never a request header. */
  portalOrigin: string;
  config: Pick<Config, 'mail'>;
}

/** The portal page of a request. */
export function requestUrl(portalOrigin: string, ticketNumber: number): string {
  return `${portalOrigin}/requests/${ticketNumber}`;
}

/** "We received your request": sent to the requester when they submit. */
export function ticketCreatedEmail(sender: TicketMailSender, ticket: Ticket, to: string): QueuedEmail {
  return build(sender, to, 'ticket-created', `[#${ticket.number}] We received your request: ${ticket.subject}`, {
    heading: `We received your request #${ticket.number}`,
    paragraphs: [
      `Thank you for contacting ${displayName(sender)}. Your request "${ticket.subject}" is in our queue, and we will answer you by email.`,
    ],
    action: { label: 'View your request', url: requestUrl(sender.portalOrigin, ticket.number) },
  });
}

/** A file named in an email; the email never carries the file or its download URL. */
export interface MailedFile {
  fileName: string;
  byteSize: number;
}

/**
 * An agent's public reply, emailed to the requester. Internal notes never come here. Attached files
 * are listed by name and size with the request's portal page, where the requester signs in to
 * download them (a download URL in a forwarded email would only meet a sign-in wall).
 */
export function agentReplyEmail(
  sender: TicketMailSender,
  ticket: Ticket,
  to: string,
  agentName: string,
  body: string,
  files: readonly MailedFile[] = [],
): QueuedEmail {
  const url = requestUrl(sender.portalOrigin, ticket.number);
  const listed = files.map((f) => `${f.fileName} (${formatByteSize(f.byteSize)})`);
  const attached = files.length
    ? [
        `${files.length === 1 ? 'Attached file' : `${files.length} attached files`}, to download from your request at ${url}:\n${listed.join('\n')}`,
      ]
    : [];
  return build(sender, to, 'agent-reply', `[#${ticket.number}] Re: ${ticket.subject}`, {
    heading: `${agentName} replied to your request #${ticket.number}`,
    // A reply of files alone has no words: the list is the message.
    paragraphs: [...(body ? [body] : []), ...attached],
    action: { label: 'View and reply', url: requestUrl(sender.portalOrigin, ticket.number) },
    footer: 'To answer, reply in the portal.',
  });
}

/** Sent when an agent marks a request solved. */
export function ticketSolvedEmail(sender: TicketMailSender, ticket: Ticket, to: string): QueuedEmail {
  return build(sender, to, 'ticket-solved', `[#${ticket.number}] Solved: ${ticket.subject}`, {
    heading: `Your request #${ticket.number} is solved`,
    paragraphs: [`We marked "${ticket.subject}" as solved. If you still need help, reply in the portal and the request opens again.`],
    action: { label: 'View your request', url: requestUrl(sender.portalOrigin, ticket.number) },
  });
}

function displayName(sender: TicketMailSender): string {
  return sender.organization.branding.displayName ?? sender.organization.name;
}

function build(
  sender: TicketMailSender,
  to: string,
  tag: string,
  subject: string,
  content: Pick<BrandedEmailContent, 'heading' | 'paragraphs' | 'action' | 'footer'>,
): QueuedEmail {
  const b = sender.organization.branding;
  const name = displayName(sender);
  const rendered = renderBrandedEmail({
    organizationName: name,
    logoUrl: b.logoContentType ? `${sender.portalOrigin}/branding/logo` : undefined,
    primaryColor: b.primaryColor,
    ...content,
  });
  return {
    to,
    from: sender.config.mail.from,
    fromName: name,
    // A subject is a header: no line breaks, and within the outbox column.
    subject: subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
    html: rendered.html,
    text: rendered.text,
    tag,
  };
}
