// Helpers for the knowledge-base integration tests. They describe the app under test structurally
// (server/test/http.ts satisfies it), so this file in src/ never pulls server/test into the build.
import type { DataSource } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { CrossTenantData } from '../../db/cross-tenant';
import { TenantData } from '../../db/tenant';
import { SessionService } from '../auth/session.service';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { ArticleCategory } from './article-category.entity';
import { Article, type ArticleStatus } from './article.entity';

/** One GraphQL error as a client receives it. */
export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** What a call answered, with the cookies the server set. */
export interface GqlResult<TData> {
  status: number;
  data: TData | null | undefined;
  errors: GqlError[];
  setCookies: string[];
}

/** The parts of the test app these helpers use. */
export interface AppUnderTest {
  dataSource: DataSource;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { host?: string; cookie?: string },
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: { data?: unknown; errors?: GqlError[] } }>;
}

/** Someone sending GraphQL documents: a visitor (keeping the cookies they are given), a contact or an agent. */
export interface Caller {
  host: string;
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<TData>>;
  /** The cookies this caller sends. */
  cookies: Map<string, string>;
}

/** A browser-like caller: sends its cookies and keeps the ones the server sets. */
export function visitor(app: AppUnderTest, host = 'acme.localhost', cookies = new Map<string, string>()): Caller {
  return {
    host,
    cookies,
    async gql<TData>(query: string, variables?: Record<string, unknown>) {
      const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') || undefined;
      const res = await app.graphql(query, variables, { host, cookie });
      const raw = res.headers['set-cookie'];
      const setCookies = Array.isArray(raw) ? raw : raw ? [raw] : [];
      for (const line of setCookies) {
        const [pair] = line.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
      }
      return { status: res.status, data: res.body.data as TData | null | undefined, errors: res.body.errors ?? [], setCookies };
    },
  };
}

/** A seeded contact signed in on their portal. */
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
  return { ...visitor(app, host, new Map([['ac_session', secret]])), contact };
}

/** A seeded agent signed in to the agent app. */
export async function signInAgent(app: AppUnderTest, slug: string, email: string): Promise<Caller & { agent: Agent }> {
  const db = app.dataSource;
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  const agent = await db.getRepository(Agent).findOneByOrFail({ organizationId: organization.id, email });
  const { secret } = await new SessionService(new TenantData(db), new CrossTenantData(db)).create({
    organizationId: organization.id,
    host: 'localhost',
    kind: 'agent',
    agentId: agent.id,
  });
  return { ...visitor(app, 'localhost', new Map([['ac_session', secret]])), agent };
}

/** The codes of a result's errors. */
export function codes(result: GqlResult<unknown>): unknown[] {
  return result.errors.map((e) => e.extensions?.code);
}

/** The data of a call that must succeed (fails the test with the errors otherwise). */
export function ok<TData>(result: GqlResult<TData>): TData {
  if (result.errors.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Saves an article in a seeded organization (rendered by the entity, indexed by the trigger). */
export async function saveArticle(
  db: DataSource,
  slug: string,
  fields: { title: string; bodyMarkdown: string; slug?: string; status?: ArticleStatus; categorySlug?: string },
): Promise<Article> {
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  const category = fields.categorySlug
    ? await db.getRepository(ArticleCategory).findOneByOrFail({ organizationId: organization.id, slug: fields.categorySlug })
    : null;
  const status = fields.status ?? 'published';
  const article = db.getRepository(Article).create({
    organizationId: organization.id,
    title: fields.title,
    slug:
      fields.slug ??
      fields.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    bodyMarkdown: fields.bodyMarkdown,
    status,
    categoryId: category?.id ?? null,
    publishedAt: status === 'published' ? new Date() : null,
  });
  return db.getRepository(Article).save(article);
}

/** A seeded article by organization and slug. */
export async function articleBySlug(db: DataSource, orgSlug: string, slug: string): Promise<Article> {
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug: orgSlug });
  return db.getRepository(Article).findOneByOrFail({ organizationId: organization.id, slug });
}

/** Sets who may read an organization's articles. */
export async function setVisibility(db: DataSource, orgSlug: string, visibility: 'public' | 'signed_in'): Promise<void> {
  await db.getRepository(Organization).update({ slug: orgSlug }, { knowledgeBaseVisibility: visibility });
}

/** Counts the SQL statements the data source runs (TypeORM hands every one to its logger). */
export function statementCounter(db: DataSource): { readonly count: number; stop(): void } {
  let count = 0;
  const logger = db.logger;
  const original = logger.logQuery;
  logger.logQuery = (query, parameters, queryRunner) => {
    count += 1;
    return original.call(logger, query, parameters, queryRunner);
  };
  return {
    get count() {
      return count;
    },
    stop() {
      logger.logQuery = original;
    },
  };
}
