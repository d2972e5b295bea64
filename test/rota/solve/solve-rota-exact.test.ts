import { describe, expect, it } from 'vitest';
import { scoreRota, solveRota, solveRotaExact } from '../../../src/rota/index.js';
import type { RotaProblemInput } from '../../../src/rota/index.js';
import { smallClinic } from './fixtures.js';

function clinicWithoutHistory(): RotaProblemInput {
  return { ...smallClinic(), history: [] };
}

describe('solveRotaExact', () => {
  it('proves a rota optimal, never worse than the local search, and above its own bound', async () => {
    const problem = clinicWithoutHistory();
    const local = await solveRota(problem, { seed: 1, maxIterations: 50_000, timeLimitMs: 60_000 });
    const exact = await solveRotaExact(problem, { timeLimitMs: 30_000, initial: local.rota });
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

  it('refuses problems with history (not modelled) with OUT_OF_DOMAIN', async () => {
    await expect(solveRotaExact(smallClinic(), { timeLimitMs: 1_000 })).rejects.toMatchObject({ code: 'OUT_OF_DOMAIN' });
  });
});
