import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';

/** What a token signs in to: a portal (contact) or the agent app. A token never crosses purposes. */
export type SignInPurpose = 'portal' | 'agent';

/** What another device answered for a pending sign-in. */
export type SignInApproval = 'approved' | 'refused';

/**
 * A pending magic-link sign-in. Only SHA-256 hashes of the link token and of the short code are
 * stored; the plain values exist only in the email.
 */
@Entity('sign_in_tokens')
@Index('sign_in_tokens_org_email_idx', ['organizationId', 'purpose', 'email'])
@Check('sign_in_tokens_purpose_check', `"purpose" IN ('portal', 'agent')`)
@Check('sign_in_tokens_approval_check', `"approval" IN ('approved', 'refused')`)
export class SignInToken {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  purpose: SignInPurpose;

  /** Normalized (lower-case) email the link was sent to. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Index('sign_in_tokens_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'integer', default: 0 })
  codeAttempts: number;

  /** Relative path to return to after sign-in (already checked by safeReturnPath). */
  @Column({ type: 'varchar', length: 500, default: '/' })
  returnPath: string;

  /** Host the sign-in was started on; the session is created for this host only. */
  @Column({ type: 'varchar', length: 253 })
  host: string;

  /**
   * SHA-256 of the network that asked for the link (IPv4 address or IPv6 /64). A new link voids only
   * the earlier ones asked for from the same network, so a stranger cannot void the owner's link.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requesterHash: string | null;

  /** SHA-256 of the waiting device's handle: the only key that claims a session approved on another device. */
  @Index('sign_in_tokens_waiting_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  waitingHash: string | null;

  /** The two-digit number the waiting device shows; the approving device must pick it. */
  @Column({ type: 'smallint', nullable: true })
  matchNumber: number | null;

  /** The three numbers the approving device offers, ascending and comma-separated ("17,42,83"). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  matchChoices: string | null;

  /** The one answer from another device: `approved` (right number) or `refused` (wrong number, or "not me"). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  approval: SignInApproval | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvalAnsweredAt: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
