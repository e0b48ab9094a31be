/** One email, already rendered, ready for a transport to hand to a provider. */
export interface OutgoingMail {
  /** A single recipient address; transports refuse lists so a crafted address cannot fan out. */
  to: string;
  from: string;
  /** Display name shown beside `from`, e.g. the organization's name. */
  fromName?: string;
  /** Where replies go (one address); absent means the From address. */
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Provider-side category, used for bounce and open statistics. */
  tag?: string;
  /** Postmark message stream; transactional mail must not share a stream with broadcasts. */
  messageStream?: string;
  headers?: Record<string, string>;
  /** Provider-side metadata (Postmark `Metadata`), e.g. the outbox row and idempotency key, so duplicates can be found. */
  metadata?: Record<string, string>;
}

/** Result of a provider accepting a message. */
export interface MailSendResult {
  /** The provider's id for the message, kept so bounce webhooks can be matched to it. */
  providerMessageId: string | null;
}

/** Something that can deliver an `OutgoingMail`: Postmark in production, a fake in tests. */
export interface MailTransport {
  name: string;
  /**
   * True only for the development outbox, whose stored rows are the inbox a developer reads: it
   * keeps sign-in links and codes. Every real transport has them cut from the stored email once sent.
   */
  keepsSecrets?: boolean;
  send(mail: OutgoingMail): Promise<MailSendResult>;
}

/** Details the mail queue needs to decide whether to try a failed send again. */
export interface MailDeliveryErrorDetails {
  retryable: boolean;
  /** HTTP status from the provider; absent when no response arrived (timeout, refused connection). */
  status?: number;
  /** Provider's own error code, e.g. Postmark's 406 for an inactive recipient. */
  providerCode?: number;
  /** How long the provider asked us to wait (`Retry-After` on a 429 or 503), in milliseconds. */
  retryAfterMs?: number;
}

/** A send that failed; `retryable` tells the queue whether backing off and trying again can help. */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  readonly retryable: boolean;
  readonly status?: number;
  readonly providerCode?: number;
  readonly retryAfterMs?: number;

  constructor(message: string, details: MailDeliveryErrorDetails) {
    super(message);
    this.retryable = details.retryable;
    if (details.status !== undefined) this.status = details.status;
    if (details.providerCode !== undefined) this.providerCode = details.providerCode;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}
