import type { SelectQueryBuilder } from 'typeorm';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { isUuid } from '@actionconnect/shared';
import { SortDirection, TicketQueueView, TicketSortField, type TicketQueueFilter, type TicketQueueSort } from './dto/ticket-queue.input';
import { decodeCursor, DUE_SORT, encodeCursor, SORT_SQL, type CursorContext } from './ticket-cursor';
import type { Signer } from '../../auth/signer';
import { TICKET_COUNT_LIMIT } from '@actionconnect/shared';
import { Ticket, type TicketStatus } from './ticket.entity';
import { UNSOLVED_STATUSES } from '../../auth/ticket.policy';
import type { TicketQueueCounts } from './ticket.types';
import type { AgentScope, ContactScope } from '../../auth/viewer';
import { accessParams, contactMayRead, copiedOn, requestedBy, sharedByCompany } from '../companies/ticket-access';

/** Filters of the portal's request lists ("My requests", "Requests from my company"). */
export interface ContactListArgs extends PageArgs {
  status?: TicketStatus[] | null;
  search?: string | null;
}

/** Largest page a list query returns. */
export const MAX_PAGE_SIZE = 100;

/** A page of tickets with its cursors (the GraphQL TicketConnection). */
export interface TicketPage {
  edges: { cursor: string; node: Ticket }[];
  nodes: Ticket[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Matches counted up to TICKET_COUNT_LIMIT. */
  totalCount: number;
  /** More than TICKET_COUNT_LIMIT match. */
  totalCountCapped: boolean;
}

/** Paging arguments. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

const inList = (statuses: readonly TicketStatus[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;

/** Each queue view as a condition on `t`; `:viewerAgentId` is the agent asking. Counts and lists share these. */
const VIEW_SQL: Record<TicketQueueView, string> = {
  [TicketQueueView.UNASSIGNED]: `t.assignee_id IS NULL AND t.status IN ${inList(UNSOLVED_STATUSES)}`,
  [TicketQueueView.MINE]: `t.assignee_id = :viewerAgentId AND t.status IN ${inList(UNSOLVED_STATUSES)}`,
  [TicketQueueView.OPEN]: `t.status IN ('new', 'open')`,
  [TicketQueueView.PENDING]: `t.status = 'pending'`,
  [TicketQueueView.SOLVED]: `t.status = 'solved'`,
  [TicketQueueView.ALL]: 'TRUE',
  // Written on the due index's expression, so the view reads that index's range.
  [TicketQueueView.OVERDUE]: `${DUE_SORT} <= now()`,
};

/** Reading tickets. Every query is filtered by organization, and a contact's also by requester. */
export class TicketReadService {
  constructor(
    private readonly tenant: TenantData,
    private readonly signer: Signer,
  ) {}

  /**
   * A ticket the contact may read (ticket-access.ts: requester, CC, or shared by their company);
   * any other answers exactly as a missing one.
   */
  async findForContact(scope: ContactScope, number: number): Promise<Ticket> {
    const ticket = await this.tenant.run(scope.organizationId, (tx) =>
      tx.select(Ticket, 't').andWhere('t.number = :number', { number }).andWhere(contactMayRead('t'), accessParams(scope)).getOne(),
    );
    if (!ticket) throw notFound('Ticket');
    return ticket;
  }

  /** One of the agent's organization's tickets. */
  async findForAgent(scope: AgentScope, number: number): Promise<Ticket> {
    const ticket = await this.tenant.run(scope.organizationId, (tx) => tx.findOne(Ticket, { where: { number } }));
    if (!ticket) throw notFound('Ticket');
    return ticket;
  }

  /**
   * "My requests": those the contact raised or is copied on, most recently active first. Read as two
   * disjoint branches (raised; copied on but not raised) merged by page(): one condition with an OR
   * would keep PostgreSQL from walking the (requester, updated_at) index, and a contact with
   * thousands of requests would have all of them sorted for every page.
   */
  listForContact(scope: ContactScope, args: ContactListArgs): Promise<TicketPage> {
    return this.contactList(scope, 'contact', [requestedBy('t'), `${copiedOn('t')} AND NOT ${requestedBy('t')}`], args);
  }

  /**
   * "Requests from my company": every request raised in the contact's company that its sharing
   * mode shows them (none in a private company, or to a non-manager where only managers see them).
   */
  listForCompany(scope: ContactScope, args: ContactListArgs): Promise<TicketPage> {
    return this.contactList(scope, 'company', [sharedByCompany('read', 't')], args);
  }

