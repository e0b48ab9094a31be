import EmailReplyParser from 'email-reply-parser';
import sanitizeHtml from 'sanitize-html';
import { REPLY_MARKER } from '../mail/reply-marker';
import { MAX_MESSAGE_LENGTH } from '../tickets/ticket-store';
import type { InboundMessage } from './postmark-inbound';

const BLOCK_END = /<\/(?:p|div|li|h[1-6]|tr|pre|blockquote|table)>|<br\s*\/?>|<hr\s*\/?>/gi;
const TRUNCATED = '\n\n[The rest of this email was cut: it was too long.]';

/**
 * The words of an inbound email, without what it quotes: for a reply, Postmark's
 * `StrippedTextReply` when it has one, else the text (or the HTML made text) cut at our "reply
 * above this line" marker and then by `email-reply-parser` (quoted history, "On … wrote:", the
 * signature). A new request keeps its whole text (a forwarded email is the request), cut only at
 * the marker, which is where a reply to one of our emails starts quoting it.
 */
export function inboundText(message: InboundMessage, kind: 'reply' | 'request'): string {
  const stripped = kind === 'reply' ? message.strippedTextReply.trim() : '';
  const source = stripped || message.textBody.trim() || htmlToPlainText(message.htmlBody);
  let text = cutAtMarker(normalize(source));
  if (kind === 'reply' && !stripped) text = new EmailReplyParser().parseReply(text);
  text = text.replace(/\n{3,}/g, '\n\n').trim();
  return text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH - TRUNCATED.length) + TRUNCATED : text;
}

/**
 * HTML mail as plain text, with the same sanitizer the knowledge base uses (sanitize-html): every
 * tag and attribute dropped, scripts and styles with their content; blocks keep their line breaks.
 */
export function htmlToPlainText(html: string): string {
  if (html.trim() === '') return '';
  const broken = html.replace(BLOCK_END, '$&\n');
  const text = sanitizeHtml(broken, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['style', 'script', 'textarea', 'option', 'head', 'title'],
  })
    // sanitize-html leaves these escaped in text; &amp; last so "&amp;lt;" stays "&lt;".
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Everything from the line that holds the marker on is our own email, quoted.
function cutAtMarker(text: string): string {
  const at = text.indexOf(REPLY_MARKER);
  if (at < 0) return text;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let before = text.slice(0, lineStart);
  // The client's "On <date>, <sender> wrote:" line (possibly wrapped) sits just above the quote.
  before = before.replace(/(?:^|\n)[^\n]*(?:\n[^\n]*)?wrote:\s*$/i, '\n');
  return before.trim();
}

function normalize(text: string): string {
  // NUL and lone surrogates are refused everywhere else (SECURITY.md 27); here they are dropped.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
