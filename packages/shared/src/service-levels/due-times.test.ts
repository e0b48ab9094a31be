import type { BusinessSchedule } from './business-time';
import { dueTimes, soonestDue, type TicketClock } from './due-times';

const berlin: BusinessSchedule = {
  timeZone: 'Europe/Berlin',
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
  holidays: [],
};
const targets = { firstResponseMinutes: 480, nextResponseMinutes: 240, resolutionMinutes: 2400, businessHours: true };
const created = new Date('2026-01-13T09:00:00Z'); // Tuesday 10:00 Berlin
const clock = (over: Partial<TicketClock> = {}): TicketClock => ({
  status: 'new',
  createdAt: created,
  firstRespondedAt: null,
  awaitingReplySince: created,
  pauses: [],
  ...over,
});

describe('dueTimes', () => {
  it('holds a new ticket to its first response and resolution targets', () => {
    const due = dueTimes(clock(), targets, berlin);
    expect(due.first_response?.toISOString()).toBe('2026-01-14T09:00:00.000Z');
    expect(due.next_response).toBeNull();
    expect(due.resolution?.toISOString()).toBe('2026-01-20T09:00:00.000Z');
    expect(soonestDue(due)).toEqual(due.first_response);
  });

  it('after the first reply, waits on the next response only while the requester waits', () => {
    const replied = new Date('2026-01-13T10:00:00Z');
    expect(
      dueTimes(clock({ status: 'open', firstRespondedAt: replied, awaitingReplySince: null }), targets, berlin).next_response,
    ).toBeNull();
    const asked = new Date('2026-01-13T14:00:00Z'); // 15:00 Berlin: two hours today, two tomorrow
    const due = dueTimes(clock({ status: 'open', firstRespondedAt: replied, awaitingReplySince: asked }), targets, berlin);
    expect(due.first_response).toBeNull();
    expect(due.next_response?.toISOString()).toBe('2026-01-14T10:00:00.000Z');
  });

  it('pauses while pending and owes nothing once solved', () => {
    expect(soonestDue(dueTimes(clock({ status: 'pending', pauses: [{ from: created, to: null }] }), targets, berlin))).toBeNull();
    expect(soonestDue(dueTimes(clock({ status: 'solved' }), targets, berlin))).toBeNull();
  });

  it('counts calendar hours when the policy says so', () => {
    const due = dueTimes(clock(), { ...targets, businessHours: false }, berlin);
    expect(due.first_response?.toISOString()).toBe('2026-01-13T17:00:00.000Z');
  });
});
