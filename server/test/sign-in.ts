import type { TestApp, TestResponse } from './http';

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

export const REQUEST_PORTAL = `mutation ($email: String!, $returnPath: String) { requestPortalSignIn(input: { email: $email, returnPath: $returnPath }) { message codeLength } }`;
export const VERIFY_PORTAL = `mutation ($email: String!, $code: String!) { verifyPortalSignInCode(input: { email: $email, code: $code }) { returnPath } }`;
export const REQUEST_AGENT = `mutation ($workspace: String!, $email: String!) { requestAgentSignIn(input: { workspace: $workspace, email: $email }) { message } }`;
export const VERIFY_AGENT = `mutation ($workspace: String!, $email: String!, $code: String!) { verifyAgentSignInCode(input: { workspace: $workspace, email: $email, code: $code }) { returnPath } }`;
export const VIEWER = `{ viewer { kind contact { email } agent { email role } } }`;
