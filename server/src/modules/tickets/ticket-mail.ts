import { formatByteSize } from '@actionconnect/shared';
import type { Config } from '../../config';
import type { ReplyAddresses } from '../inbound/reply-address';
import { renderBrandedEmail, type BrandedEmailContent } from '../mail/render-email';
import type { Organization } from '../organizations/organization.entity';
import type { QueuedEmail } from '../outbox/outbox.service';
import { RATING_WINDOW_DAYS, type RatingLinks } from '../satisfaction/satisfaction-survey';
import type { Ticket } from './ticket.entity';

/** What every ticket email needs: the organization's brand, where its portal is, and its reply addresses. */
export interface TicketMailSender {
  organization: Organization;
  /** From PublicUrls.portalOrigin: the organization's own host, never a request header. */
  portalOrigin: string;
  config: Pick<Config, 'mail'>;
  replies: ReplyAddresses;
}

/** The portal page of a request. */
export function requestUrl(portalOrigin: string, ticketNumber: number): string {
  return `${portalOrigin}/requests/${ticketNumber}`;
}

/** The logo emails show: a PNG (mail clients do not show SVG), versioned so a new logo is fetched anew. */
export function emailLogoUrl(portalOrigin: string, organization: Organization): string | undefined {
  const b = organization.branding;
  if (!b.logoContentType) return undefined;
  const version = b.logoUpdatedAt ? `?v=${b.logoUpdatedAt.getTime()}` : '';
  return `${portalOrigin}/branding/logo.png${version}`;
}

/**
 * "We received your request": sent to the requester when they submit. `inReplyTo` is the
 * Message-ID of the email that opened the request, when it came by email, so it threads there.
 */
export function ticketCreatedEmail(sender: TicketMailSender, ticket: Ticket, to: string, inReplyTo?: string): QueuedEmail {
  const replies = sender.replies.enabled;
  return build(
    sender,
    ticket,
    to,
    'ticket-created',
    `[#${ticket.number}] We received your request: ${ticket.subject}`,
    {
      heading: `We received your request #${ticket.number}`,
      paragraphs: [
        `Thank you for contacting ${displayName(sender)}. Your request "${ticket.subject}" is in our queue, and we will answer you by email.`,
      ],
      action: { label: 'View your request', url: requestUrl(sender.portalOrigin, ticket.number) },
      footer: replies ? 'To add anything, reply to this email.' : undefined,
    },
    { root: true, inReplyTo },
  );
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
  return build(sender, ticket, to, 'agent-reply', `[#${ticket.number}] Re: ${ticket.subject}`, {
    heading: `${agentName} replied to your request #${ticket.number}`,
    // A reply of files alone has no words: the list is the message.
    paragraphs: [...(body ? [body] : []), ...attached],
    action: { label: 'View and reply', url: requestUrl(sender.portalOrigin, ticket.number) },
    footer: sender.replies.enabled ? 'You can reply to this email, or answer in the portal.' : 'To answer, reply in the portal.',
  });
}

/**
 * Sent to the requester when their request is solved (by an agent, or by themselves in the portal),
 * asking "How did we do?". The Good and Bad links only open a page with that choice preselected;
 * nothing is recorded until the requester submits it there (scanners that follow links change nothing).
 */
export function ticketSolvedEmail(
  sender: TicketMailSender,
  ticket: Ticket,
  to: string,
  survey: RatingLinks,
  solvedBy: 'agent' | 'requester' = 'agent',
): QueuedEmail {
  const how = sender.replies.enabled ? 'reply to this email' : 'reply in the portal';
  const what = solvedBy === 'agent' ? `We marked "${ticket.subject}" as solved.` : `You marked "${ticket.subject}" as solved.`;
  const mail = build(sender, ticket, to, 'ticket-solved', `[#${ticket.number}] Solved: ${ticket.subject}`, {
    heading: `Your request #${ticket.number} is solved`,
    paragraphs: [
      `${what} If you still need help, ${how} and the request opens again.`,
      `How did we do? Choose one; you can add a comment on the next page, and change your answer for ${RATING_WINDOW_DAYS} days.`,
    ],
    choices: [
      { label: 'Good, I’m satisfied', url: survey.good },
      { label: 'Bad, I’m not satisfied', url: survey.bad },
    ],
    footer: `View your request: ${requestUrl(sender.portalOrigin, ticket.number)}`,
  });
  return { ...mail, secrets: [survey.token] };
}

