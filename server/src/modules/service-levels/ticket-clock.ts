import {
  SERVICE_TARGETS,
  dueTimes,
  soonestDue,
  type BusinessSchedule,
  type DueTimes,
  type ServiceTargets,
  type TicketClock,
} from '@actionconnect/shared';
import type { TenantTx } from '../../db/tenant';
import { Ticket } from '../tickets/ticket.entity';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { BusinessHours } from './business-hours.entity';
import { ServiceLevelPolicy } from './service-level-policy.entity';

// A ticket's service-level clock, kept in the transaction of every change to the ticket: saveTicket
// and the submission service call applyClock after writing, so the stored due times always match
// the ticket they sit on (issue 15.3).

const RUNNING = new Set(['new', 'open']);

/** The ticket columns the clock writes. */
export type ClockColumns = Partial<
  Pick<
    Ticket,
    | 'awaitingReplySince'
    | 'clockPauses'
    | 'firstResponseDueAt'
    | 'nextResponseDueAt'
    | 'resolutionDueAt'
    | 'dueAt'
    | 'breachesRecorded'
    | 'breachCheckAt'
  >
>;

/** The organization's schedule, or null when it has set no business hours (business targets then never fall due). */
export async function scheduleOf(tx: TenantTx): Promise<BusinessSchedule | null> {
  const row = await tx.findOneBy(BusinessHours, {});
  return row ? { timeZone: row.timeZone, hours: row.hours, holidays: row.holidays } : null;
}

/** The policy a ticket is held to: its priority and form's, else its priority's, else none. */
export async function policyFor(tx: TenantTx, ticket: Pick<Ticket, 'priority' | 'formVersionId'>): Promise<ServiceLevelPolicy | null> {
  const policies = await tx.find(ServiceLevelPolicy, { where: { priority: ticket.priority } });
  // Only a form-specific policy needs the ticket's form (most organizations have none).
  const version =
    policies.some((p) => p.formId) && ticket.formVersionId ? await tx.findOneBy(IntakeFormVersion, { id: ticket.formVersionId }) : null;
  return pickPolicy(policies, ticket.priority, version?.formId ?? null);
}

/** Of an organization's policies, the one for a priority and form: the form's own, else the priority's general one. */
export function pickPolicy(policies: ServiceLevelPolicy[], priority: string, formId: string | null): ServiceLevelPolicy | null {
  return (
    policies.find((p) => p.priority === priority && p.formId !== null && p.formId === formId) ??
    policies.find((p) => p.priority === priority && p.formId === null) ??
    null
  );
}

/** A policy's targets as the shared arithmetic reads them. */
export function targetsOf(policy: ServiceLevelPolicy | null): ServiceTargets | null {
  return policy
    ? {
        firstResponseMinutes: policy.firstResponseMinutes,
        nextResponseMinutes: policy.nextResponseMinutes,
        resolutionMinutes: policy.resolutionMinutes,
        businessHours: policy.businessHours,
      }
    : null;
}

/** The ticket's clock as stored. */
export function clockOf(ticket: Ticket): TicketClock {
  return {
    status: ticket.status,
    createdAt: ticket.createdAt,
    firstRespondedAt: ticket.firstRespondedAt,
    awaitingReplySince: ticket.awaitingReplySince,
    pauses: ticket.clockPauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
  };
}

/** The columns that follow from a clock, a policy and a schedule: due times and the sweeper's next look. */
export function dueColumns(
  ticket: Ticket,
  due: DueTimes,
): Pick<Ticket, 'firstResponseDueAt' | 'nextResponseDueAt' | 'resolutionDueAt' | 'dueAt' | 'breachCheckAt'> {
  let breachCheckAt: Date | null = null;
  for (const target of SERVICE_TARGETS) {
    const at = due[target];
    if (at && ticket.breachesRecorded[target] !== at.toISOString() && (!breachCheckAt || at < breachCheckAt)) breachCheckAt = at;
  }
  return {
    firstResponseDueAt: due.first_response,
    nextResponseDueAt: due.next_response,
    resolutionDueAt: due.resolution,
    dueAt: soonestDue(due),
    breachCheckAt,
  };
}

/**
 * After a change to `saved` (from `before`; null for a new ticket): opens or closes the clock's pause
 * when the status stops or starts it (pending, solved and closed stop it), starts the wait for a reply
 * on a new ticket, and stores the due times. Returns the ticket as stored.
 */
export async function applyClock(tx: TenantTx, before: Ticket | null, saved: Ticket): Promise<Ticket> {
  const now = saved.updatedAt.toISOString();
  const changes: ClockColumns = {};
  if (!before) changes.awaitingReplySince = saved.awaitingReplySince ?? saved.createdAt;
  const wasRunning = before ? RUNNING.has(before.status) : true;
  const isRunning = RUNNING.has(saved.status);
  if (wasRunning && !isRunning) changes.clockPauses = [...saved.clockPauses, { from: now, to: null }];
  if (!wasRunning && isRunning) changes.clockPauses = saved.clockPauses.map((p) => (p.to === null ? { ...p, to: now } : p));
  const next = { ...saved, ...changes } as Ticket;
  const due = dueTimes(clockOf(next), targetsOf(await policyFor(tx, next)), await scheduleOf(tx));
  Object.assign(changes, dueColumns(next, due));
  const changed = (Object.keys(changes) as (keyof ClockColumns)[]).filter((key) => !same(saved[key], changes[key]));
  if (!changed.length) return saved;
  const values = Object.fromEntries(changed.map((key) => [key, changes[key]])) as ClockColumns;
  await storeClock(tx, saved.id, values);
  return Object.assign(saved, values);
}

/** Writes clock columns without touching updated_at (a due time moving is no activity on the ticket). */
export async function storeClock(tx: TenantTx, ticketId: string, values: ClockColumns): Promise<void> {
  await tx.update(Ticket, { id: ticketId }, { ...values, updatedAt: () => 'updated_at' });
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}
