import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPracticeOpsError } from '../../src/core/errors.js';
import { addCalendarDays, weekdayOf } from '../../src/core/calendar.js';
import { readCurtoisInstance, readRotaSolution, writeRotaSolution } from '../../src/rota/index.js';
import { CURTOIS_DIR, HAS_CURTOIS, readCurtois } from './helpers/data.js';

const read = readCurtois;
if (!HAS_CURTOIS) console.warn(`Curtois & Qu data not found at ${CURTOIS_DIR}: benchmark tests skipped`);

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe.skipIf(!HAS_CURTOIS)('readCurtoisInstance', () => {
  it('reads Instance1 into the model', () => {
    const problem = readCurtoisInstance(read('Instance1.txt'));
    expect(problem.horizon).toEqual({ start: '2014-01-06', days: 14 });
    expect(weekdayOf(problem.horizon.start)).toBe(1);
    expect(problem.site.timeZone).toBe('UTC');
    expect(problem.staff).toHaveLength(8);
    expect(problem.shiftTypes).toEqual([
      expect.objectContaining({ id: 'D', start: '00:00', durationMinutes: 480, forbiddenSuccessors: [] }),
    ]);
    const contract = problem.contracts.find((c) => c.id === 'contract-A');
    expect(contract).toMatchObject({
      maxShiftsPerType: { D: 14 },
      maxTotalMinutes: 4320,
      minTotalMinutes: 3360,
      maxConsecutiveWorkDays: 5,
      minConsecutiveWorkDays: 2,
      minConsecutiveDaysOff: 2,
      maxWeekends: 1,
    });
    expect(contract?.minRestMinutes).toBeUndefined();
    expect(problem.fixedDaysOff[0]).toEqual({ staffId: 'A', date: '2014-01-06' });
    expect(problem.requests.filter((r) => r.kind === 'shift-on')).toHaveLength(21);
    expect(problem.requests.filter((r) => r.kind === 'shift-off')).toHaveLength(5);
    expect(problem.cover[1]).toMatchObject({ date: '2014-01-07', shiftTypeId: 'D', min: 0, ideal: 7, underWeight: 100, overWeight: 1 });
  });

  it('reads all 24 instances with the sizes of instances.csv', () => {
    const csv = read('instances.csv').trim().split('\n');
    const header = csv[0]?.split(',') ?? [];
    expect(csv).toHaveLength(25);
    for (const row of csv.slice(1)) {
      const cells = row.split(',');
      const value = (name: string): string => cells[header.indexOf(name)] ?? '';
      const problem = readCurtoisInstance(read(`${value('instance')}.txt`));
      expect(problem.horizon.days).toBe(Number(value('horizon_days')));
      expect(problem.staff).toHaveLength(Number(value('staff')));
      expect(problem.shiftTypes).toHaveLength(Number(value('shift_types')));
      expect(problem.fixedDaysOff).toHaveLength(Number(value('fixed_days_off')));
      expect(problem.requests.filter((r) => r.kind === 'shift-on')).toHaveLength(Number(value('shift_on_requests')));
      expect(problem.requests.filter((r) => r.kind === 'shift-off')).toHaveLength(Number(value('shift_off_requests')));
      expect(problem.cover).toHaveLength(Number(value('cover_rows')));
      expect(problem.cover.reduce((sum, c) => sum + c.ideal, 0)).toBe(Number(value('cover_total_demand')));
    }
  });

  it('reads CRLF files and other start dates the same way', () => {
    const lf = readCurtoisInstance(read('Instance2.txt'));
    const crlf = readCurtoisInstance(read('Instance2.txt').replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(lf);
    const moved = readCurtoisInstance(read('Instance2.txt'), { startDate: '2026-01-05', timeZone: 'America/New_York' });
    expect(moved.fixedDaysOff[0]?.date.startsWith('2026-01')).toBe(true);
    expect(moved.site.timeZone).toBe('America/New_York');
  });

  it('names the line of a malformed file', () => {
    const text = read('Instance1.txt').replace('A,D=14,4320,3360,5,2,2,1', 'A,D=14,lots,3360,5,2,2,1');
    const error = thrown(() => readCurtoisInstance(text));
    expect(isPracticeOpsError(error, 'MALFORMED_FILE')).toBe(true);
    const line = read('Instance1.txt').split('\n').indexOf('A,D=14,4320,3360,5,2,2,1') + 1;
    expect((error as { path: unknown }).path).toEqual(['line', line]);
    expect((error as Error).message).toContain(`Line ${line}`);
  });

  it('rejects a missing section, an unknown shift and a day outside the horizon', () => {
    const base = read('Instance1.txt');
    expect(isPracticeOpsError(thrown(() => readCurtoisInstance(base.replace('SECTION_COVER', ''))), 'MALFORMED_FILE')).toBe(true);
    expect(isPracticeOpsError(thrown(() => readCurtoisInstance(base.replace('0,D,5,100,1', '0,X,5,100,1'))), 'MALFORMED_FILE')).toBe(true);
    expect(isPracticeOpsError(thrown(() => readCurtoisInstance(base.replace('A,2,D,2', 'A,14,D,2'))), 'MALFORMED_FILE')).toBe(true);
    expect(isPracticeOpsError(thrown(() => readCurtoisInstance(42 as unknown as string)), 'INVALID_INPUT')).toBe(true);
  });
});

describe.skipIf(!HAS_CURTOIS)('readRotaSolution / writeRotaSolution', () => {
  it('reads the HiGHS roster of Instance1 and writes it back byte for byte', () => {
    const problem = readCurtoisInstance(read('Instance1.txt'));
    const text = read('solutions/highs-milp/Instance1.roster.tsv');
    const rota = readRotaSolution(text, problem);
    expect(rota.assignments.length).toBeGreaterThan(0);
    expect(rota.assignments[0]).toEqual({ staffId: 'A', date: '2014-01-07', shiftTypeId: 'D' });
    expect(writeRotaSolution(problem, rota)).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('names the line and day of an unknown shift, and of an unknown staff member', () => {
    const problem = readCurtoisInstance(read('Instance1.txt'));
    const bad = thrown(() => readRotaSolution('A\tD\nB\t\tX\n', problem));
    expect(isPracticeOpsError(bad, 'UNKNOWN_REFERENCE')).toBe(true);
    expect((bad as { path: unknown }).path).toEqual(['line', 2, 'day', 1]);
    const who = thrown(() => readRotaSolution('Z\tD\n', problem));
    expect((who as { path: unknown }).path).toEqual(['line', 1]);
    const long = thrown(() => readRotaSolution(`A${'\tD'.repeat(15)}\n`, problem));
    expect(isPracticeOpsError(long, 'MALFORMED_FILE')).toBe(true);
  });

  it('round-trips every HiGHS roster, and random rotas (one shift a day)', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16]) {
      const problem = readCurtoisInstance(read(`Instance${n}.txt`));
      const text = read(`solutions/highs-milp/Instance${n}.roster.tsv`);
      expect(writeRotaSolution(problem, readRotaSolution(text, problem))).toBe(text);
    }
    const problem = readCurtoisInstance(read('Instance5.txt'));
    const staff = problem.staff.map((m) => m.id);
    const shifts = problem.shiftTypes.map((t) => t.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(staff.length - 1), fc.nat(problem.horizon.days - 1), fc.nat(shifts.length - 1)), { selector: ([s, d]) => `${s}/${d}`, maxLength: 60 }), (cells) => {
        const rota = { assignments: cells.map(([s, d, t]) => ({ staffId: staff[s] as string, date: addCalendarDays(problem.horizon.start, d), shiftTypeId: shifts[t] as string })) };
        const back = readRotaSolution(writeRotaSolution(problem, rota), problem);
        const key = (x: { staffId: string; date: string; shiftTypeId: string }): string => `${x.staffId}|${x.date}|${x.shiftTypeId}`;
        expect(back.assignments.map(key).sort()).toEqual(rota.assignments.map(key).sort());
      }),
      { numRuns: 50 },
    );
  });

  it('refuses to write two shifts on one day', () => {
    const problem = readCurtoisInstance(read('Instance1.txt'));
    const twice = { assignments: [{ staffId: 'A', date: '2014-01-06', shiftTypeId: 'D' }, { staffId: 'A', date: '2014-01-06', shiftTypeId: 'D' }] };
    expect(isPracticeOpsError(thrown(() => writeRotaSolution(problem, twice)), 'CONFLICT')).toBe(true);
  });
});
