import {
  addClockMinutes,
  businessScheduleProblem,
  clockMinutesBetween,
  openState,
  type BusinessSchedule,
  type OpeningInterval,
} from './business-time';

const weekdays = (opens: string, closes: string): OpeningInterval[] => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));
const berlin: BusinessSchedule = { timeZone: 'Europe/Berlin', hours: weekdays('09:00', '17:00'), holidays: [] };
const newYork: BusinessSchedule = { timeZone: 'America/New_York', hours: weekdays('09:00', '17:00'), holidays: [] };
const at = (iso: string) => new Date(iso);
const business = (schedule: BusinessSchedule, start: string, minutes: number, pauses = [] as { from: Date; to: Date | null }[]) =>
  addClockMinutes(at(start), minutes, { schedule, pauses })?.toISOString();

describe('business-time arithmetic', () => {
  it('counts only the opening hours of a day', () => {
    // Tuesday 10:00 in Berlin (CET, UTC+1) plus 2 h is 12:00.
    expect(business(berlin, '2026-01-13T09:00:00Z', 120)).toBe('2026-01-13T11:00:00.000Z');
  });

  it('carries hours over the night to the next morning', () => {
    // Tuesday 16:00 Berlin plus 2 h: one hour today, one from 09:00 on Wednesday.
    expect(business(berlin, '2026-01-13T15:00:00Z', 120)).toBe('2026-01-14T09:00:00.000Z');
  });

  it('starts a request that arrives at night at the next opening', () => {
    expect(business(berlin, '2026-01-13T22:30:00Z', 60)).toBe('2026-01-14T09:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 16:30 Berlin plus one business day (8 h) is Monday 16:30.
    expect(business(berlin, '2026-01-16T15:30:00Z', 8 * 60)).toBe('2026-01-19T15:30:00.000Z');
  });

  it('skips a holiday, and a yearly holiday in later years too', () => {
    const christmas: BusinessSchedule = {
      ...berlin,
      holidays: [
        { date: '2025-12-25', yearly: true },
        { date: '2026-12-24', yearly: false },
      ],
    };
    // Wednesday 23 Dec 2026, 16:00 plus 2 h: the 24th (one-off) and the 25th (yearly) are closed; Monday 28th 10:00.
    expect(business(christmas, '2026-12-23T15:00:00Z', 120)).toBe('2026-12-28T09:00:00.000Z');
    // Without the holidays it would have been Thursday 24th, 10:00.
    expect(business(berlin, '2026-12-23T15:00:00Z', 120)).toBe('2026-12-24T09:00:00.000Z');
  });

  it('opens at local 09:00 on both sides of a daylight-saving change in Berlin', () => {
    // Friday 27 March 2026 16:00 CET (15:00Z) plus 2 h; clocks go forward on Sunday the 29th: Monday 10:00 CEST is 08:00Z.
    expect(business(berlin, '2026-03-27T15:00:00Z', 120)).toBe('2026-03-30T08:00:00.000Z');
    // And back: Friday 23 October 16:00 CEST (14:00Z) plus 2 h is Monday 26th 10:00 CET, 09:00Z.
    expect(business(berlin, '2026-10-23T14:00:00Z', 120)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('opens at local 09:00 on both sides of a daylight-saving change in New York', () => {
    // Friday 6 March 2026 16:00 EST (21:00Z) plus 2 h; DST starts Sunday the 8th: Monday 10:00 EDT is 14:00Z.
    expect(business(newYork, '2026-03-06T21:00:00Z', 120)).toBe('2026-03-09T14:00:00.000Z');
    // DST ends Sunday 1 November: Friday 30 Oct 16:00 EDT (20:00Z) plus 2 h is Monday 10:00 EST, 15:00Z.
    expect(business(newYork, '2026-10-30T20:00:00Z', 120)).toBe('2026-11-02T15:00:00.000Z');
  });

  it('counts calendar hours over a short night correctly when the schedule is always open', () => {
    // Open all day every day in Berlin: the spring-forward night is one hour short, and 24 business hours are 24 real ones.
    const always: BusinessSchedule = {
      timeZone: 'Europe/Berlin',
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' })),
      holidays: [],
    };
    expect(business(always, '2026-03-28T12:00:00Z', 24 * 60)).toBe('2026-03-29T12:00:00.000Z');
  });

  it('leaves paused stretches out', () => {
    // Tuesday 10:00 Berlin plus 4 h with a pause from 11:00 to 13:00: due at 16:00.
    const pauses = [{ from: at('2026-01-13T10:00:00Z'), to: at('2026-01-13T12:00:00Z') }];
    expect(business(berlin, '2026-01-13T09:00:00Z', 240, pauses)).toBe('2026-01-13T15:00:00.000Z');
    // Calendar time pauses too.
    expect(addClockMinutes(at('2026-01-13T09:00:00Z'), 240, { schedule: null, pauses })?.toISOString()).toBe('2026-01-13T15:00:00.000Z');
  });

  it('has no due time while the clock is paused', () => {
    const pauses = [{ from: at('2026-01-13T10:00:00Z'), to: null }];
    expect(business(berlin, '2026-01-13T09:00:00Z', 240, pauses)).toBeUndefined();
  });

  it('measures business minutes between two instants', () => {
    // Friday 16:00 to Monday 10:00 Berlin: one hour on Friday, one on Monday.
    expect(clockMinutesBetween(at('2026-01-16T15:00:00Z'), at('2026-01-19T09:00:00Z'), { schedule: berlin })).toBe(120);
    expect(clockMinutesBetween(at('2026-01-16T15:00:00Z'), at('2026-01-19T09:00:00Z'), { schedule: null })).toBe(66 * 60);
  });

  it('says whether the team is open, and when it is back', () => {
    expect(openState(berlin, at('2026-01-13T10:00:00Z'))).toEqual({ open: true });
    expect(openState(berlin, at('2026-01-17T10:00:00Z'))).toEqual({ open: false, opensAt: at('2026-01-19T08:00:00Z') });
  });

  it('handles several intervals a day (a lunch break)', () => {
    const lunch: BusinessSchedule = {
      ...berlin,
      hours: [
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 2, opens: '13:00', closes: '17:00' },
      ],
    };
    // Tuesday 11:00 plus 2 h: one before lunch, one after: 14:00 local.
    expect(business(lunch, '2026-01-13T10:00:00Z', 120)).toBe('2026-01-13T13:00:00.000Z');
  });
});

describe('businessScheduleProblem', () => {
  it('accepts a normal week', () => {
    expect(businessScheduleProblem(berlin)).toBeNull();
  });

  it('names the field of an unknown time zone, reversed or overlapping hours and bad holidays', () => {
    expect(businessScheduleProblem({ ...berlin, timeZone: 'Mars/Olympus' })?.field).toBe('timeZone');
    expect(businessScheduleProblem({ ...berlin, hours: [{ weekday: 1, opens: '17:00', closes: '09:00' }] })?.field).toBe('hours.0');
    const overlapping = [
      { weekday: 1, opens: '09:00', closes: '13:00' },
      { weekday: 1, opens: '12:00', closes: '17:00' },
    ];
    expect(businessScheduleProblem({ ...berlin, hours: overlapping })?.field).toBe('hours.1');
    expect(businessScheduleProblem({ ...berlin, hours: [{ weekday: 8, opens: '09:00', closes: '10:00' }] })?.field).toBe('hours.0');
    expect(businessScheduleProblem({ ...berlin, hours: [{ weekday: 1, opens: '9am', closes: '10:00' }] })?.field).toBe('hours.0');
    expect(businessScheduleProblem({ ...berlin, holidays: [{ date: '2026-02-30', yearly: false }] })?.field).toBe('holidays.0');
    const thousands = Array.from({ length: 2000 }, (_, i) => ({ date: '2026-01-01', yearly: i % 2 === 0 }));
    expect(businessScheduleProblem({ ...berlin, holidays: thousands })?.field).toBe('holidays');
  });
});