  /** An agent's list of one company's requests, most recently active first. */
  listForCompanyAsAgent(scope: AgentScope, companyId: string, args: PageArgs): Promise<TicketPage> {
    checkPageSize(args);
    return this.tenant.run(scope.organizationId, (tx) => {
      const qb = tx.select(Ticket, 't').andWhere('t.company_id = :companyId', { companyId: uuidArg(companyId, 'id') });
      const list = listKey('company-agent', scope.organizationId, scope.agentId, { companyId });
      return page(tx, this.signer, qb, { list, sort: TicketSortField.UPDATED_AT, direction: SortDirection.DESC }, args);
    });
  }

  /** A portal list: the tickets matching any of `branches` (disjoint conditions on `t`), filtered and paged. */
  private contactList(scope: ContactScope, kind: string, branches: string[], args: ContactListArgs): Promise<TicketPage> {
    checkPageSize(args);
    return this.tenant.run(scope.organizationId, (tx) => {
      const queries = branches.map((condition) => {
        const qb = tx.select(Ticket, 't').andWhere(condition, accessParams(scope));
        if (args.status?.length) qb.andWhere('t.status IN (:...statuses)', { statuses: args.status });
        applySearch(qb, args.search);
        return qb;
      });
      const sort = { field: TicketSortField.UPDATED_AT, direction: SortDirection.DESC };
      const list = listKey(kind, scope.organizationId, scope.contactId, { status: args.status ?? null, search: args.search ?? null });
      return page(tx, this.signer, queries, { list, sort: sort.field, direction: sort.direction }, args);
    });
  }

  /** The agent app's queue: a view, narrowed by filters, in a stable order, read with keyset pagination. */
  async queue(
    scope: AgentScope,
    args: PageArgs & { view: TicketQueueView; filter?: TicketQueueFilter | null; sort?: TicketQueueSort | null },
  ): Promise<TicketPage> {
    checkPageSize(args);
    return this.tenant.run(scope.organizationId, (tx) => {
      const qb = tx.select(Ticket, 't').andWhere(VIEW_SQL[args.view], { viewerAgentId: scope.agentId });
      const f = args.filter ?? {};
      if (f.status?.length) qb.andWhere('t.status IN (:...statuses)', { statuses: f.status });
      if (f.priority?.length) qb.andWhere('t.priority IN (:...priorities)', { priorities: f.priority });
      if (f.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: uuidArg(f.assigneeId, 'filter.assigneeId') });
      if (f.requesterId) qb.andWhere('t.requester_id = :requesterId', { requesterId: uuidArg(f.requesterId, 'filter.requesterId') });
      if (f.tagId) {
        // A semi-join on the (ticket, tag) primary key: the view's own index still gives the order.
        qb.andWhere(
          'EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.ticket_id = t.id AND tt.tag_id = :tagId AND tt.organization_id = :organizationId)',
          { tagId: uuidArg(f.tagId, 'filter.tagId'), organizationId: scope.organizationId },
        );
      }
      if (f.formId) {
        qb.andWhere(
          't.form_version_id IN (SELECT v.id FROM intake_form_versions v WHERE v.form_id = :formId AND v.organization_id = :organizationId)',
          { formId: uuidArg(f.formId, 'filter.formId'), organizationId: scope.organizationId },
        );
      }
      applySearch(qb, f.search);
      // A tag's tickets are counted from the tag's (organization, tag, ticket) index, each looked up
      // by id: walking the view's index for them would read the whole view for a tag on few tickets.
      const countBy = f.tagId
        ? {
            from: 'ticket_tags counted WHERE counted.organization_id = :countOrganizationId AND counted.tag_id = :countTagId',
            link: 't.id = counted.ticket_id',
            params: { countOrganizationId: scope.organizationId, countTagId: f.tagId },
          }
        : undefined;
      return page(tx, this.signer, qb, queueCursorContext(scope, args.view, f, args.sort), args, { countBy });
    });
  }

  /** How many tickets each view holds, in one statement. */
  async queueCounts(scope: AgentScope): Promise<TicketQueueCounts> {
    const row = await this.tenant.run(scope.organizationId, (tx) => this.countViews(tx, scope.organizationId, scope.agentId));
    const n = (key: CountedView) => Number(row?.[key] ?? 0);
    return {
      countLimit: TICKET_COUNT_LIMIT,
      unassigned: n('unassigned'),
      mine: n('mine'),
      open: n('open'),
      pending: n('pending'),
      solved: n('solved'),
      all: n('all'),
      overdue: n('overdue'),
    };
  }

