import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Response } from 'express';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Services } from '../compose';
import type { Config } from '../config';
import { DOCUMENT_LIMITS, documentProtection } from '../graphql/apollo';
import type { GraphQLContext } from '../graphql/context';
import { formatError, isUnexpectedError } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import { readSessionCookie } from '../http/cookies';
import { findSession, identityFor, type RequestAuth, type RequestIdentity } from '../http/request-auth';
import { requestHostname, type ResolvedHost } from '../modules/organizations/host';
import type { ChangeBus } from './change-bus';

/** Socket limits (docs/security.md): per session, per socket, per message, and how soon an ended session's sockets close. */
export interface LiveLimits {
  socketsPerSession: number;
  subscriptionsPerSocket: number;
  /** Largest client message; a subscribe message is a small document. */
  maxMessageBytes: number;
  /** How often every socket's session is checked again (expiry, idle timeout, revocation elsewhere). */
  sessionRecheckMs: number;
  /** graphql-ws ping interval; a socket that misses its pong is dropped (and its presence with it). */
  keepAliveMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  socketsPerSession: 8,
  subscriptionsPerSocket: 20,
  maxMessageBytes: 64 * 1024,
  sessionRecheckMs: 5_000,
  keepAliveMs: 12_000,
};

/** The close code for "your session ended": the clients stop retrying and show the sign-in page. */
export const SESSION_ENDED_CLOSE = 4401;

/** The GraphQL endpoint's path, for HTTP and WebSocket alike. */
const PATH = '/graphql';

interface SocketState {
  secret: string;
  host: ResolvedHost & { kind: 'portal' | 'app' };
  sessionId: string;
  identity: RequestIdentity;
  /** Its running subscriptions, by graphql-ws id, with each one's context. */
  operations: Map<string, GraphQLContext>;
}

export interface LiveSocketDeps {
  config: Readonly<Config>;
  logger: Logger;
  schema: GraphQLSchema;
  auth: RequestAuth;
  services: Services;
  changes: ChangeBus;
  limits?: Partial<LiveLimits>;
}

