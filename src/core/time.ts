import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import type { IsoDate } from './calendar.js';
import { ERROR_CODES, practiceOpsError } from './errors.js';

const zoneCache = new Map<string, boolean>();

/**
 * Whether the runtime knows an IANA time zone name.
 *
 * @param zone - a name such as `America/New_York`
 * @returns true when it can be used
 * @example
 * ```ts
 * isValidTimeZone('Australia/Lord_Howe'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 * ```
 * @category Time
 */
export function isValidTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}

/**
 * An IANA time zone name known to the runtime.
 *
 * @example
 * ```ts
 * TimeZoneSchema.safeParse('Australia/Lord_Howe').success; // true
 * ```
 * @category Time
 */
export const TimeZoneSchema = z.string().refine(isValidTimeZone, 'Expected an IANA time zone such as America/New_York');

/**
 * An instant as an ISO 8601 string with an offset: `2026-11-01T06:00:00Z` or `2026-11-01T01:00:00-05:00`.
 *
 * @example
 * ```ts
 * InstantSchema.safeParse('2026-11-01T06:00:00Z').success; // true
 * ```
 * @category Time
 */
export const InstantSchema = z.iso.datetime({ offset: true, local: false });

/**
 * An instant on the wire: an ISO 8601 string with `Z` or an offset.
 *
 * @category Time
 */
export type Instant = z.infer<typeof InstantSchema>;

/**
 * A wall-clock time of day, `HH:mm` (00:00 to 23:59), as written on a rota.
 *
 * @example
 * ```ts
 * WallTimeSchema.safeParse('22:30').success; // true
 * ```
 * @category Time
 */
export const WallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time of day as HH:mm');

/**
 * A wall-clock time of day as `HH:mm`.
 *
 * @category Time
 */
export type WallTime = z.infer<typeof WallTimeSchema>;

/**
 * Minutes after midnight of a wall-clock time.
 *
 * @param time - `HH:mm`
 * @returns 0 to 1439
 * @example
 * ```ts
 * wallTimeToMinutes('22:30'); // 1350
 * ```
 * @category Time
 */
