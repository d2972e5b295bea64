import { afterAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  eachDate,
  elapsedMinutes,
  endOfMonthDate,
  epochToInstant,
  instantToEpoch,
  IsoDateSchema,
  isValidTimeZone,
  localDateOf,
  startOfWeekDate,
  wallClockInterval,
  wallClockToEpoch,
  weekdayOf,
} from '../../src/core/index.js';

const originalTz = process.env['TZ'];
afterAll(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

// The same expectations must hold whatever the process time zone is: Node re-reads TZ when it is set.
for (const processTz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Australia/Lord_Howe']) {
  describe(`wall-clock shifts across DST (process TZ=${processTz})`, () => {
    const hours = (date: string, start: `${number}:${number}`, wallMinutes: number, zone: string) => {
      process.env['TZ'] = processTz;
      return elapsedMinutes(wallClockInterval(date, start, wallMinutes, zone)) / 60;
    };

    it('New York: a 22:00-07:00 night lasts 10 real hours on 2026-10-31 and 8 on 2026-03-07', () => {
      expect(hours('2026-10-31', '22:00', 540, 'America/New_York')).toBe(10);
      expect(hours('2026-03-07', '22:00', 540, 'America/New_York')).toBe(8);
      expect(hours('2026-06-01', '22:00', 540, 'America/New_York')).toBe(9);
    });

    it('London: the same night is 8 hours on 2026-03-28 and 10 on 2026-10-24', () => {
      expect(hours('2026-03-28', '22:00', 540, 'Europe/London')).toBe(8);
      expect(hours('2026-10-24', '22:00', 540, 'Europe/London')).toBe(10);
    });

    it('Lord Howe: DST moves the clock by 30 minutes', () => {
      expect(hours('2026-04-04', '22:00', 540, 'Australia/Lord_Howe')).toBe(9.5);
      expect(hours('2026-10-03', '22:00', 540, 'Australia/Lord_Howe')).toBe(8.5);
    });

    it('resolves a skipped wall time to just after the gap and a repeated one to its first occurrence', () => {
      process.env['TZ'] = processTz;
      expect(epochToInstant(wallClockToEpoch('2026-03-08', 150, 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30:00.000-04:00');
      expect(epochToInstant(wallClockToEpoch('2026-11-01', 90, 'America/New_York'), 'America/New_York')).toBe('2026-11-01T01:30:00.000-04:00');
    });

    it('reads the local date of an instant in the site zone, not the process zone', () => {
      process.env['TZ'] = processTz;
      expect(localDateOf(Date.parse('2026-11-01T03:00:00Z'), 'America/New_York')).toBe('2026-10-31');
      expect(localDateOf(Date.parse('2026-11-01T03:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-01');
    });
  });
}

describe('calendar dates', () => {
  it('does calendar arithmetic with no time zone', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('1969-12-31')).toBe(3);
    expect(startOfWeekDate('2026-11-25', 1)).toBe('2026-11-23');
    expect(startOfWeekDate('2026-11-25')).toBe('2026-11-22');
    expect(eachDate('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(endOfMonthDate('2024-02-10')).toBe('2024-02-29');
    expect(addCalendarMonths('2019-02-10', 60)).toBe('2024-02-10');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('accepts only dates that exist', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2023-2-28').success).toBe(false);
  });

  it('knows IANA zones and rejects unknown ones with a typed error', () => {
    expect(isValidTimeZone('Australia/Lord_Howe')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => wallClockToEpoch('2026-01-01', 0, 'Mars/Olympus')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE', received: '"Mars/Olympus"' }),
    );
  });

  it('parses instants only with an offset', () => {
    expect(instantToEpoch('1970-01-01T00:01:00Z')).toBe(60_000);
    expect(instantToEpoch('1970-01-01T01:01:00+01:00')).toBe(60_000);
    expect(() => instantToEpoch('1970-01-01T00:01:00')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
