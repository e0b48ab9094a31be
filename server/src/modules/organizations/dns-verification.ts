import { Resolver } from 'node:dns/promises';

/** The label under the custom domain where the admin publishes the verification token. */
export const CHALLENGE_LABEL = '_actionconnect-challenge';

/** Looks up TXT records: each record is a list of character-strings, joined by the caller. */
export type TxtLookup = (name: string) => Promise<string[][]>;

/** What a verification attempt found. */
export interface TxtCheck {
  verified: boolean;
  /** Why not, in words for the admin (or what to do next). */
  message: string;
  /** The resolver's error code when DNS itself failed (timeouts, refused, SERVFAIL). */
  dnsError?: string;
}

/** The TXT record name for a domain: `_actionconnect-challenge.support.acme.com`. */
export function challengeName(hostname: string): string {
  return `${CHALLENGE_LABEL}.${hostname}`;
}

/**
 * TXT lookups through the configured server (DNS_RESOLVER, `host:port`), or the system's resolvers
 * when none is set. A fresh Resolver per lookup keeps a slow answer from holding up another.
 */
export function createTxtLookup(dnsResolver: string | null): TxtLookup {
  return (name) => {
    const resolver = new Resolver({ timeout: 3000, tries: 2 });
    if (dnsResolver) resolver.setServers([dnsResolver]);
    return resolver.resolveTxt(name);
  };
}

// Some DNS dashboards store the quotes people paste around a TXT value: accept them.
const unquote = (value: string): string =>
  value
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();

/** Whether a TXT record at the challenge name holds exactly the domain's token. */
export async function checkVerificationRecord(lookup: TxtLookup, hostname: string, token: string): Promise<TxtCheck> {
  const name = challengeName(hostname);
  let records: string[][];
  try {
    records = await lookup(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    if (code === 'ENOTFOUND' || code === 'ENODATA') {
      return {
        verified: false,
        message: `No TXT record was found at ${name} yet. Create it with the value shown, then verify again; new DNS records can take a few minutes to an hour to appear.`,
      };
    }
    return { verified: false, dnsError: code, message: `DNS did not answer for ${name} (${code}). Try again in a few minutes.` };
  }
  if (records.some((chunks) => unquote(chunks.join('')) === token)) {
    return { verified: true, message: 'Domain verified.' };
  }
  return {
    verified: false,
    message: `A TXT record exists at ${name}, but none holds this domain's token. Set its value to exactly ${token} and verify again.`,
  };
}