export function wallTimeToMinutes(time: WallTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function requireZone(zone: string): void {
  if (!isValidTimeZone(zone)) {
    throw practiceOpsError(ERROR_CODES.unknownTimeZone, `Unknown IANA time zone ${JSON.stringify(zone)}`, {
      path: ['timeZone'],
      expected: 'an IANA time zone such as America/New_York',
      received: JSON.stringify(zone),
    });
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's UTC offset in milliseconds at an instant (local wall time minus UTC). */
function offsetAt(epoch: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epoch))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    parts['year'] ?? 1970,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return wallAsUtc - Math.floor(epoch / 1000) * 1000;
}

const HALF_DAY = 43_200_000;
const wallClockCache = new Map<string, number>();

/**
 * The instant (epoch milliseconds) at which a wall clock in `zone` shows `date` and
 * `minutesAfterMidnight`. Minutes past 1440 roll into the following days on the wall calendar,
 * so 22:00 + 9 h of wall time is 07:00 the next morning whatever DST does in between.
 * A wall time skipped by a spring-forward gap resolves to the instant just after the gap
 * (02:30 becomes 03:30); a repeated one during fall-back resolves to its first occurrence. The
 * result never depends on the process time zone.
 *
 * @param date - the calendar date at the site
 * @param minutesAfterMidnight - wall-clock minutes after that date's midnight (may exceed 1440)
 * @param zone - the site's IANA time zone
 * @returns epoch milliseconds
 * @throws PracticeOpsError `UNKNOWN_TIME_ZONE`
 * @example
 * ```ts
 * new Date(wallClockToEpoch('2026-07-01', 9 * 60, 'America/New_York')).toISOString(); // '2026-07-01T13:00:00.000Z'
 * ```
 * @category Time
 */
export function wallClockToEpoch(date: IsoDate, minutesAfterMidnight: number, zone: string): number {
  const key = `${zone}|${date}|${minutesAfterMidnight}`;
  const cached = wallClockCache.get(key);
  if (cached !== undefined) return cached;
  requireZone(zone);
  const wallAsUtc =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + minutesAfterMidnight * 60_000;
  const before = offsetAt(wallAsUtc - HALF_DAY, zone);
  const after = offsetAt(wallAsUtc + HALF_DAY, zone);
  const early = wallAsUtc - before;
  const late = wallAsUtc - after;
  const earlyValid = offsetAt(early, zone) === before;
  const lateValid = offsetAt(late, zone) === after;
  let epoch: number;
  if (earlyValid && lateValid) epoch = Math.min(early, late);
  else if (earlyValid) epoch = early;
  else if (lateValid) epoch = late;
  else epoch = early; // in a spring-forward gap: read with the offset before the gap, landing just after it
  if (wallClockCache.size > 100_000) wallClockCache.clear();
  wallClockCache.set(key, epoch);
  return epoch;
}

/**
 * An interval of real time between two instants, in epoch milliseconds, start included and end excluded.
 *
 * @category Time
 */
export interface EpochInterval {
  /** Start, epoch milliseconds (included). */
  readonly start: number;
  /** End, epoch milliseconds (excluded). */
  readonly end: number;
}

/**
 * The real-time interval of a wall-clock span at a site: from `startTime` on `date` for
 * `wallMinutes` of wall-clock time. A 22:00 shift of 9 wall hours ends at 07:00 the next morning;
 * across a DST change its real length is 8 or 10 hours.
 *
 * @param date - the calendar date the span starts on
 * @param startTime - the wall-clock start, `HH:mm`
 * @param wallMinutes - the nominal length in wall-clock minutes
 * @param zone - the site's IANA time zone
 * @returns the real interval in epoch milliseconds
 * @example
 * ```ts
 * const night = wallClockInterval('2026-10-31', '22:00', 540, 'America/New_York');
 * (night.end - night.start) / 3_600_000; // 10 (clocks fall back on 1 November)
 * ```
 * @category Time
 */
export function wallClockInterval(date: IsoDate, startTime: WallTime, wallMinutes: number, zone: string): EpochInterval {
  const startMinutes = wallTimeToMinutes(startTime);
  return {
    start: wallClockToEpoch(date, startMinutes, zone),
    end: wallClockToEpoch(date, startMinutes + wallMinutes, zone),
  };
}

/**
 * Real elapsed minutes of an interval.
 *
 * @param interval - the interval
 * @returns (end - start) in minutes
 * @example
 * ```ts
 * elapsedMinutes({ start: 0, end: 3_600_000 }); // 60
 * ```
 * @category Time
 */
export function elapsedMinutes(interval: EpochInterval): number {
  return (interval.end - interval.start) / 60_000;
}

/**
 * Whether two half-open intervals share any instant.
 *
 * @param a - the first interval
 * @param b - the second interval
 * @returns true when they overlap
 * @example
 * ```ts
 * intervalsOverlap({ start: 0, end: 10 }, { start: 10, end: 20 }); // false
 * ```
 * @category Time
 */
export function intervalsOverlap(a: EpochInterval, b: EpochInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Parses an ISO instant string to epoch milliseconds.
 *
 * @param instant - an ISO 8601 string with an offset
 * @returns epoch milliseconds
 * @throws PracticeOpsError `INVALID_INPUT` when it is not an instant with an offset
 * @example
 * ```ts
 * instantToEpoch('1970-01-01T00:01:00Z'); // 60000
 * ```
 * @category Time
 */
export function instantToEpoch(instant: Instant): number {
  const parsed = InstantSchema.safeParse(instant);
  const epoch = parsed.success ? Date.parse(parsed.data) : Number.NaN;
  if (Number.isNaN(epoch)) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'Expected an ISO 8601 instant with an offset', {
      path: [],
      expected: 'an ISO 8601 instant such as 2026-11-01T06:00:00Z',
      received: JSON.stringify(instant),
    });
  }
  return epoch;
}

/**
 * Formats epoch milliseconds as an ISO instant: in UTC (`Z`), or with the offset of `zone`.
 *
 * @param epoch - epoch milliseconds
 * @param zone - an IANA time zone for a local offset; UTC when omitted
 * @returns the ISO string
 * @example
 * ```ts
 * epochToInstant(0, 'America/New_York'); // '1969-12-31T19:00:00.000-05:00'
 * ```
 * @category Time
 */
export function epochToInstant(epoch: number, zone?: string): Instant {
  if (zone === undefined) return new Date(epoch).toISOString();
  requireZone(zone);
  return new TZDate(epoch, zone).toISOString();
}

/**
 * The calendar date that a wall clock in `zone` shows at an instant.
 *
 * @param epoch - epoch milliseconds
 * @param zone - an IANA time zone
 * @returns `YYYY-MM-DD`
 * @example
 * ```ts
 * localDateOf(Date.parse('2026-11-01T03:00:00Z'), 'America/New_York'); // '2026-10-31'
 * ```
 * @category Time
 */
export function localDateOf(epoch: number, zone: string): IsoDate {
  return epochToInstant(epoch, zone).slice(0, 10);
}
