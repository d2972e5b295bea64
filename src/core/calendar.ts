import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date as `YYYY-MM-DD` that exists (2024-02-29 yes, 2023-02-29 no).
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2023-02-29').success; // false
 * ```
 * @category Time
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, 'Expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'Expected a calendar date that exists');

/**
 * A calendar date as `YYYY-MM-DD`, with no time zone: a day on the wall calendar of a site.
 *
 * @category Time
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * Day of the week, 0 = Sunday ... 6 = Saturday (as `Date#getDay` and date-fns).
 *
 * @category Time
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A weekday number 0 (Sunday) to 6 (Saturday).
 *
 * @example
 * ```ts
 * WeekdaySchema.parse(1); // Monday
 * ```
 * @category Time
 */
export const WeekdaySchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

/**
 * The number of days since 1970-01-01 of a calendar date: a fast integer key for day arithmetic.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns the day number (1970-01-01 is 0)
 * @example
 * ```ts
 * toDayNumber('1970-01-02'); // 1
 * ```
 * @category Time
 */
export function toDayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/**
 * The calendar date of a day number (the inverse of {@link toDayNumber}).
 *
 * @param day - days since 1970-01-01
 * @returns the `YYYY-MM-DD` date
 * @example
 * ```ts
 * fromDayNumber(0); // '1970-01-01'
 * ```
 * @category Time
 */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds calendar days to a date (negative to go back). Pure calendar arithmetic: no time zone.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param days - whole days to add
 * @returns the new date
 * @example
 * ```ts
 * addCalendarDays('2024-02-28', 1); // '2024-02-29'
 * ```
 * @category Time
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole days from one date to another (positive when `to` is later).
 *
 * @param from - the first date
 * @param to - the second date
 * @returns `to - from` in days
 * @example
 * ```ts
 * daysBetween('2026-01-01', '2026-12-31'); // 364
 * ```
 * @category Time
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The weekday of a calendar date.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns 0 (Sunday) to 6 (Saturday)
 * @example
 * ```ts
 * weekdayOf('2026-11-23'); // 1 (Monday)
 * ```
 * @category Time
 */
export function weekdayOf(date: IsoDate): Weekday {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7 as Weekday;
}

/**
 * Every date from `start` to `end`, both included.
 *
 * @param start - the first date
 * @param end - the last date (on or after `start`)
 * @returns the dates in order; empty when `end` is before `start`
 * @example
 * ```ts
 * eachDate('2026-02-27', '2026-03-01'); // ['2026-02-27', '2026-02-28', '2026-03-01']
 * ```
 * @category Time
 */
export function eachDate(start: IsoDate, end: IsoDate): IsoDate[] {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  const dates: IsoDate[] = [];
  for (let day = first; day <= last; day++) dates.push(fromDayNumber(day));
  return dates;
}

/**
 * The first day of the week that contains `date`, for a week starting on `weekStartsOn`.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param weekStartsOn - the weekday a week starts on (0 = Sunday, the US FLSA default)
 * @returns the date the week starts
 * @example
 * ```ts
 * startOfWeekDate('2026-11-25', 1); // '2026-11-23'
 * ```
 * @category Time
 */
export function startOfWeekDate(date: IsoDate, weekStartsOn: Weekday = 0): IsoDate {
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  return addCalendarDays(date, -back);
}

/**
 * The last day of the month that contains `date`.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns the month's last date
 * @example
 * ```ts
 * endOfMonthDate('2024-02-10'); // '2024-02-29'
 * ```
 * @category Time
 */
export function endOfMonthDate(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Adds calendar months to a date, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param months - whole months to add (negative to go back)
 * @returns the new date
 * @example
 * ```ts
 * addCalendarMonths('2010-02-15', 60); // '2015-02-15'
 * ```
 * @category Time
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
