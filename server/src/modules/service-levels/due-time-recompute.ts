import { dueTimes } from '@actionconnect/shared';
import type { Logger } from 'pino';
import { outsideTenantTx, type TenantData } from '../../db/tenant';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { Ticket } from '../tickets/ticket.entity';
import { ServiceLevelPolicy } from './service-level-policy.entity';
import { clockOf, dueColumns, pickPolicy, scheduleOf, storeClock, targetsOf, type ClockColumns } from './ticket-clock';

/** Tickets per transaction: short enough that agents' writes to the same tickets never wait long. */
export const RECOMPUTE_CHUNK = 200;

/**
 * Recomputes the due times of an organization's unsolved tickets after its policies or business
 * hours changed, in the background and in chunks (one transaction of at most RECOMPUTE_CHUNK
 * tickets each, by id), so the admin's save returns at once whatever the number of tickets. A
 * change saved while a recompute runs makes it start over once it ends.
 */
export class DueTimeRecompute {
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(
    private readonly tenant: TenantData,
    private readonly log: Pick<Logger, 'info' | 'error'>,
  ) {}

  /** Starts (or queues) a recompute of the organization; returns at once. */
  schedule(organizationId: string): void {
    if (this.running.has(organizationId)) {
      this.again.add(organizationId);
      return;
    }
    const run = outsideTenantTx(() => this.recompute(organizationId))
      .then(() => undefined)
      .catch((error: unknown) => this.log.error({ err: error, organizationId }, 'recomputing due times failed'))
      .finally(() => {
        this.running.delete(organizationId);
        if (this.again.delete(organizationId)) this.schedule(organizationId);
      });
    this.running.set(organizationId, run);
  }

  /** Resolves once no recompute runs or waits (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running.values()]);
  }

  /** Recomputes every unsolved ticket of the organization now; returns how many changed. */
  async recompute(organizationId: string): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let changed = 0;
    for (;;) {
      const done = await this.tenant.run(organizationId, async (tx) => {
        const tickets = await tx
          .select(Ticket, 't')
          .andWhere(`t.status IN ('new', 'open', 'pending')`)
          .andWhere('t.id > :after', { after })
          .orderBy('t.id')
          .limit(RECOMPUTE_CHUNK)
          .setLock('pessimistic_write')
          .getMany();
        if (!tickets.length) return true;
        const schedule = await scheduleOf(tx);
        const policies = await tx.find(ServiceLevelPolicy);
        const versionIds = [...new Set(tickets.flatMap((t) => (t.formVersionId ? [t.formVersionId] : [])))];
        const versions = versionIds.length
          ? await tx.select(IntakeFormVersion, 'v').andWhere('v.id IN (:...versionIds)', { versionIds }).getMany()
          : [];
        const formOf = new Map(versions.map((v) => [v.id, v.formId]));
        for (const ticket of tickets) {
          const formId = ticket.formVersionId ? formOf.get(ticket.formVersionId) : undefined;
          const policy = pickPolicy(policies, ticket.priority, formId ?? null);
          const columns: ClockColumns = dueColumns(ticket, dueTimes(clockOf(ticket), targetsOf(policy), schedule));
          const differs = (Object.keys(columns) as (keyof ClockColumns)[]).some(
            (key) => (ticket[key] as Date | null)?.getTime?.() !== (columns[key] as Date | null)?.getTime?.(),
          );
          if (!differs) continue;
          await storeClock(tx, ticket.id, columns);
          changed++;
        }
        after = tickets[tickets.length - 1].id;
        return tickets.length < RECOMPUTE_CHUNK;
      });
      if (done) break;
    }
    if (changed) this.log.info({ organizationId, changed }, 'recomputed due times');
    return changed;
  }
}
