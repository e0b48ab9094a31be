import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  DataSource,
  DeepPartial,
  DeleteQueryBuilder,
  EntityManager,
  EntityTarget,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
  UpdateQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isUuid } from '@actionconnect/shared';

/**
 * The role tenant transactions run as. It owns nothing, so row-level security applies to it
 * (migration 1795700000000-tenant-row-level-security creates it and its policies).
 */
export const APP_ROLE = 'actionconnect_app';

/** The transaction-local setting the policies compare `organization_id` with. */
export const ORGANIZATION_SETTING = 'app.organization_id';

/** Thrown when tenant data is asked for without a valid organization: fail closed, never read every tenant. */
export class TenantScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantScopeError';
  }
}

const active = new AsyncLocalStorage<TenantTx>();

/** The transaction the current async call chain runs in, if any (cross-tenant work refuses to nest in one). */
export function activeTenantTx(): TenantTx | undefined {
  return active.getStore();
}

/**
 * Runs `work` outside any tenant transaction's async context: for background work a transaction
 * only triggers (waking the mail worker), which must not run as part of it.
 */
export function outsideTenantTx<T>(work: () => T): T {
  return active.exit(work);
}

/**
 * The only road to SQL for tenant data. `run` opens one transaction, switches to the application
 * role and sets the organization with `set_config(..., true)` (transaction-local, so a pooled
 * connection never carries it to the next request), and hands the work a `TenantTx` whose every
 * helper adds the organization filter itself. Row-level security is the second wall behind that filter.
 *
 * Calls nest: a service that calls another inside its transaction reuses it (PGlite is one
 * connection, so a second transaction would wait on the first forever).
 */
export class TenantData {
  constructor(
    private readonly dataSource: DataSource,
    /** Where `tx.announce` sends live-update notices (live/change-bus.ts); none in tools and old tests. */
    private readonly changes: ChangePublisher | null = null,
  ) {}

