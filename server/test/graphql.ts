import type { TestApp } from './http';

/** One GraphQL error as a client receives it. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** What a GraphQL call answered, with the cookies the server set. */
export interface GqlResult<TData> {
  status: number;
  data: TData | null | undefined;
  errors: GqlError[];
  setCookies: string[];
}

/** Someone sending GraphQL documents: a visitor, a contact or an agent, with the cookies they hold. */
export interface Caller {
  host: string;
  gql<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<TData>>;
  /** The cookies this caller sends (and keeps, as a browser does, when the server sets one). */
  cookies: Map<string, string>;
}

/** A browser-like caller on one host: sends its cookies and keeps the ones the server sets. With no cookies, an anonymous visitor. */
export function visitor(app: TestApp, host = 'acme.localhost', cookies = new Map<string, string>()): Caller {
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

/** The codes of a result's errors, in order. */
export function codes(result: { errors: GqlError[] }): unknown[] {
  return result.errors.map((e) => e.extensions?.code);
}

/** The data of a call that must succeed (fails the test with the errors otherwise). */
export function ok<TData>(result: GqlResult<TData>): TData {
  if (result.errors.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}
