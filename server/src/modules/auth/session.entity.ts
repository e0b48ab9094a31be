import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';

/** A signed-in browser: a contact on one portal host, or an agent in the agent app. */
@Entity('sessions')
@Index('sessions_contact_idx', ['contactId'])
@Index('sessions_agent_idx', ['agentId'])
@Check('sessions_kind_check', `"kind" IN ('contact', 'agent')`)
@Check('sessions_one_principal', `num_nonnulls("contact_id", "agent_id") = 1`)
export class Session {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: 'contact' | 'agent';

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  agentId: string | null;

  /** SHA-256 of the cookie value; the cookie value itself is never stored. */
  @Index('sessions_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The session is only valid on the host it was created on. */
  @Column({ type: 'varchar', length: 253 })
  host: string;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Absolute expiry, fixed at sign-in. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
