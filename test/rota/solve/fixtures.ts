import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCurtoisInstance } from '../../../src/rota/index.js';
import type { RotaProblem, RotaProblemInput } from '../../../src/rota/index.js';

const dataDir = fileURLToPath(new URL('../../../../shared/data/rostering/curtois-qu/', import.meta.url));

/** True when the Curtois & Qu data folder is at hand (../shared/data/... next to the repository). */
export const hasCurtois = existsSync(`${dataDir}Instance1.txt`);

/** Reads one Curtois & Qu instance. */
export function curtois(name: string): RotaProblem {
  return readCurtoisInstance(readFileSync(`${dataDir}${name}.txt`, 'utf8'), { id: name });
}

/**
 * A small clinic: 6 staff over 14 days (from Monday 2026-03-02, across the US DST change on
 * 8 March), a day shift and a night shift (night may not be followed by day), cover per shift,
 * contracts with every kind of limit, leave, requests, history and a role-filtered window demand.
 */
export function smallClinic(): RotaProblemInput {
  const staff = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'];
  const dates = Array.from({ length: 14 }, (_, d) => {
    const day = new Date(Date.UTC(2026, 2, 2 + d));
    return day.toISOString().slice(0, 10);
  });
  return {
    id: 'small-clinic',
    site: { id: 'main', timeZone: 'America/New_York' },
    horizon: { start: '2026-03-02', days: 14 },
    contracts: [
      {
        id: 'full',
        minTotalMinutes: 480 * 6,
        maxTotalMinutes: 480 * 10,
        maxConsecutiveWorkDays: 5,
        minConsecutiveWorkDays: 2,
        minConsecutiveDaysOff: 2,
        maxWeekends: 1,
        maxShiftsPerType: { N: 4 },
        maxMinutesPerWeek: 480 * 5 + 60,
        minRestMinutes: 11 * 60,
      },
      { id: 'part', maxTotalMinutes: 480 * 6, maxConsecutiveWorkDays: 4, minConsecutiveDaysOff: 2, payPeriodDays: 7, maxMinutesPerPayPeriod: 480 * 3 + 120 },
    ],
    staff: staff.map((id, i) => ({ id, contractId: i < 4 ? 'full' : 'part', roles: i % 2 === 0 ? ['rn'] : ['ma'], skills: i === 1 ? ['phlebotomy'] : [] })),
    shiftTypes: [
      { id: 'D', start: '08:00', durationMinutes: 480 },
      { id: 'N', start: '22:00', durationMinutes: 540, forbiddenSuccessors: ['D'] },
    ],
    cover: [
      ...dates.map((date) => ({ date, shiftTypeId: 'D', min: 1, ideal: 2, underWeight: 10, overWeight: 2 })),
      ...dates.map((date) => ({ date, shiftTypeId: 'N', min: 0, ideal: 1, underWeight: 10, overWeight: 5 })),
      ...dates.slice(0, 5).map((date) => ({ date, window: { start: '09:00', end: '12:00' }, role: 'rn', ideal: 1, underWeight: 3, overWeight: 0 })),
    ],
    leave: [
      { id: 'l1', staffId: 'ann', start: '2026-03-05', end: '2026-03-06', status: 'approved' },
      { id: 'l2', staffId: 'cat', start: '2026-03-10', end: '2026-03-11', status: 'pending', weight: 4 },
    ],
    requests: [
      { staffId: 'bob', date: '2026-03-03', kind: 'shift-on', shiftTypeId: 'D', weight: 2 },
      { staffId: 'dan', date: '2026-03-07', kind: 'day-off', weight: 3 },
      { staffId: 'eve', date: '2026-03-09', kind: 'shift-off', shiftTypeId: 'N', weight: 1 },
    ],
    fixedDaysOff: [{ staffId: 'fay', date: '2026-03-12' }],
    history: [
      { staffId: 'bob', date: '2026-03-01', shiftTypeId: 'N' },
      { staffId: 'bob', date: '2026-02-28', shiftTypeId: 'N' },
      { staffId: 'dan', date: '2026-02-28', shiftTypeId: 'D' },
    ],
  };
}

/** The staff ids, dates and shift ids of the small clinic, for generators. */
export const clinicStaff = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'] as const;
export const clinicDates = Array.from({ length: 14 }, (_, d) => new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10));
