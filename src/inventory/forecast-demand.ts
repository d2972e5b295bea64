import { z } from 'zod';
import { ERROR_CODES, practiceOpsError } from '../core/errors.js';
import { parseInput } from '../core/parse.js';
import { measureError, type ForecastErrorResult } from './forecast-error.js';

/**
 * A forecasting method and its parameters.
 *
 * - `moving-average`: the mean of the last `window` periods.
 * - `exponential-smoothing`: simple exponential smoothing, F(t+1) = alpha A(t) + (1 - alpha) F(t).
 * - `holt`: Holt's linear trend (level smoothed with `alpha`, trend with `beta`).
 * - `croston`: Croston's method for intermittent demand (sizes and intervals smoothed separately);
 *   `sba` applies the Syntetos-Boylan correction factor (1 - alpha / 2).
 *
 * @example
 * ```ts
 * ForecastMethodSchema.parse({ method: 'croston', alpha: 0.1 }); // variant 'sba' by default
 * ```
 * @category Forecasting
 */
export const ForecastMethodSchema = z.discriminatedUnion('method', [
  z
    .object({
      /** Moving average. */
      method: z.literal('moving-average'),
      /** Number of periods averaged. */
      window: z.int().positive().default(3),
    })
    .readonly(),
  z
    .object({
      /** Simple exponential smoothing. */
      method: z.literal('exponential-smoothing'),
      /** Smoothing constant in (0, 1]. */
      alpha: z.number().gt(0).max(1).default(0.1),
      /** Forecast for the first period; the first actual value by default. */
      initial: z.number().finite().optional(),
    })
    .readonly(),
  z
    .object({
      /** Holt's linear trend. */
      method: z.literal('holt'),
      /** Level smoothing constant. */
      alpha: z.number().gt(0).max(1).default(0.2),
      /** Trend smoothing constant. */
      beta: z.number().gt(0).max(1).default(0.1),
      /** Level before the first period; the first actual value by default. */
      initialLevel: z.number().finite().optional(),
      /** Trend before the first period; the first difference by default. */
      initialTrend: z.number().finite().optional(),
    })
    .readonly(),
  z
    .object({
      /** Croston's method for intermittent demand. */
      method: z.literal('croston'),
      /** Smoothing constant for sizes and intervals. */
      alpha: z.number().gt(0).max(1).default(0.1),
      /** `croston` (original) or `sba` (Syntetos-Boylan approximation, bias-corrected). */
      variant: z.literal(['croston', 'sba']).default('sba'),
    })
    .readonly(),
]);

/**
 * A forecasting method (parsed).
 *
 * @example
 * ```ts
 * const method: ForecastMethod = { method: 'moving-average', window: 28 };
 * ```
 * @category Forecasting
 */
export type ForecastMethod = z.output<typeof ForecastMethodSchema>;

/**
 * A forecasting method as passed in (defaults optional).
 *
 * @example
 * ```ts
 * const method: ForecastMethodInput = { method: 'holt', alpha: 0.2, beta: 0.1 };
 * ```
 * @category Forecasting
 */
export type ForecastMethodInput = z.input<typeof ForecastMethodSchema>;

/**
 * A forecast: the one-step-ahead forecast of every past period, the forecasts ahead, and the
 * error measures of the past forecasts.
 *
 * @example
 * ```ts
 * const { next, error }: DemandForecast = forecastDemand([3, 0, 4, 2], { method: 'exponential-smoothing', alpha: 0.2 });
 * ```
 * @category Forecasting
 */
export interface DemandForecast {
  /** The method used. */
  readonly method: ForecastMethod['method'];
  /** For each past period, what the method forecast for it before seeing it (`null` while warming up). */
  readonly fitted: readonly (number | null)[];
  /** Forecast per period for the next `horizon` periods. */
  readonly ahead: readonly number[];
  /** The next period's forecast (`ahead[0]`). */
  readonly next: number;
  /** Errors of the fitted forecasts against the history. */
  readonly error: ForecastErrorResult;
}

const HistorySchema = z.array(z.number().min(0).finite()).min(1, 'Expected at least one period of history');

function movingAverage(history: readonly number[], window: number, horizon: number): { fitted: (number | null)[]; ahead: number[] } {
  const fitted: (number | null)[] = [];
  let sum = 0;
  for (let t = 0; t < history.length; t++) {
    fitted.push(t >= window ? sum / window : null);
    sum += history[t] as number;
    if (t >= window) sum -= history[t - window] as number;
  }
  const last = history.slice(-window);
  const next = last.reduce((a, b) => a + b, 0) / last.length;
  return { fitted, ahead: Array.from({ length: horizon }, () => next) };
}