  /** Runs `work` in the organization's transaction (or the one already open for it). */
  async run<T>(organizationId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    if (typeof organizationId !== 'string' || !isUuid(organizationId)) throw new TenantScopeError('tenant data needs an organization');
    const current = active.getStore();
    if (current) {
      if (current.organizationId !== organizationId) throw new TenantScopeError('one transaction cannot span two organizations');
      return work(current);
    }
    let committed: (() => void)[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('role', $1, true), set_config('${ORGANIZATION_SETTING}', $2, true)`, [
        APP_ROLE,
        organizationId,
      ]);
      const tx = new TenantTx(organizationId, manager, this.changes);
      committed = tx.committedHooks;
      return active.run(tx, () => work(tx));
    });
    for (const hook of committed) hook();
    return result;
  }
}

/** A notice that tenant data changed, for live subscribers (ids only: subscribers refetch what they may see). */
export type Change =
  | { kind: 'ticket'; organizationId: string; ticketId: string; number: number; requesterId: string }
  | { kind: 'session-ended'; organizationId: string; sessionId: string };

/** Sends change notices from inside a transaction (live/change-bus.ts). */
export interface ChangePublisher {
  /** Delivered only if `tx` commits: a NOTIFY in the transaction, or an in-process delivery after commit. */
  publish(tx: TenantTx, change: Change): Promise<void>;
}

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];

/**
 * One organization's view of the database inside a transaction. Every helper scopes by the
 * organization (`organization_id`, or `id` for the organizations table); tables without an
 * organization are refused here and belong to the cross-tenant functions.
 */
export class TenantTx {
  /** Run, in order, after the transaction commits (never after a rollback). */
  readonly committedHooks: (() => void)[] = [];

  constructor(
    readonly organizationId: string,
    private readonly manager: EntityManager,
    private readonly changes: ChangePublisher | null = null,
  ) {}

  /** Tells live subscribers, once this transaction commits, that tenant data changed. */
  async announce(change: Change): Promise<void> {
    if (change.organizationId !== this.organizationId) throw new TenantScopeError('a change of another organization');
    await this.changes?.publish(this, change);
  }

  /** Runs `hook` after the transaction commits; a rollback drops it. */
  afterCommit(hook: () => void): void {
    this.committedHooks.push(hook);
  }

  /** The property the organization filter uses on this entity. */
  private tenantKey(entity: EntityTarget<ObjectLiteral>): 'organizationId' | 'id' {
    const meta = this.manager.connection.getMetadata(entity);
    if (meta.findColumnWithPropertyName('organizationId')) return 'organizationId';
    if (meta.tableName === 'organizations') return 'id';
    throw new TenantScopeError(`${meta.tableName} holds no organization data; use a cross-tenant function`);
  }

  private scopeWhere<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E> | undefined): Where<E> {
    const key = this.tenantKey(entity);
    const scope = { [key]: this.organizationId } as FindOptionsWhere<E>;
    if (where === undefined) return scope;
    return Array.isArray(where) ? where.map((w) => ({ ...w, ...scope })) : { ...where, ...scope };
  }

  /** Rows of the organization matching `options`. */
  find<E extends ObjectLiteral>(entity: EntityTarget<E>, options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.manager.find(entity, { ...options, where: this.scopeWhere(entity, options.where as Where<E> | undefined) });
  }

  /** The first row of the organization matching `options`, or null. */
  findOne<E extends ObjectLiteral>(entity: EntityTarget<E>, options: FindOneOptions<E> = {}): Promise<E | null> {
    return this.manager.findOne(entity, { ...options, where: this.scopeWhere(entity, options.where as Where<E> | undefined) });
  }

  /** The first row of the organization matching `where`, or null. */
  findOneBy<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E>): Promise<E | null> {
    return this.manager.findOneBy(entity, this.scopeWhere(entity, where));
  }

  /** How many of the organization's rows match. */
  count<E extends ObjectLiteral>(entity: EntityTarget<E>, options: FindManyOptions<E> = {}): Promise<number> {
    return this.manager.count(entity, { ...options, where: this.scopeWhere(entity, options.where as Where<E> | undefined) });
  }

  /** Whether any of the organization's rows match. */
  exists<E extends ObjectLiteral>(entity: EntityTarget<E>, where: Where<E>): Promise<boolean> {
    return this.manager.exists(entity, { where: this.scopeWhere(entity, where) });
  }

  /** Inserts rows stamped with the organization and returns them as stored (defaults filled in). */
  async insert<E extends ObjectLiteral>(entity: EntityTarget<E>, values: DeepPartial<E>): Promise<E> {
    const [row] = await this.insertMany(entity, [values]);
    return row;
  }

  /** Inserts several rows stamped with the organization. */
  insertMany<E extends ObjectLiteral>(entity: EntityTarget<E>, values: DeepPartial<E>[]): Promise<E[]> {
    const key = this.tenantKey(entity);
    const rows = values.map((v) => this.manager.create(entity, { ...v, [key]: this.organizationId } as DeepPartial<E>));
    return this.manager.save(entity, rows);
  }

  /** Saves a loaded (or new) row; a row of another organization is refused before any SQL. */
  save<E extends ObjectLiteral>(entity: EntityTarget<E>, row: E): Promise<E> {
    this.assertOwn(entity, row);
    return this.manager.save(entity, row);
  }

  /** Saves several loaded rows of the organization. */
  saveMany<E extends ObjectLiteral>(entity: EntityTarget<E>, rows: E[]): Promise<E[]> {
    for (const row of rows) this.assertOwn(entity, row);
    return this.manager.save(entity, rows);
  }

  /** Removes loaded rows of the organization. */
  async remove<E extends ObjectLiteral>(entity: EntityTarget<E>, rows: E[]): Promise<void> {
    for (const row of rows) this.assertOwn(entity, row);
    await this.manager.remove(entity, rows);
  }

  private assertOwn<E extends ObjectLiteral>(entity: EntityTarget<E>, row: E): void {
    const key = this.tenantKey(entity);
    const value: unknown = (row as Record<string, unknown>)[key];
    if (value === undefined && key === 'organizationId') (row as Record<string, unknown>)[key] = this.organizationId;
    else if (value !== this.organizationId) throw new TenantScopeError('a row of another organization');
  }

  /** Updates the organization's rows matching `where`; returns how many changed. */
  async update<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    where: FindOptionsWhere<E>,
    changes: QueryDeepPartialEntity<E>,
  ): Promise<number> {
    const result = await this.manager.update(entity, this.scopeWhere(entity, where) as FindOptionsWhere<E>, changes);
    return result.affected ?? 0;
  }

  /** Deletes the organization's rows matching `where`; returns how many went. */
  async delete<E extends ObjectLiteral>(entity: EntityTarget<E>, where: FindOptionsWhere<E>): Promise<number> {
    const result = await this.manager.delete(entity, this.scopeWhere(entity, where) as FindOptionsWhere<E>);
    return result.affected ?? 0;
  }

  /** A SELECT over `entity` as `alias`, already filtered to the organization; add conditions with `andWhere`. */
  select<E extends ObjectLiteral>(entity: EntityTarget<E>, alias: string): SelectQueryBuilder<E> {
    const column = this.tenantKey(entity) === 'id' ? 'id' : 'organization_id';
    return this.manager
      .getRepository(entity)
      .createQueryBuilder(alias)
      .where(`${alias}.${column} = :tenantOrganizationId`, { tenantOrganizationId: this.organizationId });
  }

  /**
   * How many rows a SELECT (from `select`) matches, counting no further than `limit`: PostgreSQL
   * stops reading at the limit, so a count costs at most `limit` index entries, not the organization.
   * The SELECT's ORDER BY is kept, so the count walks the same index as the list it counts.
   */
  async countUpTo<E extends ObjectLiteral>(
    qb: SelectQueryBuilder<E>,
    limit: number,
    /**
     * Counts the rows of another (smaller, indexed) set instead, each checked against `qb` by a
     * condition `qb` gets (e.g. "the tickets of a tag": its links, each looked up in the tickets).
     */
    driver?: { from: string; link: string; params: Record<string, unknown> },
  ): Promise<number> {
    let from: string;
    let params: Record<string, unknown>;
    if (driver) {
      // OFFSET 0 keeps the check a per-row lookup rather than a join PostgreSQL might hash over the whole table.
      const check = qb.clone().orderBy().select('1').andWhere(driver.link);
      from = `(SELECT 1 FROM ${driver.from} AND EXISTS (${check.getQuery()} OFFSET 0) LIMIT ${Number(limit)})`;
      params = { ...check.getParameters(), ...driver.params };
    } else {
      const matches = qb.clone().select('1').limit(limit);
      from = `(${matches.getQuery()})`;
      params = matches.getParameters();
    }
    const row = await this.manager
      .createQueryBuilder()
      .select('count(*)', 'n')
      .from(from, 'c')
      .setParameters(params)
      .getRawOne<{ n: string }>();
    return Number(row?.n ?? 0);
  }

  /** An UPDATE of `entity`, already filtered to the organization; add conditions with `andWhere`. */
  updateQuery<E extends ObjectLiteral>(entity: EntityTarget<E>): UpdateQueryBuilder<E> {
    const column = this.tenantKey(entity) === 'id' ? 'id' : 'organization_id';
    return this.manager
      .createQueryBuilder()
      .update(entity)
      .where(`${column} = :tenantOrganizationId`, { tenantOrganizationId: this.organizationId });
  }

  /** A DELETE from `entity`, already filtered to the organization; add conditions with `andWhere`. */
  deleteQuery<E extends ObjectLiteral>(entity: EntityTarget<E>): DeleteQueryBuilder<E> {
    const column = this.tenantKey(entity) === 'id' ? 'id' : 'organization_id';
    return this.manager
      .createQueryBuilder()
      .delete()
      .from(entity)
      .where(`${column} = :tenantOrganizationId`, { tenantOrganizationId: this.organizationId });
  }

  /**
   * Raw SQL for what the query builder cannot say (full-text search, UPDATE ... RETURNING). It runs
   * as the application role, so row-level security still limits it to the organization; write the
   * organization filter too (`$1` is not added for you).
   */
  sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(text, params);
  }
}
