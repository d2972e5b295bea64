import { describe, expect, it } from 'vitest';
import { scoreRota, solveRota, solveRotaExact } from '../../../src/rota/index.js';
import type { RotaProblemInput, SolveRotaExactProgress } from '../../../src/rota/index.js';
import { curtois, hasCurtois, smallClinic } from './fixtures.js';

function clinicWithoutHistory(): RotaProblemInput {
  return { ...smallClinic(), history: [] };
}

describe('solveRotaExact', () => {
  it('proves a rota optimal, never worse than the local search, and above its own bound', async () => {
    const problem = clinicWithoutHistory();
    const local = await solveRota(problem, { seed: 1, maxIterations: 50_000, timeLimitMs: 60_000 });
    const exact = await solveRotaExact(problem, { timeLimitMs: 30_000, initial: local.rota, method: 'compact' });
    expect(exact.status).toBe('optimal');
    expect(exact.gapPct).toBe(0);
    expect(exact.score.hard).toBe(0);
    expect(scoreRota(problem, exact.rota).soft).toBe(exact.score.soft);
    expect(exact.score.soft).toBeLessThanOrEqual(local.score.soft);
    expect(exact.score.soft).toBeGreaterThanOrEqual(exact.bound - 1e-6);
  });

  it('warm-starts from its own local search when no rota is given', async () => {
    const days = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11'];
    const problem: RotaProblemInput = {
      site: { id: 's', timeZone: 'UTC' },
      horizon: { start: days[0]!, days: 7 },
      contracts: [{ id: 'c', maxConsecutiveWorkDays: 3, minConsecutiveDaysOff: 2, maxTotalMinutes: 480 * 4 }],
      staff: ['a', 'b', 'c'].map((id) => ({ id, contractId: 'c' })),
      shiftTypes: [{ id: 'D', start: '09:00', durationMinutes: 480 }],
      cover: days.map((date) => ({ date, shiftTypeId: 'D', ideal: 2, underWeight: 5, overWeight: 1 })),
      requests: [{ staffId: 'a', date: days[2]!, kind: 'day-off', weight: 3 }],
    };
    const exact = await solveRotaExact(problem, { timeLimitMs: 30_000, warmStartMs: 100 });
    expect(exact.status).toBe('optimal');
    // 3 people x at most 4 shifts = 12 shifts for 14 slots: at least 2 short at weight 5
    expect(exact.bound).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(exact.score.soft).toBeLessThanOrEqual(exact.warmStart.soft);
  });

  it('takes the compact model by default when weekly limits leave the row pricing without a bound', async () => {
    const exact = await solveRotaExact(clinicWithoutHistory(), { timeLimitMs: 30_000, warmStartMs: 500 });
    expect(exact.status).toBe('optimal');
    expect(exact.gapPct).toBe(0);
  });

  it('refuses problems with history in the compact model with OUT_OF_DOMAIN', async () => {
    await expect(solveRotaExact(smallClinic(), { timeLimitMs: 1_000, method: 'compact' })).rejects.toMatchObject({ code: 'OUT_OF_DOMAIN' });
  });

  it('solves problems with history by column generation, never worse than its warm start', async () => {
    const problem = smallClinic();
    const local = await solveRota(problem, { seed: 1, maxIterations: 50_000, timeLimitMs: 60_000 });
    const exact = await solveRotaExact(problem, { timeLimitMs: 10_000, initial: local.rota });
    expect(exact.score.hard).toBe(0);
    expect(exact.score.soft).toBeLessThanOrEqual(local.score.soft);
    expect(scoreRota(problem, exact.rota).soft).toBe(exact.score.soft);
  });

  it('bounds by column generation no higher than the optimum the compact model proves', async () => {
    const problem = clinicWithoutHistory();
    const compact = await solveRotaExact(problem, { timeLimitMs: 30_000, warmStartMs: 500, method: 'compact' });
    const columns = await solveRotaExact(problem, { timeLimitMs: 30_000, warmStartMs: 500, method: 'columns' });
    expect(compact.status).toBe('optimal');
    expect(columns.score.soft).toBeGreaterThanOrEqual(compact.score.soft);
    if (Number.isFinite(columns.bound)) expect(columns.bound).toBeLessThanOrEqual(compact.score.soft + 1e-6);
  });

  // Optima published by Curtois & Qu (2014), proven by their branch and price and by our HiGHS runs.
  it.skipIf(!hasCurtois).each([
    ['Instance2', 828],
    ['Instance3', 1001],
  ])('proves the published optimum of Curtois & Qu %s (%i) by column generation', async (name, optimum) => {
    // a warm start fixed by its seed and move count, so the columns do not depend on the machine's speed
    const local = await solveRota(curtois(name), { seed: 1, maxIterations: 300_000, timeLimitMs: 60_000 });
    const exact = await solveRotaExact(curtois(name), { timeLimitMs: 60_000, initial: local.rota, seed: 1 });
    expect(exact.score).toEqual({ hard: 0, soft: optimum });
    expect(exact.status).toBe('optimal');
    expect(exact.bound).toBe(optimum);
  });

  it.skipIf(!hasCurtois)('stops the column method when its signal aborts, with the best rota so far', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1_500);
    const exact = await solveRotaExact(curtois('Instance8'), { timeLimitMs: 120_000, warmStartMs: 1_000, seed: 1, signal: controller.signal });
    expect(exact.elapsedMs).toBeLessThan(60_000);
    expect(exact.score.hard).toBeLessThanOrEqual(exact.warmStart.hard);
    if (exact.score.hard === exact.warmStart.hard) expect(exact.score.soft).toBeLessThanOrEqual(exact.warmStart.soft);
  });

  it.skipIf(!hasCurtois)('bounds Curtois & Qu Instance1 below its published optimum (607) and reaches it', async () => {
    const local = await solveRota(curtois('Instance1'), { seed: 1, maxIterations: 100_000, timeLimitMs: 60_000 });
    const seen: SolveRotaExactProgress[] = [];
    const exact = await solveRotaExact(curtois('Instance1'), { timeLimitMs: 60_000, initial: local.rota, seed: 1, onProgress: (p) => seen.push(p) });
    expect(exact.score.soft).toBe(607);
    // every weight is whole, so progress shows whole figures (HiGHS reports 606.9999999 and the like)
    expect(seen.length).toBeGreaterThan(1);
    for (const p of seen) {
      expect(Number.isInteger(p.objective)).toBe(true);
      expect(Number.isInteger(p.bound)).toBe(true);
      expect(p.gap).toBe(Math.max(0, (p.objective - p.bound) / p.objective));
    }
    expect(exact.bound).toBeLessThanOrEqual(607);
    expect(exact.bound).toBeGreaterThan(0);
  });
});