function exponential(history: readonly number[], alpha: number, initial: number | undefined, horizon: number): { fitted: number[]; ahead: number[] } {
  let f = initial ?? (history[0] as number);
  const fitted: number[] = [];
  for (const a of history) {
    fitted.push(f);
    f = alpha * a + (1 - alpha) * f;
  }
  return { fitted, ahead: Array.from({ length: horizon }, () => f) };
}

function holt(history: readonly number[], m: Extract<ForecastMethod, { method: 'holt' }>, horizon: number): { fitted: number[]; ahead: number[] } {
  let level = m.initialLevel ?? (history[0] as number);
  let trend = m.initialTrend ?? (history.length > 1 ? (history[1] as number) - (history[0] as number) : 0);
  const fitted: number[] = [];
  for (const a of history) {
    const forecast = level + trend;
    fitted.push(forecast);
    const newLevel = m.alpha * a + (1 - m.alpha) * forecast;
    trend = m.beta * (newLevel - level) + (1 - m.beta) * trend;
    level = newLevel;
  }
  return { fitted, ahead: Array.from({ length: horizon }, (_, h) => level + (h + 1) * trend) };
}

function croston(history: readonly number[], alpha: number, variant: 'croston' | 'sba', horizon: number): { fitted: (number | null)[]; ahead: number[] } {
  const factor = variant === 'sba' ? 1 - alpha / 2 : 1;
  let size: number | undefined;
  let interval: number | undefined;
  let sinceLast = 0;
  const fitted: (number | null)[] = [];
  for (const a of history) {
    sinceLast++;
    fitted.push(size === undefined || interval === undefined ? null : (factor * size) / interval);
    if (a > 0) {
      if (size === undefined || interval === undefined) {
        size = a;
        interval = sinceLast;
      } else {
        size = alpha * a + (1 - alpha) * size;
        interval = alpha * sinceLast + (1 - alpha) * interval;
      }
      sinceLast = 0;
    }
  }
  const next = size === undefined || interval === undefined ? 0 : (factor * size) / interval;
  return { fitted, ahead: Array.from({ length: horizon }, () => next) };
}

/**
 * Forecasts demand per period from a history with one of four methods: moving average, simple
 * exponential smoothing, Holt's linear trend, or Croston's method (with the SBA correction by
 * default) for intermittent demand. The result carries the one-step-ahead forecasts of the past
 * and their error (MAD, RMSE...), which {@link safetyStock} can use as the demand sd.
 *
 * @param history - demand per period, oldest first (non-negative)
 * @param method - the method and its parameters
 * @param horizon - how many periods to forecast ahead (1 by default)
 * @returns the forecast with its fitted values and error
 * @throws PracticeOpsError `INVALID_INPUT` for an empty or negative history, or bad parameters
 * @example
 * ```ts
 * forecastDemand([180, 168, 159, 175, 190, 205, 180, 182], { method: 'exponential-smoothing', alpha: 0.1, initial: 175 }).error.mad; // 10.31
 * ```
 * @category Forecasting
 */
export function forecastDemand(history: readonly number[], method: ForecastMethodInput, horizon = 1): DemandForecast {
  const series = parseInput(HistorySchema, history, { label: 'demand history' });
  const m = parseInput(ForecastMethodSchema, method, { label: 'forecast method' });
  const h = parseInput(z.int().positive().max(10_000), horizon, { label: 'horizon' });
  return forecastDemandParsed(series, m, h);
}

/** @internal the forecast on validated input */
export function forecastDemandParsed(series: readonly number[], m: ForecastMethod, h: number): DemandForecast {
  let out: { fitted: readonly (number | null)[]; ahead: number[] };
  switch (m.method) {
    case 'moving-average':
      if (m.window > series.length) {
        throw practiceOpsError(ERROR_CODES.outOfDomain, 'The moving-average window is longer than the history', {
          path: ['window'],
          expected: `<= ${series.length}`,
          received: String(m.window),
        });
      }
      out = movingAverage(series, m.window, h);
      break;
    case 'exponential-smoothing':
      out = exponential(series, m.alpha, m.initial, h);
      break;
    case 'holt':
      out = holt(series, m, h);
      break;
    case 'croston':
      out = croston(series, m.alpha, m.variant, h);
      break;
  }
  return { method: m.method, fitted: out.fitted, ahead: out.ahead, next: out.ahead[0] as number, error: measureError(series, out.fitted) };
}