  /**
   * The other recent tickets of each requester (at most `perRequester`, newest first), for many
   * requesters in one statement.
   */
  async recentByRequester(organizationId: string, requesterIds: readonly string[], perRequester: number): Promise<Map<string, Ticket[]>> {
    // Each requester's newest few from the (requester, created_at, id) index, however many they have.
    const tickets = await this.tenant.run(organizationId, (tx) =>
      tx
        .select(Ticket, 't')
        .andWhere(
          `t.id IN (SELECT recent.id FROM unnest(CAST(:requesterIds AS uuid[])) AS r(requester_id)
                    CROSS JOIN LATERAL (SELECT o.id FROM tickets o WHERE o.organization_id = :organizationId AND o.requester_id = r.requester_id
                                        ORDER BY o.created_at DESC, o.id DESC LIMIT :perRequester) recent)`,
          { organizationId, requesterIds: [...requesterIds], perRequester },
        )
        .orderBy('t.created_at', 'DESC')
        .addOrderBy('t.id', 'DESC')
        .getMany(),
    );
    const byRequester = new Map<string, Ticket[]>();
    for (const t of tickets) byRequester.set(t.requesterId, [...(byRequester.get(t.requesterId) ?? []), t]);
    return byRequester;
  }

  /**
   * The numbers of tickets by id, for a merged ticket's pointer: an agent reads any of the
   * organization's, a contact only those they may read (ticket-access.ts). One statement.
   */
  async numbersById(viewer: { organizationId: string; contactId?: string }, ids: readonly string[]): Promise<Map<string, number>> {
    const tickets = await this.tenant.run(viewer.organizationId, (tx) => {
      const qb = tx.select(Ticket, 't').andWhere('t.id = ANY (CAST(:ids AS uuid[]))', { ids: [...ids] });
      if (viewer.contactId !== undefined) qb.andWhere(contactMayRead('t'), accessParams({ ...viewer, contactId: viewer.contactId }));
      return qb.getMany();
    });
    return new Map(tickets.map((t) => [t.id, t.number]));
  }

  /**
   * Each view's count up to TICKET_COUNT_LIMIT + 1, each walking the view's own index in the
   * queue's order (the ORDER BY steers it there) and stopping at the limit.
   */
  private async countViews(tx: TenantTx, organizationId: string, viewerAgentId: string): Promise<Record<CountedView, string> | undefined> {
    const counted = (view: TicketQueueView, order = 't.updated_at DESC, t.id DESC') =>
      `(SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE t.organization_id = $1 AND ${VIEW_SQL[view].replace(':viewerAgentId', '$2')}
         ORDER BY ${order} LIMIT ${TICKET_COUNT_LIMIT + 1}) c)`;
    const rows = await tx.sql<Record<CountedView, string>>(
      `SELECT ${counted(TicketQueueView.UNASSIGNED)} AS unassigned, ${counted(TicketQueueView.MINE)} AS mine,
              ${counted(TicketQueueView.OPEN)} AS open, ${counted(TicketQueueView.PENDING)} AS pending,
              ${counted(TicketQueueView.SOLVED)} AS solved, ${counted(TicketQueueView.ALL)} AS "all",
              ${counted(TicketQueueView.OVERDUE, `${DUE_SORT}, t.id`)} AS overdue`,
      [organizationId, viewerAgentId],
    );
    return rows[0];
  }
}

type CountedView = Exclude<keyof TicketQueueCounts, 'countLimit'>;

/** The cursor context of an agent's queue view with its filters and sort (the benchmark makes deep cursors with it). */
export function queueCursorContext(
  scope: Pick<AgentScope, 'organizationId' | 'agentId'>,
  view: TicketQueueView,
  filter: TicketQueueFilter | Record<string, never>,
  sort: TicketQueueSort | null | undefined,
): CursorContext {
  return {
    list: listKey('queue', scope.organizationId, scope.agentId, { view, filter }),
    sort: sort?.field ?? TicketSortField.UPDATED_AT,
    direction: sort?.direction ?? SortDirection.DESC,
  };
}

