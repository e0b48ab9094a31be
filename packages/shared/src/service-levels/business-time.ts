import { DateTime, IANAZone } from 'luxon';

// Business-time arithmetic: which instants count towards a service-level target. Pure functions of
// instants (Date) and an organization's schedule, so the server (due times, reports) and the
// portal ("back on Monday 09:00") compute the same answers. Local wall times are turned into
// instants by luxon with the schedule's IANA zone, so a day that is 23 or 25 hours long (a
// daylight-saving change) still opens and closes at its wall-clock times.

/** One opening of a weekday, local wall-clock times "HH:MM"; `closes` may be "24:00". ISO weekday: 1 Monday … 7 Sunday. */
export interface OpeningInterval {
  weekday: number;
  opens: string;
  closes: string;
}

/** A closed day ("YYYY-MM-DD"); `yearly` closes the same month and day every year. */
export interface Holiday {
  date: string;
  yearly: boolean;
  name?: string;
}

/** An organization's business hours. */
export interface BusinessSchedule {
  timeZone: string;
  hours: OpeningInterval[];
  holidays: Holiday[];
}

/** A stretch during which the clock stands still (the ticket waited on the customer); `to` null: still paused. */
export interface ClockPause {
  from: Date;
  to: Date | null;
}

/** Limits on what a schedule may hold. */
export const BUSINESS_HOURS_LIMITS = { maxIntervals: 50, maxHolidays: 400 } as const;

const MINUTE = 60_000;
// A target can be at most a year; walking a few years of days bounds every search, even on a schedule
// with almost no opening hours.
const MAX_DAYS_WALKED = 366 * 3;
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes after midnight of "HH:MM" ("24:00" is 1440), or null when it is not a time. */
export function minuteOfDay(value: string): number | null {
  const match = TIME.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 24 * 60 ? null : minutes;
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  return zone.length > 0 && zone.length <= 64 && IANAZone.isValidZone(zone);
}

/** The first problem of a schedule, naming the input field it is in, or null when it is fine. */
export function businessScheduleProblem(schedule: BusinessSchedule): { field: string; message: string } | null {
  if (!isKnownTimeZone(schedule.timeZone)) return { field: 'timeZone', message: `"${schedule.timeZone}" is not a known time zone.` };
  if (schedule.hours.length > BUSINESS_HOURS_LIMITS.maxIntervals) {
    return { field: 'hours', message: `At most ${BUSINESS_HOURS_LIMITS.maxIntervals} opening intervals.` };
  }
  const byDay = new Map<number, [number, number][]>();
  for (const [index, interval] of schedule.hours.entries()) {
    const field = `hours.${index}`;
    if (!Number.isInteger(interval.weekday) || interval.weekday < 1 || interval.weekday > 7) {
      return { field, message: 'The weekday must be 1 (Monday) to 7 (Sunday).' };
    }
    const opens = minuteOfDay(interval.opens);
    const closes = minuteOfDay(interval.closes);
    if (opens === null || closes === null) return { field, message: 'Times are written HH:MM, from 00:00 to 24:00.' };
    if (closes <= opens) return { field, message: `${interval.opens}–${interval.closes} closes before it opens.` };
    const day = byDay.get(interval.weekday) ?? [];
    if (day.some(([o, c]) => opens < c && o < closes))
      return { field, message: `${interval.opens}–${interval.closes} overlaps another interval that day.` };
    day.push([opens, closes]);
    byDay.set(interval.weekday, day);
  }
  if (schedule.holidays.length > BUSINESS_HOURS_LIMITS.maxHolidays) {
    return { field: 'holidays', message: `At most ${BUSINESS_HOURS_LIMITS.maxHolidays} holidays.` };
  }
  for (const [index, holiday] of schedule.holidays.entries()) {
    if (!DATE.test(holiday.date) || !DateTime.fromISO(holiday.date, { zone: 'UTC' }).isValid) {
      return { field: `holidays.${index}`, message: 'Holidays are dates written YYYY-MM-DD.' };
    }
  }
  return null;
}

