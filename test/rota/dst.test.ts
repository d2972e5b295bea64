import { describe, expect, it } from 'vitest';
import { labourCost, rotaToIcs, scoreRota, type RotaProblemInput } from '../../src/rota/index.js';

// America/New_York: DST starts 2026-03-08 02:00 (clocks jump to 03:00) and ends 2026-11-01 02:00 (back to 01:00).
function nyProblem(start: string, contract: Record<string, number> = {}): RotaProblemInput {
  return {
    site: { id: 'ny', timeZone: 'America/New_York' },
    horizon: { start, days: 3 },
    contracts: [{ id: 'c', ...contract }],
    staff: [{ id: 'ana', contractId: 'c', payRate: '30', overtimeRule: 'california' }],
    shiftTypes: [
      { id: 'night', start: '22:00', durationMinutes: 600 },
      { id: 'late', start: '14:00', durationMinutes: 480 },
      { id: 'early', start: '08:00', durationMinutes: 240 },
      { id: 'dawn', start: '07:00', durationMinutes: 240 },
    ],
  };
}

describe('DST: a night shift across the change in New York', () => {
  it('March: 22:00 + 10 wall hours lasts 9 real hours', () => {
    const problem = nyProblem('2026-03-07', { maxMinutesPerDay: 560, minTotalMinutes: 600 });
    const score = scoreRota(problem, { assignments: [{ staffId: 'ana', date: '2026-03-07', shiftTypeId: 'night' }] }, { policy: { extends: 'benchmark' } });
    // 540 real minutes: under the 560 daily cap (600 wall minutes would break it), 60 short of the 600 total
    expect(score.findings.map((f) => [f.ruleId, f.actual])).toEqual([['rota/total-minutes', 540]]);
    expect(score.hard).toBe(60);
    const ics = rotaToIcs(problem, { assignments: [{ staffId: 'ana', date: '2026-03-07', shiftTypeId: 'night' }] }, { stamp: '2026-03-01T00:00:00Z' });
    expect(ics).toContain('DTSTART:20260308T030000Z'); // 22:00 EST = 03:00Z
    expect(ics).toContain('DTEND:20260308T120000Z'); // 08:00 EDT = 12:00Z
    const cost = labourCost(problem, { assignments: [{ staffId: 'ana', date: '2026-03-07', shiftTypeId: 'night' }] });
    expect(cost.map((e) => [e.category, e.quantity, e.amount.amount])).toEqual([
      ['regular', 8, '240'],
      ['overtime', 1, '45'],
    ]);
  });

  it('March: rest across the change is 9 real hours where the wall clock shows 10', () => {
    const problem = nyProblem('2026-03-07', { minRestMinutes: 600 });
    const rota = { assignments: [{ staffId: 'ana', date: '2026-03-07', shiftTypeId: 'late' }, { staffId: 'ana', date: '2026-03-08', shiftTypeId: 'early' }] };
    const score = scoreRota(problem, rota, { policy: { extends: 'benchmark' } });
    expect(score.findings.map((f) => [f.ruleId, f.actual, f.threshold])).toEqual([['rota/min-rest', 540, 600]]);
  });

  it('November: 22:00 + 10 wall hours lasts 11 real hours', () => {
    const problem = nyProblem('2026-10-31', { maxMinutesPerDay: 600 });
    const rota = { assignments: [{ staffId: 'ana', date: '2026-10-31', shiftTypeId: 'night' }] };
    const score = scoreRota(problem, rota, { policy: { extends: 'benchmark' } });
    expect(score.findings.map((f) => [f.ruleId, f.actual, f.data['penalty']])).toEqual([['rota/daily-minutes', 660, 60]]);
    const ics = rotaToIcs(problem, rota, { stamp: '2026-10-01T00:00:00Z' });
    expect(ics).toContain('DTSTART:20261101T020000Z'); // 22:00 EDT
    expect(ics).toContain('DTEND:20261101T130000Z'); // 08:00 EST
    const cost = labourCost(problem, rota);
    expect(cost.map((e) => [e.category, e.quantity])).toEqual([
      ['regular', 8],
      ['overtime', 3],
    ]);
  });

  it('November: rest across the change is 10 real hours where the wall clock shows 9', () => {
    const problem = nyProblem('2026-10-31', { minRestMinutes: 600 });
    const rota = { assignments: [{ staffId: 'ana', date: '2026-10-31', shiftTypeId: 'late' }, { staffId: 'ana', date: '2026-11-01', shiftTypeId: 'dawn' }] };
    expect(scoreRota(problem, rota, { policy: { extends: 'benchmark' } }).findings).toEqual([]);
    const strict = scoreRota({ ...problem, contracts: [{ id: 'c', minRestMinutes: 601 }] }, rota, { policy: { extends: 'benchmark' } });
    expect(strict.findings.map((f) => f.actual)).toEqual([600]);
  });

  it('gives the same answers whatever the process time zone', () => {
    const before = process.env['TZ'];
    const results: number[] = [];
    for (const tz of ['UTC', 'Australia/Lord_Howe', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      const problem = nyProblem('2026-03-07', { minRestMinutes: 600 });
      const rota = { assignments: [{ staffId: 'ana', date: '2026-03-07', shiftTypeId: 'late' }, { staffId: 'ana', date: '2026-03-08', shiftTypeId: 'early' }] };
      results.push(scoreRota(problem, rota).findings.find((f) => f.ruleId === 'rota/min-rest')?.actual as number);
    }
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
    expect(results).toEqual([540, 540, 540]);
  });
});

describe('DST elsewhere: London and Lord Howe (a 30-minute change)', () => {
  function night(zone: string, date: string): number {
    const problem: RotaProblemInput = {
      site: { id: 'x', timeZone: zone },
      horizon: { start: date, days: 2 },
      contracts: [{ id: 'c', maxMinutesPerDay: 1 }],
      staff: [{ id: 'ana', contractId: 'c' }],
      shiftTypes: [{ id: 'night', start: '22:00', durationMinutes: 600 }],
    };
    const score = scoreRota(problem, { assignments: [{ staffId: 'ana', date, shiftTypeId: 'night' }] }, { policy: { extends: 'benchmark' } });
    return score.findings[0]?.actual as number;
  }
  it('Europe/London spring forward (2026-03-29 01:00 -> 02:00): 9 real hours', () => expect(night('Europe/London', '2026-03-28')).toBe(540));
  it('Australia/Lord_Howe fall back (2026-04-05 02:00 -> 01:30): 10.5 real hours', () => expect(night('Australia/Lord_Howe', '2026-04-04')).toBe(630));
  it('Australia/Lord_Howe spring forward (2026-10-04 02:00 -> 02:30): 9.5 real hours', () => expect(night('Australia/Lord_Howe', '2026-10-03')).toBe(570));
});
