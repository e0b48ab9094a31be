import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';

/** Who may sign in to the portal: anyone with an email (contact made on first sign-in), or only known contacts. */
export type PortalAccess = 'anyone' | 'known_contacts';

/** When a visitor confirms their email on the request form: on sending it, or before opening it. */
export type RequestSignIn = 'at_submit' | 'first';
/** Who may read published articles. */
export type KnowledgeBaseVisibility = 'public' | 'signed_in';

/** The look of an organization's portal and emails. */
export class Branding {
  @Column({ type: 'varchar', length: 120, nullable: true })
  displayName: string | null;

  @Column({ type: 'varchar', length: 7, default: '#2563eb' })
  primaryColor: string;

  /** Text colour on the primary colour, chosen by an admin; null lets the product pick black or white. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  primaryTextColor: string | null;

  @Column({ type: 'varchar', length: 7, default: '#0f172a' })
  accentColor: string;

  @Column({ type: 'varchar', length: 200, default: 'How can we help?' })
  welcomeHeadline: string;

  @Column({ type: 'text', default: '' })
  welcomeIntro: string;

  @Column({ type: 'text', default: '' })
  signInText: string;

  @Column({ type: 'text', default: '' })
  footerText: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  logoContentType: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  logoData: Buffer | null;

  @Column({ type: 'timestamptz', nullable: true })
  logoUpdatedAt: Date | null;
}

/** A tenant: one company whose contacts use its portal and whose agents work its tickets. */
@Check('organizations_request_sign_in_check', `"request_sign_in" IN ('at_submit', 'first')`)
@Entity('organizations')
// Declared by migration 1796700200000-request-sign-in; said here too so the schema-drift test sees it.
@Check('organizations_request_sign_in_check', `"request_sign_in" IN ('at_submit', 'first')`)
export class Organization {
  @IdColumn()
  id: string;

  @Index('organizations_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column(() => Branding, { prefix: 'brand' })
  branding: Branding;

  @Column({ type: 'varchar', length: 20, default: 'anyone' })
  portalAccess: PortalAccess;

  @Column({ type: 'varchar', length: 20, default: 'public' })
  knowledgeBaseVisibility: KnowledgeBaseVisibility;

  @Column({ type: 'varchar', length: 12, default: 'at_submit' })
  requestSignIn: RequestSignIn;

  /**
   * Routes mail to the organization: its requests-by-email address is `<mailbox>+<key>@<inbound
   * domain>`, and every reply address starts with it. Random, so organizations cannot be enumerated.
   */
  @Index('organizations_inbound_email_key_key', { unique: true })
  @Column({ type: 'varchar', length: 16, default: () => `"left"(encode(uuid_send(gen_random_uuid()), 'hex'), 10)` })
  inboundEmailKey: string;

  /**
   * File name extensions (lowercase, no dot) uploads may not have; null for the default list of
   * programs and scripts (`BLOCKED_EXTENSIONS`). Read fresh on every upload, never from the host cache.
   */
  @Column({ type: 'varchar', length: 16, array: true, nullable: true })
  blockedFileExtensions: string[] | null;

  /** Contacts may copy addresses outside their own company on a request (agents always may). */
  @Column({ type: 'boolean', default: false })
  ccOutsideCompany: boolean;

  /** A bad satisfaction rating reopens the request (issue 14.4); off unless an admin turns it on. */
  @Column({ type: 'boolean', default: false })
  badRatingReopens: boolean;

  /** Last ticket number handed out; incremented under a row lock so numbers are gap-free per organization. */
  @Column({ type: 'integer', default: 0 })
  lastTicketNumber: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
