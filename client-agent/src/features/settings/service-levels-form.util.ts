/** ISO weekdays 1–7 as the settings page names them. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A holiday as the API takes it. */
export interface HolidayValue {
  date: string;
  yearly: boolean;
  name?: string | null;
}

/** Holidays typed one a line: "2026-12-25 yearly Christmas Day" ("yearly" and the name optional); blank lines skipped. */
export function parseHolidays(text: string): HolidayValue[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [date = '', ...rest] = line.split(/\s+/);
      const yearly = rest[0]?.toLowerCase() === 'yearly';
      const name = (yearly ? rest.slice(1) : rest).join(' ');
      return { date, yearly, name: name || null };
    });
}

/** The holidays as the text area shows them. */
export function holidaysText(holidays: readonly HolidayValue[]): string {
  return holidays.map((h) => [h.date, h.yearly ? 'yearly' : '', h.name ?? ''].filter(Boolean).join(' ')).join('\n');
}

/** Hours typed by the admin as the API's minutes: empty is no target; the server refuses zero and more than a year. */
export function hoursToMinutes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const hours = Number(trimmed);
  return Number.isFinite(hours) ? Math.round(hours * 60) : 0;
}

/** Minutes as the hours field shows them. */
export function minutesToHours(minutes: number | null | undefined): string {
  return minutes ? String(Math.round((minutes / 60) * 100) / 100) : '';
}