/** Whether the local date is a holiday of the schedule. */
function isHoliday(schedule: BusinessSchedule, day: DateTime): boolean {
  const iso = day.toISODate() ?? '';
  const monthDay = iso.slice(5);
  return schedule.holidays.some((h) => h.date === iso || (h.yearly && h.date.slice(5) === monthDay));
}

/**
 * The schedule's openings as instants [start, end) in milliseconds, in order, from the local day
 * that holds `fromMs` onwards (intervals that end before `fromMs` are skipped, one that holds it is cut).
 */
export function* openings(schedule: BusinessSchedule, fromMs: number): Generator<[number, number]> {
  if (!schedule.hours.length) return;
  const zone = schedule.timeZone;
  let day = DateTime.fromMillis(fromMs, { zone }).startOf('day');
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked++, day = day.plus({ days: 1 }).startOf('day')) {
    if (isHoliday(schedule, day)) continue;
    const today = schedule.hours
      .filter((h) => h.weekday === day.weekday)
      .map((h) => [minuteOfDay(h.opens) ?? 0, minuteOfDay(h.closes) ?? 0] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [opens, closes] of today) {
      const start = localInstant(day, opens);
      const end = localInstant(day, closes);
      if (end <= fromMs || end <= start) continue;
      yield [Math.max(start, fromMs), end];
    }
  }
}

/** The instant of a local wall time on a local day (a time in a spring-forward gap moves forward, as clocks do). */
function localInstant(day: DateTime, minuteOfDay: number): number {
  if (minuteOfDay >= 24 * 60) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }).toMillis();
}

/** The clock's running stretches from `fromMs`: business openings (or all time when `schedule` is null), minus pauses. */
function* running(schedule: BusinessSchedule | null, fromMs: number, pauses: ClockPause[]): Generator<[number, number]> {
  const stops = pauses
    .map((p) => [p.from.getTime(), p.to ? p.to.getTime() : Infinity] as [number, number])
    .filter(([, to]) => to > fromMs)
    .sort((a, b) => a[0] - b[0]);
  const source: Iterable<[number, number]> = schedule ? openings(schedule, fromMs) : [[fromMs, Infinity]];
  for (const [start, end] of source) {
    let cursor = start;
    for (const [from, to] of stops) {
      if (to <= cursor || from >= end) continue;
      if (from > cursor) yield [cursor, from];
      cursor = Math.max(cursor, to);
      if (cursor >= end) break;
    }
    if (cursor < end) yield [cursor, end];
    if (cursor === Infinity) return;
  }
}

/**
 * The instant `minutes` of running clock after `start`: business minutes with a schedule, calendar
 * minutes without one; paused stretches do not count. Null when the clock never runs that long
 * (paused still, or a schedule with no openings in the next years).
 */
export function addClockMinutes(
  start: Date,
  minutes: number,
  options: { schedule: BusinessSchedule | null; pauses?: ClockPause[] },
): Date | null {
  let left = minutes * MINUTE;
  for (const [from, to] of running(options.schedule, start.getTime(), options.pauses ?? [])) {
    if (to - from >= left) return new Date(from + left);
    left -= to - from;
  }
  return null;
}

/** Minutes of running clock between two instants (business minutes with a schedule), pauses left out. */
export function clockMinutesBetween(start: Date, end: Date, options: { schedule: BusinessSchedule | null; pauses?: ClockPause[] }): number {
  const endMs = end.getTime();
  let total = 0;
  for (const [from, to] of running(options.schedule, start.getTime(), options.pauses ?? [])) {
    if (from >= endMs) break;
    total += Math.min(to, endMs) - from;
  }
  return total / MINUTE;
}

/** Whether the team is open at `now`, and if not, when it next opens (null: no opening in the next years). */
export function openState(schedule: BusinessSchedule, now: Date): { open: true } | { open: false; opensAt: Date | null } {
  for (const [start] of openings(schedule, now.getTime())) {
    return start <= now.getTime() ? { open: true } : { open: false, opensAt: new Date(start) };
  }
  return { open: false, opensAt: null };
}