/**
 * Sent to the requester of a ticket an agent merged into another (issue 17.4): the conversation
 * goes on in the target, so the email threads there and links to it.
 */
export function ticketMergedEmail(sender: TicketMailSender, source: Ticket, target: Ticket, to: string): QueuedEmail {
  return build(
    sender,
    target,
    to,
    'ticket-merged',
    `[#${target.number}] Your request #${source.number} was merged into #${target.number}`,
    {
      heading: `Your request #${source.number} was merged into #${target.number}`,
      paragraphs: [
        `We handle "${source.subject}" together with request #${target.number}, "${target.subject}". Its messages are there now, and we will answer you there.`,
      ],
      action: { label: `View request #${target.number}`, url: requestUrl(sender.portalOrigin, target.number) },
    },
  );
}

/**
 * The answer to a reply by email on a closed request: nothing was added, open a new one. Replying to
 * this email opens one (its Reply-To is the organization's requests address).
 */
export function ticketClosedEmail(sender: TicketMailSender, ticket: Ticket, to: string): QueuedEmail {
  const mail = build(sender, ticket, to, 'ticket-closed', `[#${ticket.number}] This request is closed: ${ticket.subject}`, {
    heading: `Your request #${ticket.number} is closed`,
    paragraphs: [
      `We received your email, but "${ticket.subject}" is closed, so your message was not added to it.`,
      'If you still need help, open a new request. You can also reply to this email to send us a new request.',
    ],
    action: { label: 'Open a new request', url: `${sender.portalOrigin}/requests/new` },
  });
  return { ...mail, replyTo: sender.replies.requestAddress(sender.organization) };
}

function displayName(sender: TicketMailSender): string {
  return sender.organization.branding.displayName ?? sender.organization.name;
}

function build(
  sender: TicketMailSender,
  ticket: Ticket,
  to: string,
  tag: string,
  subject: string,
  content: Pick<BrandedEmailContent, 'heading' | 'paragraphs' | 'action' | 'choices' | 'footer'>,
  thread: { root?: boolean; inReplyTo?: string } = {},
): QueuedEmail {
  const b = sender.organization.branding;
  const name = displayName(sender);
  const replyTo = sender.replies.replyAddress(sender.organization, ticket);
  const rendered = renderBrandedEmail({
    organizationName: name,
    logoUrl: emailLogoUrl(sender.portalOrigin, sender.organization),
    primaryColor: b.primaryColor,
    replyMarker: replyTo !== null,
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
    replyTo,
    headers: threadHeaders(sender.replies, ticket, thread),
  };
}

// Every email of a ticket names the ticket's root Message-ID, which the first one (the
// confirmation) carries itself, so mail clients put them in one conversation.
function threadHeaders(replies: ReplyAddresses, ticket: Ticket, thread: { root?: boolean; inReplyTo?: string }): Record<string, string> {
  const root = replies.threadRoot(ticket.id);
  const origin = thread.inReplyTo && isMessageId(thread.inReplyTo) ? thread.inReplyTo : null;
  if (thread.root) {
    return { 'Message-ID': root, ...(origin ? { 'In-Reply-To': origin, References: origin } : {}) };
  }
  return { 'Message-ID': replies.newMessageId(), 'In-Reply-To': root, References: root };
}

// One `<id@domain>` and nothing a header could be split on.
function isMessageId(value: string): boolean {
  return /^<[^\s<>@]{1,200}@[^\s<>@]{1,200}>$/.test(value);
}
