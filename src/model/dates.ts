/**
 * Calendar dates and years as the content rules need them: exact (2025-02-30 is an error, not
 * 1 March), and within what makes sense for a knowledge base of work that has been done.
 */

/** The earliest year a case, programme or source may be dated. */
export const FIRST_YEAR = 1900;
/** The earliest date a page can have been checked against its sources. */
export const FIRST_CHECK_DATE = '2000-01-01';

/** Today's date as YYYY-MM-DD (UTC), read at validation time. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function currentYear(): number {
  return new Date().getUTCFullYear();
}

/**
 * A YYYY-MM-DD string as a UTC date, or undefined if it is not a real calendar date. Date() would
 * roll 2024-13-45 over into 2025; this does not.
 */
export function calendarDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years below 100 would otherwise be read as 19xx
  const exact = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exact ? date : undefined;
}
