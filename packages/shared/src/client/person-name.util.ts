/** Someone as the apps know them: a name that may be missing, and (for agents) an email address. */
export interface NamedPerson {
  name?: string | null;
  email?: string | null;
}

/**
 * What to call a person on screen: their name, else their email address (a contact who wrote in by
 * email often has no name, and their address is what the agent knows them by), else `fallback`.
 */
export function personName(person: NamedPerson | null | undefined, fallback = ''): string {
  const name = person?.name?.trim();
  if (name) return name;
  return person?.email?.trim() || fallback;
}

/** Up to two initials for a small avatar: of the first and last word of the name, else the address's first letter. */
export function personInitials(person: NamedPerson | string | null | undefined): string {
  const label = typeof person === 'string' ? person : personName(person);
  const words = label.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0].toLocaleUpperCase() ?? '').join('') || '·';
}
