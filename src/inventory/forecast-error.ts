import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';

/**
 * Accuracy of a forecast against what happened. Periods without a forecast are skipped.
 *
 * @example
 * ```ts
 * const { mad, rmse }: ForecastErrorResult = forecastError([10, 12], [11, 11]);
 * ```
 * @category Forecasting
 */
export interface ForecastErrorResult {
  /** Number of periods compared. */
  readonly count: number;
  /** Mean absolute deviation. */
  readonly mad: number;
  /** Mean squared error. */
  readonly mse: number;
  /** Root mean squared error: a stand-in for the demand sd in {@link safetyStock}. */
  readonly rmse: number;
  /** Mean error (actual - forecast): positive when the forecast runs low. */
  readonly bias: number;
  /** Mean absolute percentage error over periods with non-zero actual demand (NaN when there are none). */
  readonly mape: number;
  /** Sum of errors divided by MAD: beyond about +-4 the method is biased. */
  readonly trackingSignal: number;
}

const SeriesSchema = z.array(z.number().finite());
const ForecastSeriesSchema = z.array(z.number().finite().nullable());

/** @internal computes error measures on already-validated data */
export function measureError(actual: readonly number[], forecast: readonly (number | null)[]): ForecastErrorResult {
  let count = 0;
  let absSum = 0;
  let sqSum = 0;
  let sum = 0;
  let pctSum = 0;
  let pctCount = 0;
  for (let i = 0; i < actual.length; i++) {
    const f = forecast[i];
    if (f === null || f === undefined) continue;
    const a = actual[i] as number;
    const e = a - f;
    count++;
    absSum += Math.abs(e);
    sqSum += e * e;
    sum += e;
    if (a !== 0) {
      pctSum += Math.abs(e / a);
      pctCount++;
    }
  }
  if (count === 0) return { count: 0, mad: 0, mse: 0, rmse: 0, bias: 0, mape: Number.NaN, trackingSignal: 0 };
  const mad = absSum / count;
  return {
    count,
    mad,
    mse: sqSum / count,
    rmse: Math.sqrt(sqSum / count),
    bias: sum / count,
    mape: pctCount === 0 ? Number.NaN : (100 * pctSum) / pctCount,
    trackingSignal: mad === 0 ? 0 : sum / mad,
  };
}

/**
 * Forecast accuracy: MAD, MSE, RMSE, bias, MAPE (in percent) and the tracking signal, over the
 * periods that have a forecast (`null` entries are skipped).
 *
 * @param actual - what happened, per period
 * @param forecast - what was forecast for each period (`null` where there was no forecast)
 * @returns the error measures
 * @throws PracticeOpsError `INVALID_INPUT` for non-numbers, `CONFLICT` when the lengths differ
 * @example
 * ```ts
 * forecastError([10, 12], [11, 11]).mad; // 1
 * ```
 * @category Forecasting
 */
export function forecastError(actual: readonly number[], forecast: readonly (number | null)[]): ForecastErrorResult {
  const a = parseInput(SeriesSchema, actual, { label: 'actual demand' });
  const f = parseInput(ForecastSeriesSchema, forecast, { label: 'forecast' });
  if (a.length !== f.length) {
    throw practiceOpsError(ERROR_CODES.conflict, 'Actual and forecast series must be the same length', {
      path: ['forecast'],
      expected: `array(${a.length})`,
      received: `array(${f.length})`,
    });
  }
  return measureError(a, f);
}
