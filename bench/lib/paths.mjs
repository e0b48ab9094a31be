// The benchmark's paths: each is one GraphQL request the agent app or the portal really sends.
// Documents are read from the clients' generated code (client-*/src/gql/graphql.ts, written by
// `npm run codegen` from the operations beside the components), so the load follows the apps.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, serverRequire } from './db.mjs';
import { APP_HOST, PORTAL_HOST } from './sessions.mjs';

const { print } = serverRequire('graphql');

/** The printed document of a client operation, by operation name (e.g. 'TicketQueue'). */
export function clientDocument(app, operationName) {
  const file = path.join(ROOT, app === 'agent' ? 'client-agent' : 'client-portal', 'src/gql/graphql.ts');
  const source = readFileSync(file, 'utf8');
  const m = new RegExp(`^export const ${operationName}Document = (\\{.*\\}) as unknown as`, 'm').exec(source);
  if (!m) throw new Error(`${file} has no ${operationName} operation: has the client renamed it?`);
  return print(JSON.parse(m[1]));
}

/** Page size of the agent app's queue (client-agent TicketQueuePage) and of the portal's requests (MyRequestsPage). */
export const QUEUE_PAGE_SIZE = 25;
export const MY_REQUESTS_PAGE_SIZE = 20;

/** Each view with the order the agent app opens it in (client-agent queue-params.util.ts defaultSort). */
export const VIEWS = [
  ['UNASSIGNED', { field: 'CREATED_AT', direction: 'ASC' }],
  ['MINE', { field: 'UPDATED_AT', direction: 'ASC' }],
  ['OPEN', { field: 'UPDATED_AT', direction: 'DESC' }],
  ['PENDING', { field: 'UPDATED_AT', direction: 'DESC' }],
  ['SOLVED', { field: 'UPDATED_AT', direction: 'DESC' }],
  ['ALL', { field: 'UPDATED_AT', direction: 'DESC' }],
];
const ALL_SORT = { field: 'UPDATED_AT', direction: 'DESC' };

/** Search terms: a word in most articles, one in about five, a prefix, and a typo (bench/lib/words.mjs). */
export const SEARCHES = [
  ['common', 'account'],
  ['rare', 'kerberos'],
  ['prefix', 'config'],
  ['typo', 'pasword'],
];

/**
 * The paths, given what setup found: `ctx` has cursors (page number -> cursor or null), the
 * detail ticket's number and the portal form's version id. A path is { name, app, host,
 * operationName, query, variables(i) }; variables get the request's index so a mutation can vary.
 */
export function buildPaths(ctx) {
  const make = (app, host) => (name, operationName, variables) => ({
    name,
    app,
    host,
    operationName,
    query: clientDocument(app, operationName),
    variables: typeof variables === 'function' ? variables : () => variables,
  });
  const agent = make('agent', APP_HOST);
  const portal = make('portal', PORTAL_HOST);
  const queue = (view, sort, after) => ({ view, filter: null, sort, first: QUEUE_PAGE_SIZE, ...(after ? { after } : {}) });
  const paths = [agent('queue ALL page 1', 'TicketQueue', queue('ALL', ALL_SORT))];
  for (const [page, cursor] of Object.entries(ctx.cursors)) {
    if (cursor) paths.push(agent(`queue ALL page ${page} (cursor)`, 'TicketQueue', queue('ALL', ALL_SORT, cursor)));
    else console.log(`(queue ALL page ${page} skipped: the database has fewer than ${page * QUEUE_PAGE_SIZE} tickets)`);
  }
  for (const [view, sort] of VIEWS) if (view !== 'ALL') paths.push(agent(`queue ${view} page 1`, 'TicketQueue', queue(view, sort)));
  paths.push(agent('queue counts', 'TicketQueueCounts', {}));
  paths.push(agent('ticket detail', 'AgentTicket', { number: ctx.detailNumber }));
  paths.push(portal('myTickets (heavy requester)', 'MyRequests', { status: null, search: null, first: MY_REQUESTS_PAGE_SIZE }));
  for (const [kind, query] of SEARCHES) paths.push(portal(`searchArticles ${kind} "${query}"`, 'KbSearch', { query }));
  paths.push(
    portal('submitRequest', 'SubmitRequest', (i) => ({
      input: {
        formVersionId: ctx.formVersionId,
        answers: { subject: `Benchmark request ${i}`, topic: 'other', description: `Submitted by the benchmark, request number ${i}.` },
      },
    })),
  );
  return paths;
}

/** Cursor pages measured besides page 1. */
export const CURSOR_PAGES = [1000, 10000];

/**
 * What the paths need from the database (read as the owner before the product starts): the ALL
 * view's cursor at each CURSOR_PAGES page, made with the product's own cursor code, and a ticket
 * from the middle of the history for the detail page.
 */
export async function pathContext(db, organizationId, agentId) {
  serverRequire('reflect-metadata'); // ticket-cursor.js imports the decorated sort enums
  const { SORT_SQL, encodeCursor } = serverRequire(path.join(ROOT, 'server/dist/modules/tickets/ticket-cursor.js'));
  const { queueCursorContext } = serverRequire(path.join(ROOT, 'server/dist/modules/tickets/ticket-read.service.js'));
  const { Signer } = serverRequire(path.join(ROOT, 'server/dist/auth/signer.js'));
  const { TicketSortField, SortDirection, TicketQueueView } = serverRequire(
    path.join(ROOT, 'server/dist/modules/tickets/dto/ticket-queue.input.js'),
  );
  // Cursors are signed with the key every instance shares (created when the product first started).
  const key = await db.query(`SELECT secret FROM signing_keys WHERE name = 'cursors'`);
  if (!key.rows[0]) throw new Error('no cursor signing key: start the product once on this database');
  const signer = new Signer(async () => key.rows[0].secret);
  await signer.load();
  // GraphQL enum names (UPDATED_AT, DESC) to the server's values.
  const field = TicketSortField[ALL_SORT.field];
  const direction = SortDirection[ALL_SORT.direction];
  const sql = SORT_SQL[field];
  const cursors = {};
  for (const page of CURSOR_PAGES) {
    // The cursor that page `page` is fetched with is the last row of the page before it.
    const { rows } = await db.query(
      `SELECT ${sql.keyText} AS value, t.id FROM tickets t WHERE t.organization_id = $1
       ORDER BY ${sql.expression} ${ALL_SORT.direction}, t.id ${ALL_SORT.direction} OFFSET $2 LIMIT 1`,
      [organizationId, (page - 1) * QUEUE_PAGE_SIZE - 1],
    );
    const context = queueCursorContext({ organizationId, agentId }, TicketQueueView.ALL, {}, { field, direction });
    cursors[page] = rows[0] ? encodeCursor(signer, context, { value: rows[0].value, id: rows[0].id }) : null;
  }
  const { rows } = await db.query(
    `SELECT t.number FROM tickets t WHERE t.organization_id = $1 AND t.number = (SELECT (min(number) + max(number)) / 2 FROM tickets WHERE organization_id = $1)`,
    [organizationId],
  );
  return { cursors, detailNumber: rows[0]?.number ?? 1 };
}
