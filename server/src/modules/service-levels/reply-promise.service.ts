import { clockMinutesBetween, openState, type BusinessSchedule } from '@actionconnect/shared';
import type { TenantData } from '../../db/tenant';
import { Ticket } from '../tickets/ticket.entity';
import { pickPolicy, scheduleOf } from './ticket-clock';
import { ServiceLevelPolicy } from './service-level-policy.entity';

/** What the portal promises a requester (issue 15.4). */
export interface ReplyPromise {
  /** "We usually reply within N" minutes (business minutes when `businessHours`); null: no promise to make. */
  replyWithinMinutes: number | null;
  businessHours: boolean;
  /** Whether the team is within its business hours now (true when it has none set). */
  openNow: boolean;
  /** When the team is back, while it is closed. */
  opensAt: Date | null;
}

/** First responses read for the median: the most recent of the last 30 days, at most this many. */
export const PROMISE_SAMPLE = 200;
/** Fewer recent first responses than this and the promise is the policy's target alone. */
export const PROMISE_MIN_SAMPLES = 5;
const CACHE_MS = 60_000;
const DAY = 24 * 3600_000;

/**
 * The portal's "We usually reply within N business hours": the median of the last 30 days' actual
 * first responses (in the policy's business or calendar time) when there are enough of them, else
 * the normal-priority policy's first-response target. Two cheap index reads, cached a minute per
 * organization and process.
 */
export class ReplyPromiseService {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(private readonly tenant: TenantData) {}

  async promise(organizationId: string, now = new Date()): Promise<ReplyPromise> {
    const cached = this.cache.get(organizationId);
    if (cached && now.getTime() - cached.at < CACHE_MS) return withOpening(cached.promise, now, cached.schedule);
    const computed = await this.tenant.run(organizationId, async (tx) => {
      const schedule = await scheduleOf(tx);
      const policy = pickPolicy(await tx.find(ServiceLevelPolicy, { where: { priority: 'normal' } }), 'normal', null);
      const businessHours = policy?.businessHours ?? schedule !== null;
      const recent = await tx
        .select(Ticket, 't')
        .select(['t.id', 't.createdAt', 't.firstRespondedAt'])
        .andWhere('t.first_responded_at IS NOT NULL')
        .andWhere('t.first_responded_at > :since', { since: new Date(now.getTime() - 30 * DAY) })
        .orderBy('t.first_responded_at', 'DESC')
        .limit(PROMISE_SAMPLE)
        .getMany();
      const clock = { schedule: businessHours ? schedule : null };
      const minutes = recent.map((t) => clockMinutesBetween(t.createdAt, t.firstRespondedAt ?? t.createdAt, clock)).sort((a, b) => a - b);
      const median = minutes.length >= PROMISE_MIN_SAMPLES ? minutes[Math.floor(minutes.length / 2)] : null;
      const promise: ReplyPromise = {
        replyWithinMinutes: median !== null ? Math.max(1, Math.ceil(median)) : (policy?.firstResponseMinutes ?? null),
        businessHours,
        openNow: true,
        opensAt: null,
      };
      return { promise, schedule };
    });
    this.cache.set(organizationId, { at: now.getTime(), ...computed });
    return withOpening(computed.promise, now, computed.schedule);
  }

  /** Drops the cached promise (after the organization's hours or policies change). */
  forget(organizationId: string): void {
    this.cache.delete(organizationId);
  }
}

interface CacheEntry {
  at: number;
  promise: ReplyPromise;
  schedule: BusinessSchedule | null;
}

/** The promise with whether the team is open at `now` and, if not, when it is back. */
function withOpening(promise: ReplyPromise, now: Date, schedule: BusinessSchedule | null): ReplyPromise {
  if (!schedule) return { ...promise, openNow: true, opensAt: null };
  const state = openState(schedule, now);
  return { ...promise, openNow: state.open, opensAt: state.open ? null : state.opensAt };
}
