import { describe, expect, it } from 'vitest';
import { scoreRota, solveRota } from '../../../src/rota/index.js';
import type { SolveRotaProgress } from '../../../src/rota/index.js';
import { curtois, hasCurtois, smallClinic } from './fixtures.js';

describe('solveRota', () => {
  it('finds a feasible rota for the small clinic, checked by the reference scorer', async () => {
    const problem = smallClinic();
    const result = await solveRota(problem, { seed: 3, maxIterations: 150_000, timeLimitMs: 60_000 });
    expect(result.feasible).toBe(true);
    const reference = scoreRota(problem, result.rota);
    expect(reference.hard).toBe(0);
    expect(result.score).toEqual({ hard: reference.hard, soft: reference.soft });
    expect(result.explanation.byRule.length).toBeGreaterThan(0);
    expect(result.stoppedBy).toBe('iterations');
  });

  it('is deterministic for a seed when limited by iterations', async () => {
    const problem = smallClinic();
    const a = await solveRota(problem, { seed: 11, maxIterations: 40_000, timeLimitMs: 60_000 });
    const b = await solveRota(problem, { seed: 11, maxIterations: 40_000, timeLimitMs: 60_000 });
    expect(b.rota).toEqual(a.rota);
    expect(b.score).toEqual(a.score);
    expect(b.iterations).toBe(a.iterations);
  });

  it('honours pinned shifts and pinned days off', async () => {
    const base = smallClinic();
    const pinned = [
      { staffId: 'eve', date: '2026-03-04', shiftTypeId: 'N' },
      { staffId: 'ann', date: '2026-03-09', shiftTypeId: null },
      { staffId: 'bob', date: '2026-03-10', shiftTypeId: 'D' },
    ];
    const result = await solveRota({ ...base, pinned }, { seed: 5, maxIterations: 60_000, timeLimitMs: 60_000 });
    const at = (staffId: string, date: string): string | null =>
      result.rota.assignments.find((a) => a.staffId === staffId && a.date === date)?.shiftTypeId ?? null;
    expect(at('eve', '2026-03-04')).toBe('N');
    expect(at('ann', '2026-03-09')).toBeNull();
    expect(at('bob', '2026-03-10')).toBe('D');
  });

  it('keeps a warm start that is already optimal for a trivial problem', async () => {
    const problem = {
      site: { id: 's', timeZone: 'UTC' },
      horizon: { start: '2026-01-05', days: 3 },
      contracts: [{ id: 'c' }],
      staff: [{ id: 'a', contractId: 'c' }],
      shiftTypes: [{ id: 'D', start: '09:00', durationMinutes: 480 }],
      cover: ['2026-01-05', '2026-01-06', '2026-01-07'].map((date) => ({ date, shiftTypeId: 'D', ideal: 1 })),
    };
    const result = await solveRota(problem, { seed: 1, maxIterations: 5_000 });
    expect(result.score).toEqual({ hard: 0, soft: 0 });
    expect(result.rota.assignments).toHaveLength(3);
  });

  it('escalates the hard weight half-way while no rota keeps every hard rule', async () => {
    // Working the 3 shifts the contract's minimum asks for costs 3 x 500 of over-cover, far more
    // than 3 shifts' worth of hard units at a hard weight of 10: before escalating, the weighted
    // objective prefers the rota that breaks the minimum; after, the search keeps the hard rule.
    const dates = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11'];
    const problem = {
      site: { id: 's', timeZone: 'UTC' },
      horizon: { start: '2026-01-05', days: 7 },
      contracts: [{ id: 'c', minTotalMinutes: 480 * 3 }],
      staff: [{ id: 'a', contractId: 'c' }],
      shiftTypes: [{ id: 'D', start: '09:00', durationMinutes: 480 }],
      cover: dates.map((date) => ({ date, shiftTypeId: 'D', ideal: 0, underWeight: 1, overWeight: 500 })),
    };
    const result = await solveRota(problem, { seed: 1, maxIterations: 20_000, hardWeight: 10 });
    expect(result.score).toEqual({ hard: 0, soft: 1500 });
    expect(result.rota.assignments).toHaveLength(3);
  });

  it('reports progress with a best score that never gets worse', async () => {
    const seen: SolveRotaProgress[] = [];
    await solveRota(smallClinic(), { seed: 2, maxIterations: 50_000, timeLimitMs: 60_000, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < seen.length; k++) {
      const a = seen[k - 1]!.best;
      const b = seen[k]!.best;
      expect(b.hard < a.hard || (b.hard === a.hard && b.soft <= a.soft)).toBe(true);
    }
  });

  it('stops on an AbortSignal and returns the best rota so far', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const result = await solveRota(smallClinic(), { seed: 1, timeLimitMs: 60_000, signal: controller.signal });
    expect(result.stoppedBy).toBe('aborted');
    expect(result.elapsedMs).toBeLessThan(30_000);
    expect(result.rota.assignments.length).toBeGreaterThan(0);
  });

  it('rejects an already aborted signal with ABORTED', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveRota(smallClinic(), { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('rejects bad options and bad problems with typed errors', async () => {
    await expect(solveRota(smallClinic(), { timeLimitMs: -1 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(solveRota({ ...smallClinic(), staff: [{ id: 'x', contractId: 'nope' }] })).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE' });
  });

  it('does not mutate its input', async () => {
    const problem = smallClinic();
    const copy = structuredClone(problem);
    await solveRota(problem, { seed: 1, maxIterations: 5_000 });
    expect(problem).toEqual(copy);
  });

  it.skipIf(!hasCurtois)('breaks no hard rule on Curtois & Qu Instance1 and Instance2 (iteration-limited)', async () => {
    for (const name of ['Instance1', 'Instance2']) {
      const problem = curtois(name);
      const result = await solveRota(problem, { seed: 1, maxIterations: 300_000, timeLimitMs: 60_000 });
      const reference = scoreRota(problem, result.rota);
      expect(reference.hard, name).toBe(0);
      // Published optima (Curtois & Qu 2014): 607 and 828; no rota can score below them.
      expect(reference.soft).toBeGreaterThanOrEqual(name === 'Instance1' ? 607 : 828);
    }
  });
});
