import { personName } from '../client/person-name.util';

/** The placeholders a canned reply may use, e.g. `{{requester.first_name}}`. */
export const MACRO_PLACEHOLDERS = [
  'requester.first_name',
  'requester.name',
  'requester.email',
  'ticket.number',
  'ticket.subject',
  'agent.first_name',
  'agent.name',
] as const;

/** One of MACRO_PLACEHOLDERS. */
export type MacroPlaceholder = (typeof MACRO_PLACEHOLDERS)[number];

/** What a canned reply is filled with: the ticket, its requester and the agent sending it. */
export interface MacroContext {
  requester: { name?: string | null; email?: string | null };
  ticket: { number: number; subject: string };
  agent: { name?: string | null; email?: string | null };
}

// `{{ name }}` with optional spaces; names are dotted words. Anything else in braces is left as text.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;

/** The placeholders in `body` that are not MACRO_PLACEHOLDERS, each once, in order of appearance. */
export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(MACRO_PLACEHOLDERS);
  const unknown: string[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    if (!known.has(match[1]) && !unknown.includes(match[1])) unknown.push(match[1]);
  }
  return unknown;
}

/** The first word of a person's name; a contact without a name is called by their address, as everywhere. */
function firstName(person: MacroContext['requester']): string {
  const name = person.name?.trim();
  return name ? name.split(/\s+/)[0] : personName(person);
}

/**
 * A canned reply with its placeholders filled in. The one renderer: the server renders what is
 * stored and the agent app previews with it. Unknown placeholders (refused when a macro is saved)
 * are left as written.
 */
export function renderMacro(body: string, context: MacroContext): string {
  const values: Record<MacroPlaceholder, string> = {
    'requester.first_name': firstName(context.requester),
    'requester.name': personName(context.requester),
    'requester.email': context.requester.email ?? '',
    'ticket.number': String(context.ticket.number),
    'ticket.subject': context.ticket.subject,
    'agent.first_name': firstName(context.agent),
    'agent.name': personName(context.agent),
  };
  return body.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name as MacroPlaceholder] : whole));
}
