import { PeriodicJob } from '../../jobs/periodic-job';
import { SERVICE_TARGETS } from '@actionconnect/shared';
import type { Logger } from 'pino';
import type { CrossTenantData } from '../../db/cross-tenant';
import type { TenantData, TenantTx } from '../../db/tenant';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { ticketChange } from '../tickets/ticket-store';
import { Ticket } from '../tickets/ticket.entity';
import { ticketsToCheckForBreaches } from './breach-sweep.cross-tenant';
import { storeClock } from './ticket-clock';

/** Knobs tests turn; production uses the defaults. */
export interface BreachSweeperOptions {
  /** How often to look (default every minute). */
  intervalMs?: number;
  /** Tickets per look (default 100). */
  batchSize?: number;
}

const DUE_COLUMN = { first_response: 'firstResponseDueAt', next_response: 'nextResponseDueAt', resolution: 'resolutionDueAt' } as const;

/**
 * Records a `sla_breached` event in a ticket's history when one of its due times passes, once per
 * target and due time (a next-response target can be missed again on a later reply). Started and
 * stopped with the composition like the attachment sweeper.
 */
export class BreachSweeper {
  private readonly job: PeriodicJob;
  private readonly batchSize: number;

  constructor(
    private readonly crossTenant: CrossTenantData,
    private readonly tenant: TenantData,
    private readonly log: Pick<Logger, 'info' | 'error'>,
    options: BreachSweeperOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.job = new PeriodicJob(
      options.intervalMs ?? 60_000,
      () => this.sweep(),
      (error) => this.log.error({ err: error }, 'recording service-level breaches failed'),
    );
  }

  /** Looks now, then every interval. */
  start(): void {
    this.job.start();
  }

  /** Stops the timer and waits for a look in progress. */
  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Records every breach passed at `now`; returns how many events were written. */
  async sweep(now = new Date()): Promise<number> {
    let recorded = 0;
    // Bounded: a ticket whose check could not move on (changed meanwhile) is simply looked at next time.
    for (let round = 0; round < 50; round++) {
      const batch = await ticketsToCheckForBreaches(this.crossTenant, now, this.batchSize);
      for (const { organizationId, ticketId } of batch) {
        recorded += await this.tenant.run(organizationId, (tx) => recordBreaches(tx, ticketId, now));
      }
      if (batch.length < this.batchSize) break;
    }
    if (recorded) this.log.info({ recorded }, 'recorded service-level breaches');
    return recorded;
  }
}

/** Writes the ticket's breaches passed at `now` not yet recorded (under the ticket's lock) and moves its next check on. */
export async function recordBreaches(tx: TenantTx, ticketId: string, now: Date): Promise<number> {
  const ticket = await tx.select(Ticket, 't').setLock('pessimistic_write').andWhere('t.id = :ticketId', { ticketId }).getOne();
  if (!ticket?.breachCheckAt || ticket.breachCheckAt > now) return 0;
  const recorded = { ...ticket.breachesRecorded };
  const events: Partial<TicketEvent>[] = [];
  let next: Date | null = null;
  for (const target of SERVICE_TARGETS) {
    const due = ticket[DUE_COLUMN[target]];
    if (!due || recorded[target] === due.toISOString()) continue;
    if (due > now) {
      if (!next || due < next) next = due;
      continue;
    }
    recorded[target] = due.toISOString();
    events.push({ ticketId: ticket.id, type: 'sla_breached', data: { target, dueAt: due.toISOString() }, visibleToContact: false });
  }
  if (events.length) await tx.insertMany(TicketEvent, events);
  await storeClock(tx, ticket.id, { breachesRecorded: recorded, breachCheckAt: next });
  if (events.length) await tx.announce(ticketChange(ticket));
  return events.length;
}
