import { describe, expect, it } from '@jest/globals';
import { holidaysText, hoursToMinutes, minutesToHours, parseHolidays } from './service-levels-form.util';

describe('the service-level settings form', () => {
  it('reads holidays one a line, with an optional yearly repeat and name', () => {
    const holidays = parseHolidays('2026-12-25 yearly Christmas Day\n\n2026-04-03 Good Friday\n2026-05-01');
    expect(holidays).toEqual([
      { date: '2026-12-25', yearly: true, name: 'Christmas Day' },
      { date: '2026-04-03', yearly: false, name: 'Good Friday' },
      { date: '2026-05-01', yearly: false, name: null },
    ]);
    expect(holidaysText(holidays)).toBe('2026-12-25 yearly Christmas Day\n2026-04-03 Good Friday\n2026-05-01');
  });

  it('turns hours into minutes and back; nonsense becomes 0 for the server to refuse by name', () => {
    expect(hoursToMinutes('8')).toBe(480);
    expect(hoursToMinutes('1,5')).toBe(90);
    expect(hoursToMinutes(' ')).toBeNull();
    expect(hoursToMinutes('soon')).toBe(0);
    expect(minutesToHours(90)).toBe('1.5');
    expect(minutesToHours(null)).toBe('');
  });
});