/** Names one list (who reads it, which view and filters) for its cursors. */
function listKey(kind: string, organizationId: string, readerId: string, filters: unknown): string {
  return JSON.stringify([kind, organizationId, readerId, filters]);
}

/**
 * One page of a list. `lists` is one query, or several whose rows are disjoint: each is read in the
 * list's order up to the page size (so each walks its own index) and the rows are merged here.
 */
async function page(
  tx: TenantTx,
  signer: Signer,
  lists: SelectQueryBuilder<Ticket> | SelectQueryBuilder<Ticket>[],
  context: CursorContext,
  args: PageArgs,
  options: { countBy?: Parameters<TenantTx['countUpTo']>[2] } = {},
): Promise<TicketPage> {
  checkPageSize(args);
  const sort = { field: context.sort, direction: context.direction };
  const sql = SORT_SQL[sort.field];
  const position = args.after ? decodeCursor(signer, args.after, context) : null;
  const keys = new Map<string, string>();
  let counted = 0;
  let entities: Ticket[] = [];
  for (const qb of Array.isArray(lists) ? lists : [lists]) {
    qb.orderBy(sql.expression, sort.direction).addOrderBy('t.id', sort.direction);
    // Counted in the list's own order, so the count walks the same index as the page and stops at
    // the limit (or from the smaller set `countBy` names).
    counted += await tx.countUpTo(qb, TICKET_COUNT_LIMIT + 1, options.countBy);
    if (position) {
      const comparison = sort.direction === SortDirection.DESC ? '<' : '>';
      qb.andWhere(`(${sql.expression}, t.id) ${comparison} (CAST(:cursorValue AS ${sql.castTo}), CAST(:cursorId AS uuid))`, {
        cursorValue: position.value,
        cursorId: position.id,
      });
    }
    qb.addSelect(sql.keyText, 'cursor_key').limit(args.first + 1);
    const read = await qb.getRawAndEntities<{ t_id: string; cursor_key: string }>();
    for (const r of read.raw) keys.set(r.t_id, r.cursor_key);
    entities.push(...read.entities);
  }
  if (Array.isArray(lists) && lists.length > 1) {
    const order = sort.direction === SortDirection.DESC ? -1 : 1;
    const byKey = (a: Ticket, b: Ticket) => compareKeys(sql.castTo, keys.get(a.id) ?? '', keys.get(b.id) ?? '') || compareIds(a.id, b.id);
    entities = entities.sort((a, b) => order * byKey(a, b)).slice(0, args.first + 1);
  }
  const nodes = entities.slice(0, args.first);
  const cursorOf = (node: Ticket) => encodeCursor(signer, context, { value: keys.get(node.id) ?? '', id: node.id });
  // Signed only when asked for: the apps read pageInfo.endCursor, not every edge's.
  const edges = nodes.map((node) => ({
    node,
    get cursor() {
      return cursorOf(node);
    },
  }));
  const last = nodes.at(-1);
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: entities.length > args.first, endCursor: last ? cursorOf(last) : null },
    totalCount: Math.min(counted, TICKET_COUNT_LIMIT),
    totalCountCapped: counted > TICKET_COUNT_LIMIT,
  };
}

/** Orders two cursor keys as PostgreSQL orders their values (timestamps as fixed-width UTC text). */
function compareKeys(type: 'timestamptz' | 'integer', a: string, b: string): number {
  if (type === 'integer') return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two uuids as PostgreSQL's uuid type does (bytewise, which is their lowercase hex text order). */
function compareIds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function checkPageSize(args: PageArgs): void {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badInput(`Ask for between 1 and ${MAX_PAGE_SIZE} tickets.`, 'first');
  }
}

function applySearch(qb: SelectQueryBuilder<Ticket>, search: string | null | undefined): void {
  const text = (search ?? '').trim();
  if (text === '') return;
  if (text.length > 200) throw badInput('Search with at most 200 characters.', 'search');
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const number = /^#?(\d{1,9})$/.exec(text);
  if (number) {
    qb.andWhere('(t.number = :searchNumber OR t.subject ILIKE :searchPattern)', {
      searchNumber: Number(number[1]),
      searchPattern: pattern,
    });
  } else {
    qb.andWhere('t.subject ILIKE :searchPattern', { searchPattern: pattern });
  }
}

function uuidArg(value: string, field: string): string {
  if (!isUuid(value)) throw badInput('Not a valid id.', field);
  return value;
}
