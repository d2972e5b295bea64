import type { SolveRotaExactProgress } from '../solve-rota-exact.js';

/**
 * A lower bound rounded up to the next whole number, for problems whose weights are all whole (no
 * whole objective lies below it). A hair of float noise above a whole number is not rounded up.
 *
 * @param bound - a proven lower bound
 * @returns the least whole number not below it
 */
export function roundBoundUp(bound: number): number {
  return Math.ceil(bound - 1e-6);
}

/**
 * The exact solve's progress callback as a caller sees it. Objectives and bounds from HiGHS carry
 * float noise (3959.9999999998 for 3960), so each figure is rounded: to a whole number when every
 * weight is whole (a bound upwards, as no whole objective lies below it), to 1e-6 otherwise. The
 * gap is computed from the rounded figures, so the three always agree.
 *
 * @param wholeWeights - whether every soft weight of the problem is a whole number
 * @param onProgress - the caller's callback, if any
 * @returns a reporter taking the raw objective and bound
 */
export function progressReporter(
  wholeWeights: boolean,
  onProgress: ((progress: SolveRotaExactProgress) => void) | undefined,
): (objective: number, bound: number) => void {
  const clean = (value: number, isBound: boolean): number => {
    if (!Number.isFinite(value)) return value;
    if (!wholeWeights) return Math.round(value * 1e6) / 1e6;
    return isBound ? roundBoundUp(value) : Math.round(value);
  };
  return (rawObjective, rawBound) => {
    if (onProgress === undefined) return;
    const objective = clean(rawObjective, false);
    const bound = clean(rawBound, true);
    const gap = Number.isFinite(bound) && objective > 0 ? Math.max(0, (objective - bound) / objective) : Number.NaN;
    onProgress({ objective, bound, gap });
  };
}
