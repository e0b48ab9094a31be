import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Signer } from '../../auth/signer';
import { base32Encode } from '../auth/totp';
import type { InboundMailConfig } from '../../config';

/** The parts of an organization its addresses are built from. */
export interface AddressedOrganization {
  id: string;
  inboundEmailKey: string;
}

/** What a `MailboxHash` names: an organization's key, and for a reply the ticket number and its MAC. */
export interface ParsedMailboxHash {
  organizationKey: string;
  reply: { number: number; mac: string } | null;
}

const KEY = /^[0-9a-f]{10,16}$/;
const MAC_CHARS = 16;
const MAC_CONTEXT = 'inbound-reply';

/**
 * The product's inbound addresses and thread headers (docs/security.md, "Replies by email").
 *
 * - Requests: `<mailbox>+<org key>@<domain>` — public by design, it is where customers write.
 * - Replies: `<mailbox>+<org key>-<ticket number>-<mac>@<domain>`, where the MAC is an HMAC
 *   (`Signer`, context `inbound-reply`) over the organization's and the ticket's ids, cut to 80 bits
 *   and written in lower-case base32 so a mail system that folds case cannot break it. Nothing is
 *   stored; knowing a ticket number (or a whole other address) does not let anyone make another.
 */
export class ReplyAddresses {
  constructor(
    private readonly inbound: InboundMailConfig | null,
    private readonly signer: Signer,
    /** Domain for Message-IDs when inbound mail is off (the From address's). */
    private readonly fallbackDomain: string,
  ) {}

  /** Whether replies by email are on (an inbound domain is configured). */
  get enabled(): boolean {
    return this.inbound !== null;
  }

  /** The organization's requests-by-email address, or null when inbound mail is off. */
  requestAddress(organization: AddressedOrganization): string | null {
    return this.address(organization.inboundEmailKey);
  }

  /** The Reply-To of every email about the ticket, or null when inbound mail is off. */
  replyAddress(organization: AddressedOrganization, ticket: { id: string; number: number }): string | null {
    if (!this.inbound) return null;
    return this.address(`${organization.inboundEmailKey}-${ticket.number}-${this.mac(organization.id, ticket.id)}`);
  }

  /** Reads a Postmark `MailboxHash`; null when it has no shape we hand out (a forgery or a typo). */
  parseMailboxHash(raw: string): ParsedMailboxHash | null {
    const hash = raw.trim().toLowerCase();
    const [organizationKey, number, mac, ...rest] = hash.split('-');
    if (!organizationKey || !KEY.test(organizationKey) || rest.length) return null;
    if (number === undefined && mac === undefined) return { organizationKey, reply: null };
    if (!number || !/^[1-9][0-9]{0,9}$/.test(number) || !mac || !/^[a-z2-7]+$/.test(mac) || mac.length !== MAC_CHARS) return null;
    return { organizationKey, reply: { number: Number(number), mac } };
  }

  /** Whether `mac` is ours for this ticket of this organization (constant time). */
  verifyReply(organizationId: string, ticketId: string, mac: string): boolean {
    const expected = Buffer.from(this.mac(organizationId, ticketId));
    const given = Buffer.from(mac.toLowerCase());
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The Message-ID every email about a ticket refers to (`In-Reply-To`, `References`): the thread's root. */
  threadRoot(ticketId: string): string {
    return `<ticket-${ticketId}@${this.domain()}>`;
  }

  /** A fresh Message-ID for one outgoing email. */
  newMessageId(): string {
    return `<${randomUUID()}@${this.domain()}>`;
  }

  private domain(): string {
    return this.inbound?.domain ?? this.fallbackDomain;
  }

  private address(hash: string): string | null {
    return this.inbound ? `${this.inbound.mailbox}+${hash}@${this.inbound.domain}` : null;
  }

  private mac(organizationId: string, ticketId: string): string {
    const bytes = Buffer.from(this.signer.sign(MAC_CONTEXT, `${organizationId}:${ticketId}`), 'base64url');
    // Lower case, so a mail system that folds case cannot break it.
    return base32Encode(bytes.subarray(0, (MAC_CHARS * 5) / 8)).toLowerCase();
  }
}
