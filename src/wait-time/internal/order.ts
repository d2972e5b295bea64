import type { PercentileMethod } from '../schemas.js';

/** Rank positions for a percentile: nearest-rank gives one, linear gives two and a weight. */
export function percentileFromOrder(
  n: number,
  p: number,
  method: PercentileMethod,
  orderStatistic: (k: number) => number,
): number | null {
  if (n === 0) return null;
  if (method === 'nearest-rank') {
    const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n - 1e-9)));
    return orderStatistic(rank);
  }
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const frac = h - lo;
  const a = orderStatistic(lo + 1);
  if (frac === 0 || lo + 2 > n) return a;
  const b = orderStatistic(lo + 2);
  return a + frac * (b - a);
}
