// Mentions in internal notes (issue 17.8): the one place `@name` and `@email` are read, for the
// server (who to notify) and the agent app (to highlight them) alike.

/** An agent a note may mention. */
export interface MentionableAgent {
  id: string;
  name: string;
  email: string;
}

// `@` at the start or after a space or punctuation (not inside an address like a@b.c), then an email
// address or a name word: letters, digits, dots, dashes, underscores.
const MENTION = /(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}_.+-]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu;

/** The raw mentions of a text, lower-cased, without the `@`, each once: `@Alex`, `@alex@acme.test`. */
export function mentionTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const match of text.matchAll(MENTION)) tokens.add(match[1].replace(/[.-]+$/, '').toLowerCase());
  tokens.delete('');
  return [...tokens];
}

const squash = (value: string) => value.toLowerCase().replace(/[\s.'_-]+/g, '');

/**
 * The agents a text mentions, in the order given: `@email` (exactly), `@FullName` or
 * `@full.name` (spaces, dots, dashes ignored), or `@first` when one agent alone has that first name.
 */
export function mentionedAgents<A extends MentionableAgent>(text: string, agents: readonly A[]): A[] {
  const tokens = mentionTokens(text);
  if (!tokens.length) return [];
  const firstNames = new Map<string, number>();
  for (const agent of agents) {
    const first = squash(agent.name.trim().split(/\s+/)[0] ?? '');
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  return agents.filter((agent) => {
    const first = squash(agent.name.trim().split(/\s+/)[0] ?? '');
    return tokens.some(
      (token) =>
        token === agent.email.toLowerCase() ||
        squash(token) === squash(agent.name) ||
        (squash(token) === first && first !== '' && firstNames.get(first) === 1),
    );
  });
}
