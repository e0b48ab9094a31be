// Helpers for the ticket integration tests. They describe the app under test structurally (the
// harness in server/test/http.ts satisfies it) so that this file, which lives in src/, never pulls
// server/test into the server build.
import type { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { CrossTenantData } from '../../db/cross-tenant';
import { TenantData } from '../../db/tenant';
import { SessionService } from '../auth/session.service';
import { Contact } from '../contacts/contact.entity';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { Organization } from '../organizations/organization.entity';
import { OutgoingEmail } from '../outbox/outgoing-email.entity';

/** One GraphQL error as a client receives it. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** What a GraphQL call answered. */
export interface GqlResult<TData> {
  status: number;
  data: TData | null | undefined;
  errors: GqlError[];
}

/** The parts of the test app these helpers use (server/test/http.ts `TestApp`). */
export interface AppUnderTest {
  dataSource: DataSource;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { host?: string; cookie?: string },
  ): Promise<{ status: number; body: { data?: unknown; errors?: GqlError[] } }>;
}

/** Someone signed in, able to send GraphQL documents as themselves. */
export interface Caller {
  host: string;
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<TData>>;
}

/** Sends documents with no session at all. */
export function anonymous(app: AppUnderTest, host = 'acme.localhost'): Caller {
  return caller(app, host, undefined);
}

/** Starts a real session for a seeded contact (by organization slug and email) on their portal host. */
export async function signInContact(app: AppUnderTest, slug: string, email: string): Promise<Caller & { contact: Contact }> {
  const db = app.dataSource;
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  const contact = await db.getRepository(Contact).findOneByOrFail({ organizationId: organization.id, email });
  const host = `${slug}.localhost`;
  const { secret } = await new SessionService(new TenantData(db), new CrossTenantData(db)).create({
    organizationId: organization.id,
    host,
    kind: 'contact',
    contactId: contact.id,
  });
  return { ...caller(app, host, `ac_session=${secret}`), contact };
}

/** Starts a real session for a seeded agent in the agent app (host `localhost`). */
export async function signInAgent(app: AppUnderTest, slug: string, email: string): Promise<Caller & { agent: Agent }> {
  const db = app.dataSource;
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  const agent = await db.getRepository(Agent).findOneByOrFail({ organizationId: organization.id, email });
  const host = 'localhost';
  const { secret } = await new SessionService(new TenantData(db), new CrossTenantData(db)).create({
    organizationId: organization.id,
    host,
    kind: 'agent',
    agentId: agent.id,
  });
  return { ...caller(app, host, `ac_session=${secret}`), agent };
}

function caller(app: AppUnderTest, host: string, cookie: string | undefined): Caller {
  return {
    host,
    async gql<TData>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<TData>> {
      const res = await app.graphql(query, variables, { host, cookie });
      return { status: res.status, data: res.body.data as TData | null | undefined, errors: res.body.errors ?? [] };
    },
  };
}

/** The codes of a result's errors, in order. */
export function codes(result: GqlResult<unknown>): unknown[] {
  return result.errors.map((e) => e.extensions?.code);
}

/** The current published version of a seeded organization's intake form. */
export async function currentFormVersion(db: DataSource, slug: string): Promise<IntakeFormVersion> {
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  return db
    .getRepository(IntakeFormVersion)
    .createQueryBuilder('v')
    .innerJoinAndSelect('v.form', 'f')
    .where('v.organization_id = :id AND v.version = f.published_version', { id: organization.id })
    .getOneOrFail();
}

/** Queued emails to an address, newest first. */
export function emailsTo(db: DataSource, to: string): Promise<OutgoingEmail[]> {
  return db.getRepository(OutgoingEmail).find({ where: { toAddress: to }, order: { createdAt: 'DESC' } });
}

/**
 * Counts the SQL statements the data source runs. TypeORM hands every statement to its logger,
 * whatever the logging settings, so wrapping `logQuery` sees them all.
 */
export function statementCounter(db: DataSource): { readonly count: number; readonly statements: string[]; stop(): void } {
  const statements: string[] = [];
  const logger = db.logger;
  const original = logger.logQuery;
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
    return original.call(logger, query, parameters, queryRunner);
  };
  return {
    get count() {
      return statements.length;
    },
    statements,
    stop: () => {
      logger.logQuery = original;
    },
  };
}

/** Answers to the demo form (see db/seed/demo-form.ts) for a billing question; overrides win. */
export function billingAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Invoice shows the wrong amount',
    topic: 'billing',
    invoice_number: 'INV-1042',
    description: 'The invoice total is twice what I ordered.',
    ...overrides,
  };
}
