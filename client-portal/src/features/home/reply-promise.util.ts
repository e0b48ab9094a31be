import { parseInstant } from '@actionconnect/shared';

/** The portal's promise as the API gives it. */
export interface ReplyPromiseData {
  replyWithinMinutes: number | null;
  businessHours: boolean;
  openNow: boolean;
  opensAt: unknown;
}

/** "We usually reply within 4 business hours" (or minutes, or calendar hours); null with nothing to promise. */
export function replyPromiseText(promise: ReplyPromiseData): string | null {
  const minutes = promise.replyWithinMinutes;
  if (!minutes) return null;
  const kind = promise.businessHours ? 'business ' : '';
  if (minutes < 60) return `We usually reply within ${minutes} ${kind}minute${minutes === 1 ? '' : 's'}.`;
  const hours = Math.ceil(minutes / 60);
  return `We usually reply within ${hours} ${kind}hour${hours === 1 ? '' : 's'}.`;
}

/**
 * A moment as the reader's own clock says it: "Tuesday 10:00" within the coming week, else with the
 * date ("12 March at 10:00"). `timeZone` is for tests; the browser's own zone otherwise.
 */
export function localMoment(value: unknown, now: Date = new Date(), options: { locale?: string; timeZone?: string } = {}): string {
  const at = parseInstant(value);
  if (!at) return '';
  const soon = at.getTime() - now.getTime() < 6 * 24 * 3600_000;
  const format: Intl.DateTimeFormatOptions = soon
    ? { weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return at.toLocaleString(options.locale ?? 'en-GB', { ...format, timeZone: options.timeZone });
}

/** "We're away right now: back Monday 09:00 (your time)." while the team is closed; null while it is in. */
export function awayText(promise: ReplyPromiseData, now: Date = new Date(), options: { timeZone?: string } = {}): string | null {
  if (promise.openNow || !promise.opensAt) return null;
  return `The team is away right now and back ${localMoment(promise.opensAt, now, options)} (your time).`;
}
