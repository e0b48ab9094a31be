// Organizations, people and what signs them in, queued emails, and the helpers every factory uses.
import { randomBytes } from 'node:crypto';
import { DataSource, type DeepPartial, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { Agent } from '../../src/modules/agents/agent.entity';
import { SESSION_POLICY } from '../../src/modules/auth/session.service';
import { Session } from '../../src/modules/auth/session.entity';
import { SignInToken } from '../../src/modules/auth/sign-in-token.entity';
import { newCode, newSecret, sha256 } from '../../src/modules/auth/tokens';
import { Contact } from '../../src/modules/contacts/contact.entity';
import { CustomDomain } from '../../src/modules/organizations/custom-domain.entity';
import { Organization } from '../../src/modules/organizations/organization.entity';
import { OutgoingEmail } from '../../src/modules/outbox/outgoing-email.entity';

/** Anything that can write: a data source or the manager of an open transaction. */
export type Writer = DataSource | EntityManager;

let sequence = 0;

/** A short value unique within this process and across parallel test files sharing one database server. */
export function unique(): string {
  sequence += 1;
  return `${sequence}${randomBytes(3).toString('hex')}`;
}

export function managerOf(m: Writer): EntityManager {
  return m instanceof DataSource ? m.manager : m;
}

export function save<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, fields: NoInfer<DeepPartial<T>>): Promise<T> {
  const row: T = em.create(entity, fields);
  return em.save(row);
}

/** The organization given, or a new one. */
export async function organizationIdOf(em: EntityManager, organizationId: string | undefined): Promise<string> {
  return organizationId ?? (await buildOrganization(em)).id;
}

/** The row `id` names (with its organization), or a new one from `build` (in `organizationId` when given). */
export async function rowOrBuild<T extends ObjectLiteral & { id: string; organizationId: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string | undefined,
  organizationId: string | undefined,
  build: (em: EntityManager, overrides: { organizationId?: string }) => Promise<T>,
): Promise<T> {
  return id ? em.findOneByOrFail(entity, { id } as FindOptionsWhere<T>) : build(em, { organizationId });
}

/** Saves an organization with a unique slug and default branding; overrides win. */
export async function buildOrganization(m: Writer, overrides: DeepPartial<Organization> = {}): Promise<Organization> {
  const id = unique();
  const { branding, ...rest } = overrides;
  return save(managerOf(m), Organization, {
    slug: `org-${id}`,
    name: `Organization ${id}`,
    ...rest,
    branding: { displayName: null, primaryColor: '#2563eb', accentColor: '#0f172a', ...branding },
  });
}

/** Saves a verified custom domain with a unique hostname, creating an organization unless `organizationId` is given. */
export async function buildCustomDomain(m: Writer, overrides: DeepPartial<CustomDomain> = {}): Promise<CustomDomain> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  return save(em, CustomDomain, {
    hostname: `help-${id}.example.test`,
    verificationToken: `ac-verify-${randomBytes(16).toString('hex')}`,
    verifiedAt: new Date(),
    isPrimary: false,
    ...overrides,
    organizationId,
  });
}

/** Saves an agent (role `agent`), creating an organization unless `organizationId` is given. */
export async function buildAgent(m: Writer, overrides: DeepPartial<Agent> = {}): Promise<Agent> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  return save(em, Agent, { email: `agent-${id}@example.test`, name: `Agent ${id}`, role: 'agent', ...overrides, organizationId });
}

/** Saves an agent with the role `admin`; otherwise as buildAgent. */
export function buildAdmin(m: Writer, overrides: DeepPartial<Agent> = {}): Promise<Agent> {
  return buildAgent(m, { role: 'admin', ...overrides });
}

/** Saves a contact, creating an organization unless `organizationId` is given. */
export async function buildContact(m: Writer, overrides: DeepPartial<Contact> = {}): Promise<Contact> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  return save(em, Contact, { email: `contact-${id}@example.test`, name: `Contact ${id}`, ...overrides, organizationId });
}

/**
 * Saves a live session and returns it with the secret its cookie carries (`ac_session=<secret>`).
 * It signs in the agent given (`agentId`, kind `agent`, host `localhost`), else the contact given
 * or a new one (kind `contact`, host `<slug>.localhost`).
 */
export async function buildSession(m: Writer, overrides: DeepPartial<Session> = {}): Promise<Session & { secret: string }> {
  const em = managerOf(m);
  const kind = overrides.kind ?? (overrides.agentId ? 'agent' : 'contact');
  let organizationId = overrides.organizationId;
  let contactId: string | null = null;
  let agentId: string | null = null;
  if (kind === 'agent') {
    const agent = overrides.agentId ? await em.findOneByOrFail(Agent, { id: overrides.agentId }) : await buildAgent(em, { organizationId });
    agentId = agent.id;
    organizationId = agent.organizationId;
  } else {
    const contact = overrides.contactId
      ? await em.findOneByOrFail(Contact, { id: overrides.contactId })
      : await buildContact(em, { organizationId });
    contactId = contact.id;
    organizationId = contact.organizationId;
  }
  const organization = await em.findOneByOrFail(Organization, { id: organizationId });
  const secret = newSecret();
  const now = new Date();
  const session = await save(em, Session, {
    host: kind === 'agent' ? 'localhost' : `${organization.slug}.localhost`,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_POLICY[kind].absoluteMs),
    revokedAt: null,
    ...overrides,
    kind,
    organizationId,
    contactId,
    agentId,
    tokenHash: sha256(secret),
  });
  return Object.assign(session, { secret });
}

/**
 * Saves an unspent portal sign-in token (15 minutes to live) and returns it with the link secret
 * and the six-digit code it stands for, hashed as the product hashes them.
 */
export async function buildSignInToken(
  m: Writer,
  overrides: DeepPartial<SignInToken> = {},
): Promise<SignInToken & { secret: string; code: string }> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const organization = await em.findOneByOrFail(Organization, { id: organizationId });
  const purpose = overrides.purpose ?? 'portal';
  const secret = newSecret();
  const code = newCode();
  const token = await save(em, SignInToken, {
    email: `contact-${unique()}@example.test`,
    returnPath: '/',
    host: purpose === 'agent' ? 'localhost' : `${organization.slug}.localhost`,
    expiresAt: new Date(Date.now() + 15 * 60_000),
    consumedAt: null,
    ...overrides,
    organizationId,
    purpose,
    tokenHash: sha256(secret),
    codeHash: sha256(`${code}:${sha256(secret)}`),
  });
  return Object.assign(token, { secret, code });
}

/** Saves a queued email with a unique address, to no organization unless `organizationId` is given. */
export async function buildOutgoingEmail(m: Writer, overrides: DeepPartial<OutgoingEmail> = {}): Promise<OutgoingEmail> {
  const id = unique();
  return save(managerOf(m), OutgoingEmail, {
    organizationId: null,
    toAddress: `someone-${id}@example.test`,
    fromAddress: 'support@example.test',
    fromName: 'Support',
    subject: `Email ${id}`,
    htmlBody: `<p>Email ${id}</p>`,
    textBody: `Email ${id}`,
    tag: 'test',
    status: 'queued',
    ...overrides,
  });
}
