import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../src/rota/solve/internal/exact-progress.js';
import type { SolveRotaExactProgress } from '../../../src/rota/index.js';

function collect(wholeWeights: boolean): { report: (objective: number, bound: number) => void; seen: SolveRotaExactProgress[] } {
  const seen: SolveRotaExactProgress[] = [];
  return { report: progressReporter(wholeWeights, (p) => seen.push(p)), seen };
}

describe('progressReporter', () => {
  it('rounds HiGHS float noise to whole figures when every weight is whole, a bound upwards', () => {
    const { report, seen } = collect(true);
    report(3959.9999999998363, 3939.0000000001);
    report(4040.0000000002, 4039.99999999);
    expect(seen).toEqual([
      { objective: 3960, bound: 3939, gap: (3960 - 3939) / 3960 },
      { objective: 4040, bound: 4040, gap: 0 },
    ]);
  });

  it('keeps a bound that is a true fraction rounded up, never below what it proves', () => {
    const { report, seen } = collect(true);
    report(1310, 1283.4);
    expect(seen[0]?.bound).toBe(1284);
  });

  it('rounds to a millionth when weights are fractional', () => {
    const { report, seen } = collect(false);
    report(12.499999999997, 10.2500000000004);
    expect(seen[0]?.objective).toBe(12.5);
    expect(seen[0]?.bound).toBe(10.25);
    expect(seen[0]?.gap).toBeCloseTo((12.5 - 10.25) / 12.5, 12);
  });

  it('reports a NaN gap when there is no bound or the objective is zero', () => {
    const { report, seen } = collect(true);
    report(500, Number.NaN);
    report(0, 0);
    expect(seen[0]?.bound).toBeNaN();
    expect(seen[0]?.gap).toBeNaN();
    expect(seen[1]?.gap).toBeNaN();
  });

  it('does nothing without a callback', () => {
    expect(() => progressReporter(true, undefined)(1, 0)).not.toThrow();
  });
});
