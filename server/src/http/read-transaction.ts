import type { Request, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import type { TenantData } from '../db/tenant';

/** The token budget Apollo applies too (graphql/apollo.ts): a larger document is Apollo's to refuse. */
const MAX_TOKENS = 2000;

/** Longest a read transaction waits for its response to go out (the request timeout is 30 s). */
const MAX_READ_TRANSACTION_MS = 35_000;

/** Whether a GraphQL HTTP request is a single query (no mutation), judged from its document. */
export function isQueryRequest(req: Request): boolean {
  const source = req.method === 'GET' ? req.query : (req.body as Record<string, unknown> | undefined);
  const query = source?.query;
  const operationName = typeof source?.operationName === 'string' ? source.operationName : null;
  if (typeof query !== 'string') return false;
  const key = `${operationName ?? ''}\u0000${query}`;
  const known = OPERATION_KINDS.get(key);
  if (known !== undefined) return known;
  let isQuery = false;
  try {
    isQuery = getOperationAST(parse(query, { maxTokens: MAX_TOKENS }), operationName)?.operation === 'query';
  } catch {
    // Apollo answers the syntax error itself.
  }
  // The apps send a few dozen documents over and over: each is parsed here once per process.
  if (query.length > MAX_REMEMBERED_LENGTH) return isQuery;
  if (OPERATION_KINDS.size >= MAX_REMEMBERED_OPERATIONS) OPERATION_KINDS.clear();
  OPERATION_KINDS.set(key, isQuery);
  return isQuery;
}

/** Whether each document seen (by operation name and text) is a query; bounded, and cleared when full. */
const OPERATION_KINDS = new Map<string, boolean>();
const MAX_REMEMBERED_OPERATIONS = 1000;
const MAX_REMEMBERED_LENGTH = 20_000;

/**
 * Runs a query request in ONE tenant transaction for its organization: every service call and
 * DataLoader batch it makes nests in it (TenantData.run reuses the open transaction), so a page
 * costs one BEGIN/set_config/COMMIT however many loaders it uses, and every read sees one snapshot.
 * Mutations keep a transaction per service call, so a failed one never commits part of its work.
 */
export async function runInReadTransaction(
  tenant: TenantData,
  organizationId: string,
  res: Response,
  handOn: () => Promise<void>,
): Promise<void> {
  let handedOn = false;
  try {
    await tenant.run(organizationId, async () => {
      // The client may have gone before we got here ('close' already fired): never wait on an event
      // that will not come, since the transaction holds a connection (PGlite's only one). A bound
      // on top, in case a response neither finishes nor closes.
      let timer: NodeJS.Timeout | undefined;
      const done = new Promise<void>((resolve) => {
        if (res.writableFinished || res.closed || res.destroyed || res.req.socket.destroyed) return resolve();
        res.once('finish', resolve);
        res.once('close', resolve);
        timer = setTimeout(resolve, MAX_READ_TRANSACTION_MS);
      }).finally(() => clearTimeout(timer));
      handedOn = true;
      await handOn();
      await done;
    });
  } catch (error) {
    // Before the request was handed on, the caller answers the error (e.g. the database is down);
    // after, the response is already on its way and a failed COMMIT of reads changes nothing.
    if (!handedOn) throw error;
    res.req.log?.warn({ err: error }, 'read transaction did not commit');
  }
}
