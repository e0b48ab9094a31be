import { addClockMinutes, type BusinessSchedule, type ClockPause } from './business-time';

/** The targets a ticket is held to, in minutes (null: no such target). */
export interface ServiceTargets {
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  /** Count business hours (the organization's schedule) rather than calendar hours. */
  businessHours: boolean;
}

/** What of a ticket the clock reads. */
export interface TicketClock {
  status: string;
  createdAt: Date;
  /** The first public reply by an agent. */
  firstRespondedAt: Date | null;
  /** Since when the requester's words wait for an agent's public reply (null: nothing waits). */
  awaitingReplySince: Date | null;
  /** Stretches spent pending (waiting on the requester). */
  pauses: ClockPause[];
}

/** The three targets, by the name used in events, columns and the API. */
export const SERVICE_TARGETS = ['first_response', 'next_response', 'resolution'] as const;
export type ServiceTarget = (typeof SERVICE_TARGETS)[number];

export type DueTimes = Record<ServiceTarget, Date | null>;

/** Longest target accepted: a year, in minutes. */
export const MAX_TARGET_MINUTES = 366 * 24 * 60;

/**
 * When each target of a ticket falls due. A solved or closed ticket owes nothing; a pending one's
 * clock is paused (its open pause makes every due time null until it ends). The first response runs
 * from creation until the first public agent reply; the next response from the requester's
 * message that waits; resolution from creation, pauses left out.
 */
export function dueTimes(clock: TicketClock, targets: ServiceTargets | null, schedule: BusinessSchedule | null): DueTimes {
  const none: DueTimes = { first_response: null, next_response: null, resolution: null };
  if (!targets || clock.status === 'solved' || clock.status === 'closed') return none;
  const options = { schedule: targets.businessHours ? schedule : null, pauses: clock.pauses };
  const after = (start: Date | null, minutes: number | null) => (start && minutes ? addClockMinutes(start, minutes, options) : null);
  return {
    first_response: clock.firstRespondedAt ? null : after(clock.createdAt, targets.firstResponseMinutes),
    next_response: clock.firstRespondedAt ? after(clock.awaitingReplySince, targets.nextResponseMinutes) : null,
    resolution: after(clock.createdAt, targets.resolutionMinutes),
  };
}

/** The soonest of the due times (what the queue sorts by), or null. */
export function soonestDue(due: DueTimes): Date | null {
  let soonest: Date | null = null;
  for (const target of SERVICE_TARGETS) {
    const at = due[target];
    if (at && (!soonest || at < soonest)) soonest = at;
  }
  return soonest;
}
