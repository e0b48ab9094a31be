import http from 'node:http';
import { Agent } from '../src/modules/agents/agent.entity';
import { Contact } from '../src/modules/contacts/contact.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { visitor, type Caller } from './graphql';
import type { TestApp, TestResponse } from './http';

/** An agent signed in to the agent app (host `localhost`), with a real session started by the app's session service. */
export async function signInAs(app: TestApp, person: Agent): Promise<Caller & { agent: Agent }>;
/** A contact signed in on their organization's portal. */
export async function signInAs(app: TestApp, person: Contact): Promise<Caller & { contact: Contact }>;
export async function signInAs(app: TestApp, person: Contact | Agent): Promise<Caller & ({ contact: Contact } | { agent: Agent })> {
  const sessions = app.services.auth.sessions;
  // Agents have a role; contacts do not (the rows may be plain objects, so no instanceof).
  if (!('role' in person)) {
    const { slug } = await app.dataSource.getRepository(Organization).findOneByOrFail({ id: person.organizationId });
    const host = `${slug}.localhost`;
    const { secret } = await sessions.create({ organizationId: person.organizationId, host, kind: 'contact', contactId: person.id });
    return { ...visitor(app, host, new Map([['ac_session', secret]])), contact: person };
  }
  const { secret } = await sessions.create({ organizationId: person.organizationId, host: 'localhost', kind: 'agent', agentId: person.id });
  return { ...visitor(app, 'localhost', new Map([['ac_session', secret]])), agent: person };
}

/** A contact of an existing organization (by slug and email, e.g. the demo data's) signed in on its portal. */
export async function signInContact(app: TestApp, slug: string, email: string): Promise<Caller & { contact: Contact }> {
  const organization = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug });
  return signInAs(app, await app.dataSource.getRepository(Contact).findOneByOrFail({ organizationId: organization.id, email }));
}

/** An agent of an existing organization (by slug and email, e.g. the demo data's) signed in to the agent app. */
export async function signInAgent(app: TestApp, slug: string, email: string): Promise<Caller & { agent: Agent }> {
  const organization = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug });
  return signInAs(app, await app.dataSource.getRepository(Agent).findOneByOrFail({ organizationId: organization.id, email }));
}

/** The newest email sent to an address, with the link token and the code it carries. */
export async function latestSignInMail(
  app: TestApp,
  to: string,
): Promise<{ token: string; code: string; link: string; text: string; html: string; count: number }> {
  const rows: { text_body: string; html_body: string }[] = await app.dataSource.query(
    `SELECT text_body, html_body FROM outgoing_emails WHERE to_address = $1 AND tag = 'sign-in' ORDER BY created_at DESC`,
    [to],
  );
  if (!rows[0]) throw new Error(`no sign-in email to ${to}`);
  const text = rows[0].text_body;
  const link = /(https?:\/\/\S+\/auth\/confirm\?token=[A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
  return {
    token: /token=([A-Za-z0-9_-]+)/.exec(link)?.[1] ?? '',
    code: /^(\d{6})$/m.exec(text)?.[1] ?? '',
    link,
    text,
    html: rows[0].html_body,
    count: rows.length,
  };
}

/** The value a Set-Cookie header gives a cookie, or null. */
export function cookieFrom(res: TestResponse, name: string): string | null {
  const all = res.headers['set-cookie'] ?? [];
  for (const line of all) {
    const [pair] = line.split(';');
    const [k, v] = pair.split('=');
    if (k.trim() === name) return v ?? '';
  }
  return null;
}

/** The raw Set-Cookie line for a cookie. */
export function setCookieLine(res: TestResponse, name: string): string | undefined {
  return (res.headers['set-cookie'] ?? []).find((line) => line.startsWith(`${name}=`));
}

/** Opens a link (GET), then confirms it (POST) like a browser on that host; returns both responses. */
export async function followLink(
  app: TestApp,
  host: string,
  token: string,
): Promise<{ open: TestResponse; confirm: TestResponse; session: string | null }> {
  const open = await app.request(`/auth/confirm?token=${token}`, { host });
  const pending = cookieFrom(open, 'ac_signin') ?? '';
  const confirm = await app.request('/auth/confirm', {
    method: 'POST',
    host,
    headers: { cookie: `ac_signin=${pending}`, origin: `http://${host}:${app.port}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  return { open, confirm, session: cookieFrom(confirm, 'ac_session') };
}

/** A GraphQL answer read as plain JSON (errors with their extensions). */
export type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: Record<string, unknown> | null };

/**
 * A GraphQL request sent from a given loopback address (Linux routes all of 127.0.0.0/8 to lo), for
 * tests of limits per network.
 */
export function graphqlFrom(
  app: TestApp,
  localAddress: string,
  query: string,
  variables: Record<string, unknown>,
  host = 'acme.localhost',
): Promise<Answer> {
  const payload = Buffer.from(JSON.stringify({ query, variables }));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: app.port,
        localAddress,
        path: '/graphql',
        method: 'POST',
        headers: { host: `${host}:${app.port}`, 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export const REQUEST_PORTAL = `mutation ($email: String!, $returnPath: String) { requestPortalSignIn(input: { email: $email, returnPath: $returnPath }) { message codeLength } }`;
export const VERIFY_PORTAL = `mutation ($email: String!, $code: String!) { verifyPortalSignInCode(input: { email: $email, code: $code }) { returnPath } }`;
export const REQUEST_AGENT = `mutation ($workspace: String!, $email: String!) { requestAgentSignIn(input: { workspace: $workspace, email: $email }) { message } }`;
export const VERIFY_AGENT = `mutation ($workspace: String!, $email: String!, $code: String!) { verifyAgentSignInCode(input: { workspace: $workspace, email: $email, code: $code }) { returnPath } }`;
export const VIEWER = `{ viewer { kind contact { email } agent { email role } } }`;

/**
 * Everyone an admin-only operation must refuse, with the code each is answered: a non-admin agent
 * and a contact of the organization (FORBIDDEN), and anonymous visitors to the agent app and the
 * portal (UNAUTHENTICATED).
 */
export async function nonAdminCallers(app: TestApp, slug: string, people: { agent: string; contact: string }): Promise<[Caller, string][]> {
  const agent = await signInAgent(app, slug, people.agent);
  const contact = await signInContact(app, slug, people.contact);
  return [
    [agent, 'FORBIDDEN'],
    [contact, 'FORBIDDEN'],
    [visitor(app, 'localhost'), 'UNAUTHENTICATED'],
    [visitor(app, `${slug}.localhost`), 'UNAUTHENTICATED'],
  ];
}
