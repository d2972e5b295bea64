import { describe, expect, it } from 'vitest';
import { repairRota, scoreRota, solveRota } from '../../../src/rota/index.js';
import type { Rota, RotaProblemInput } from '../../../src/rota/index.js';
import { curtois, hasCurtois, smallClinic } from './fixtures.js';

async function published(problem: RotaProblemInput): Promise<Rota> {
  const result = await solveRota(problem, { seed: 4, maxIterations: 150_000, timeLimitMs: 60_000 });
  expect(result.feasible).toBe(true);
  return result.rota;
}

describe('repairRota', () => {
  it('frees a sick call, refills the opened shift and changes only days near the event', async () => {
    const problem = smallClinic();
    const rota = await published(problem);
    const victim = rota.assignments.find((a) => a.date >= '2026-03-09' && a.date <= '2026-03-11')!;
    const fix = repairRota(problem, rota, { kind: 'sick-call', staffId: victim.staffId, date: victim.date });
    // the absent person is off that day, and the diff says so
    expect(fix.rota.assignments.some((a) => a.staffId === victim.staffId && a.date === victim.date)).toBe(false);
    expect(fix.diff).toContainEqual({ staffId: victim.staffId, date: victim.date, before: victim.shiftTypeId, after: null });
    // nothing outside the radius (7 days) moves
    for (const d of fix.diff) expect(Math.abs(Date.parse(d.date) - Date.parse(victim.date)) / 86_400_000).toBeLessThanOrEqual(7);
    // the diff is exactly the difference between the two rotas
    const key = (a: { staffId: string; date: string }): string => `${a.staffId}|${a.date}`;
    const before = new Map(rota.assignments.map((a) => [key(a), a.shiftTypeId]));
    const after = new Map(fix.rota.assignments.map((a) => [key(a), a.shiftTypeId]));
    const changed = new Set([...before.keys(), ...after.keys()].filter((k) => before.get(k) !== after.get(k)));
    expect(new Set(fix.diff.map(key))).toEqual(changed);
    // the repaired rota keeps every hard rule of the updated problem (sick leave included)
    expect(scoreRota(fix.problem, fix.rota).hard).toBe(0);
    expect(fix.score.hard).toBe(0);
    expect(fix.opened).toHaveLength(1);
    expect(fix.opened[0]!.shiftTypeId).toBe(victim.shiftTypeId);
    expect(fix.opened[0]!.candidates.every((c) => c.staffId !== victim.staffId)).toBe(true);
    // ranked: hard first, then soft
    const cs = fix.opened[0]!.candidates;
    for (let k = 1; k < cs.length; k++) {
      expect(cs[k - 1]!.delta.hard < cs[k]!.delta.hard || (cs[k - 1]!.delta.hard === cs[k]!.delta.hard && cs[k - 1]!.delta.soft <= cs[k]!.delta.soft)).toBe(true);
    }
  });

  it('adds a new shift with a single change when someone is free for it', () => {
    const problem = {
      site: { id: 's', timeZone: 'UTC' },
      horizon: { start: '2026-01-05', days: 5 },
      contracts: [{ id: 'c', maxConsecutiveWorkDays: 5 }],
      staff: [
        { id: 'a', contractId: 'c' },
        { id: 'b', contractId: 'c' },
        { id: 'c', contractId: 'c' },
      ],
      shiftTypes: [{ id: 'D', start: '09:00', durationMinutes: 480 }],
      cover: ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'].map((date) => ({ date, shiftTypeId: 'D', ideal: 1, underWeight: 10 })),
    };
    const rota: Rota = { assignments: ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'].map((date) => ({ staffId: 'a', date, shiftTypeId: 'D' })) };
    const fix = repairRota(problem, rota, { kind: 'new-shift', date: '2026-01-07', shiftTypeId: 'D' });
    expect(fix.diff).toHaveLength(1);
    expect(fix.diff[0]).toMatchObject({ date: '2026-01-07', before: null, after: 'D' });
    expect(['b', 'c']).toContain(fix.diff[0]!.staffId);
    expect(fix.opened[0]!.filledBy).toBe(fix.diff[0]!.staffId);
    expect(fix.score).toEqual({ hard: 0, soft: 0 });
  });

  it('turns approved leave into a hard constraint and replaces the pending one', async () => {
    const problem = smallClinic();
    const rota = await published(problem);
    const fix = repairRota(problem, rota, { kind: 'leave-approved', staffId: 'cat', start: '2026-03-10', end: '2026-03-11', leaveId: 'l2' });
    expect(fix.problem.leave.find((l) => l.id === 'l2')?.status).toBe('approved');
    expect(fix.rota.assignments.some((a) => a.staffId === 'cat' && (a.date === '2026-03-10' || a.date === '2026-03-11'))).toBe(false);
    expect(fix.score.hard).toBe(0);
  });

  it('rejects events for unknown staff or dates outside the horizon', () => {
    const problem = smallClinic();
    expect(() => repairRota(problem, { assignments: [] }, { kind: 'sick-call', staffId: 'zed', date: '2026-03-03' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
    expect(() => repairRota(problem, { assignments: [] }, { kind: 'sick-call', staffId: 'ann', date: '2027-01-01' })).toThrow(expect.objectContaining({ code: 'OUT_OF_DOMAIN' }));
  });

  it.skipIf(!hasCurtois)('repairs a sick call on Curtois & Qu Instance1 with few changes', async () => {
    const problem = curtois('Instance1');
    const rota = await published(problem);
    const victim = rota.assignments.find((a) => a.date === '2014-01-13')!;
    const fix = repairRota(problem, rota, { kind: 'sick-call', staffId: victim.staffId, date: victim.date });
    expect(fix.score.hard).toBe(0);
    expect(fix.diff.length).toBeLessThanOrEqual(8);
  });
});