/** The WebSocket endpoint attached to an HTTP server. */
export interface LiveSocket {
  /** Open sockets in this process. */
  readonly size: number;
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`,
    );
  }
  socket.destroy();
}

/**
 * Whether the upgrade comes from a page of the host it asks for. Browsers always send `Origin` on
 * WebSocket upgrades and cookies ride along cross-site, so this check is what stops a foreign page
 * from opening a socket with the visitor's session (cross-site WebSocket hijacking).
 */
export function sameOrigin(origin: string | undefined, hostHeader: string | undefined, scheme: string): boolean {
  if (!origin || !hostHeader) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.protocol === `${scheme}:` && parsed.host.toLowerCase() === hostHeader.trim().toLowerCase();
}

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's port and path. The upgrade is checked
 * like an HTTP request and more: known host, same-origin `Origin`, a live session valid on that
 * host. Sockets carry subscriptions only (queries and mutations stay on HTTP, with CSRF
 * prevention), validated with the HTTP document limits, authorized by the same type-graphql rules.
 */
export function attachLiveSocket(server: http.Server, deps: LiveSocketDeps): LiveSocket {
  const { config, logger, schema, auth, services, changes } = deps;
  const limits = { ...DEFAULT_LIVE_LIMITS, ...deps.limits };
  const log = logger.child({ component: 'live' });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const states = new WeakMap<WebSocket, SocketState>();
  const bySession = new Map<string, Set<WebSocket>>();
  const rules: ValidationRule[] = [...specifiedRules, ...documentProtection(config).validationRules];
  if (config.isProduction) rules.push(NoSchemaIntrospectionCustomRule);

  const endSession = (sessionId: string) => {
    for (const socket of bySession.get(sessionId) ?? []) socket.close(SESSION_ENDED_CLOSE, 'Session ended');
  };
  const stopSessionEvents = changes.subscribe((event) => {
    if (event.kind === 'session-ended') endSession(event.sessionId);
  });

  const onUpgrade = async (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(req.url ?? '/', 'http://socket').pathname;
    if (pathname !== PATH) return refuse(socket, 404, 'Not Found');
    const host = await services.organizations.hosts.resolve(requestHostname(req.headers.host));
    if (host.kind === 'unknown') return refuse(socket, 404, 'Not Found');
    if (!sameOrigin(req.headers.origin, req.headers.host, config.publicScheme)) return refuse(socket, 403, 'Forbidden');
    const secret = readSessionCookie(req, config);
    const found = secret ? await findSession(auth, req, host) : null;
    const identity = identityFor(found, host);
    if (!found || !secret || identity.viewer.kind === 'anonymous') return refuse(socket, 401, 'Unauthorized');
    const sessionId = found.session.id;
    const open = bySession.get(sessionId) ?? new Set<WebSocket>();
    if (open.size >= limits.socketsPerSession) return refuse(socket, 429, 'Too Many Requests');
    wss.handleUpgrade(req, socket, head, (ws) => {
      states.set(ws, { secret, host, sessionId, identity, operations: new Map() });
      open.add(ws);
      bySession.set(sessionId, open);
      ws.once('close', () => {
        open.delete(ws);
        if (open.size === 0 && bySession.get(sessionId) === open) bySession.delete(sessionId);
      });
      wss.emit('connection', ws, req);
    });
  };
  const upgradeListener = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    onUpgrade(req, socket, head).catch((error: unknown) => {
      log.error({ err: error }, 'WebSocket upgrade failed');
      refuse(socket, 503, 'Service Unavailable');
    });
  };
  server.on('upgrade', upgradeListener);

  const contextFor = (state: SocketState, request: http.IncomingMessage): GraphQLContext => {
    const requestId = randomUUID();
    const { viewer, organization } = state.identity;
    return {
      requestId,
      log: log.child({ requestId }),
      config,
      host: state.host,
      organization,
      viewer,
      // A socket runs subscriptions only (onSubscribe below), and no subscription resolver reads
      // the request beyond its headers or writes a response: there is none to write cookies to.
      req: request as Request,
      res: undefined as unknown as Response,
      services,
      loaders: createLoaders(services, viewer),
    };
  };

  const mask = (errors: readonly GraphQLError[], context: GraphQLContext | null) =>
    errors.map((error) => {
      if (isUnexpectedError(error))
        (context?.log ?? log).error({ err: error.originalError ?? error, path: error.path }, 'subscription error');
      return formatError(error.toJSON(), error, !config.isProduction);
    });
  const contextOf = (socket: WebSocket, id: string) => states.get(socket)?.operations.get(id) ?? null;

  const graphqlWs = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      onConnect: (ctx) => states.has(ctx.extra.socket),
      onSubscribe: (ctx, id, payload) => {
        const state = states.get(ctx.extra.socket);
        if (!state) return [new GraphQLError('Not connected')];
        if (state.operations.size >= limits.subscriptionsPerSocket) {
          return [new GraphQLError('Too many subscriptions on one connection', { extensions: { code: 'BAD_REQUEST' } })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: DOCUMENT_LIMITS.maxTokens });
        } catch (error) {
          return [
            error instanceof GraphQLError ? error : new GraphQLError('Syntax error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
          ];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Name one operation of the document', { extensions: { code: 'BAD_REQUEST' } })];
        if (operation.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions run over the socket: send queries and mutations over HTTP', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length)
          return invalid.map(
            (e) =>
              new GraphQLError(config.isProduction ? withoutSuggestions(e.message) : e.message, {
                nodes: e.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        const contextValue = contextFor(state, ctx.extra.request);
        state.operations.set(id, contextValue);
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: mask(result.errors, contextOf(ctx.extra.socket, id)) };
      },
      onError: (ctx, id, _payload, errors) => mask(errors, contextOf(ctx.extra.socket, id)),
      onComplete: (ctx, id) => {
        states.get(ctx.extra.socket)?.operations.delete(id);
      },
    },
    wss,
    limits.keepAliveMs,
  );

  // Expiry, idle timeout and revocation seen by another path: each socket's session is checked
  // again (without touching it: an open tab alone must not keep an idle session alive).
  let checking = false;
  const recheck = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      for (const ws of wss.clients) {
        const state = states.get(ws);
        if (!state) continue;
        try {
          const found = await auth.sessions.find(state.secret, state.host.hostname, new Date(), false);
          if (!found || found.session.id !== state.sessionId) ws.close(SESSION_ENDED_CLOSE, 'Session ended');
        } catch (error) {
          // The database is away: keep the socket; the next round decides.
          log.warn({ err: error }, 'could not re-check a socket session');
        }
      }
    })().finally(() => (checking = false));
  }, limits.sessionRecheckMs);
  recheck.unref();

  return {
    get size() {
      return wss.clients.size;
    },
    async close() {
      clearInterval(recheck);
      stopSessionEvents();
      server.off('upgrade', upgradeListener);
      for (const ws of wss.clients) ws.terminate();
      await graphqlWs.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * A validation message without graphql-js's "Did you mean …?" hints, which name fields and types of
 * the schema: production hides them on the socket as the HTTP endpoint does (blockFieldSuggestion).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*$/s, '');
}
