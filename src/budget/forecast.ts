import { z } from 'zod';
import { daysBetween, ERROR_CODES, IsoDateSchema, parseInput, practiceOpsError, type Money } from '../core/index.js';
import { minorUnits } from '../core/currency.js';
import { Dec } from '../core/internal/decimal.js';
import { statusOf } from './internal/amounts.js';
import { prorationShare } from './internal/prorate-share.js';
import { checkEntryCurrencies, plannedAmount, resolveBudget } from './internal/resolve.js';
import { BudgetSnapshotSchema, type AccountKind, type BudgetSnapshotInput, type VarianceStatus } from './schemas.js';

/**
 * How a year-end forecast extends the actuals to date:
 * - `run-rate`: actual to date / elapsed days x days in the year;
 * - `remaining-budget`: actual to date + the budget still to come (the rest of the year, prorated by days);
 * - `committed-and-remaining`: like `remaining-budget`, plus open commitments;
 * - `full-budget`: the year ends on budget (for fixed contracts), or at actual if that is already higher.
 *
 * @category Forecast
 */
export type ForecastMethod = 'run-rate' | 'remaining-budget' | 'committed-and-remaining' | 'full-budget';

/**
 * A forecasting rule: the method for an account and its descendants (the nearest rule wins).
 *
 * @category Forecast
 */
export interface ForecastRule {
  /** The account the rule applies to, with its subtree. */
  readonly account: string;
  /** The method. */
  readonly method: ForecastMethod;
}

/**
 * Options for {@link forecastYearEnd}.
 *
 * @category Forecast
 */
export interface ForecastOptions {
  /** The date of the forecast: actuals up to and including it count. */
  readonly asOf: string;
  /** The method for accounts without a rule; `run-rate` by default. */
  readonly method?: ForecastMethod;
  /** Rule-based forecasting: methods by account subtree. */
  readonly rules?: readonly ForecastRule[];
  /** Limit to one cost centre. */
  readonly costCentre?: string;
}

/**
 * One account's year-end forecast (including its descendants).
 *
 * @category Forecast
 */
export interface ForecastRow {
  /** The account id. */
  readonly account: string;
  /** Its name. */
  readonly name: string;
  /** Cost or revenue. */
  readonly kind: AccountKind;
  /** Depth in the tree. */
  readonly depth: number;
  /** The method used for the account's own postings. */
  readonly method: ForecastMethod;
  /** The annual budget. */
  readonly budget: Money;
  /** Actuals from the start of the fiscal year to `asOf`. */
  readonly actualToDate: Money;
  /** The forecast for the whole year, rounded to minor units. */
  readonly forecast: Money;
  /** forecast - budget. */
  readonly variance: Money;
  /** Whether the forecast variance is good news. */
  readonly status: VarianceStatus;
}

/**
 * A year-end forecast.
 *
 * @category Forecast
 */
export interface Forecast {
  /** The date of the forecast. */
  readonly asOf: string;
  /** Days of the fiscal year elapsed up to `asOf` (both ends counted). */
  readonly elapsedDays: number;
  /** Days in the fiscal year. */
  readonly yearDays: number;
  /** One row per account, depth first. */
  readonly rows: readonly ForecastRow[];
}

const MethodSchema = z.enum(['run-rate', 'remaining-budget', 'committed-and-remaining', 'full-budget']);
const ForecastOptionsSchema = z
  .object({
    asOf: IsoDateSchema,
    method: MethodSchema.default('run-rate'),
    rules: z.array(z.object({ account: z.string().min(1), method: MethodSchema }).strict()).default([]),
    costCentre: z.string().min(1).optional(),
  })
  .strict();

/**
 * Forecasts each account's year-end total from the actuals to date, by run rate or by rules per
 * account (for example run rate for supplies, remaining budget for salaries, full budget for
 * malpractice insurance). Parents add up their children's forecasts.
 *
 * @param snapshot - the budget and its cost entries
 * @param options - the date, the default method, rules by account and a cost centre
 * @returns the forecast per account
 * @throws PracticeOpsError `INVALID_INPUT`, `UNKNOWN_REFERENCE` (a rule's account), `OUT_OF_DOMAIN` (a date outside the fiscal year)
 * @example
 * ```ts
 * const f = forecastYearEnd({ budget, entries }, { asOf: '2026-06-30', rules: [{ account: 'malpractice', method: 'full-budget' }] });
 * ```
 * @category Forecast
 */
export function forecastYearEnd(snapshot: BudgetSnapshotInput, options: ForecastOptions): Forecast {
  const parsed = parseInput(BudgetSnapshotSchema, snapshot, { label: 'budget snapshot' });
  const opts = parseInput(ForecastOptionsSchema, options, { label: 'forecast options' });
  const resolved = resolveBudget(parsed.budget);
  checkEntryCurrencies(parsed.entries, parsed.budget.currency);
  const first = resolved.periods[0];
  const last = resolved.periods.at(-1);
  if (first === undefined || last === undefined || opts.asOf < first.start || opts.asOf > last.end) {
    throw practiceOpsError(ERROR_CODES.outOfDomain, `The forecast date ${opts.asOf} is outside the fiscal year`, {
      path: ['asOf'],
      expected: `a date from ${first?.start ?? ''} to ${last?.end ?? ''}`,
      received: opts.asOf,
    });
  }
  const currency = parsed.budget.currency;
  const digits = minorUnits(currency);
  const m = (d: Dec): Money => ({ amount: d.toDecimalPlaces(digits, Dec.ROUND_HALF_EVEN).toFixed(), currency });
  const elapsedDays = daysBetween(first.start, opts.asOf) + 1;
  const yearDays = daysBetween(first.start, last.end) + 1;
  opts.rules.forEach((rule, index) => {
    if (!resolved.accounts.has(rule.account)) {
      throw practiceOpsError(ERROR_CODES.unknownReference, `Forecast rule ${index} names an unknown account ${rule.account}`, {
        path: ['rules', index, 'account'],
        expected: 'an account id of the budget',
        received: JSON.stringify(rule.account),
      });
    }
  });
  const ruleFor = new Map(opts.rules.map((r) => [r.account, r.method]));
  const methodOf = (id: string): ForecastMethod => {
    let current: string | undefined = id;
    const seen = new Set<string>();
    while (current !== undefined && !seen.has(current)) {
      const method = ruleFor.get(current);
      if (method !== undefined) return method;
      seen.add(current);
      current = resolved.accounts.get(current)?.parent;
    }
    return opts.method;
  };
  const own = new Map<string, { budget: Dec; remaining: Dec; actual: Dec; committed: Dec }>();
  const ownOf = (id: string) => {
    let v = own.get(id);
    if (v === undefined) {
      v = { budget: new Dec(0), remaining: new Dec(0), actual: new Dec(0), committed: new Dec(0) };
      own.set(id, v);
    }
    return v;
  };
  for (const line of parsed.budget.lines) {
    if (opts.costCentre !== undefined && line.costCentre !== opts.costCentre) continue;
    const period = resolved.periodById.get(line.period);
    if (period === undefined) continue;
    const amount = plannedAmount(resolved, line);
    const [num, den] = prorationShare(period.start, period.end, opts.asOf, 'linear');
    const v = ownOf(line.account);
    v.budget = v.budget.add(amount);
    v.remaining = v.remaining.add(amount.sub(amount.mul(num).div(den)));
  }
  for (const entry of parsed.entries) {
    if (!resolved.accounts.has(entry.account)) continue;
    if (opts.costCentre !== undefined && entry.costCentre !== opts.costCentre) continue;
    if (entry.date < first.start || entry.date > last.end) continue;
    const v = ownOf(entry.account);
    if (entry.layer === 'actual' && entry.date <= opts.asOf) v.actual = v.actual.add(new Dec(entry.amount.amount));
    if (entry.layer === 'committed') v.committed = v.committed.add(new Dec(entry.amount.amount));
  }
  const forecastOwn = (id: string): Dec => {
    const v = own.get(id);
    if (v === undefined) return new Dec(0);
    switch (methodOf(id)) {
      case 'run-rate':
        return v.actual.mul(yearDays).div(elapsedDays);
      case 'remaining-budget':
        return v.actual.add(v.remaining);
      case 'committed-and-remaining':
        return v.actual.add(v.committed).add(v.remaining);
      case 'full-budget':
        return Dec.max(v.budget, v.actual);
    }
  };
  const inclusive = new Map<string, { budget: Dec; actual: Dec; forecast: Dec }>();
  for (const { id } of [...resolved.order].reverse()) {
    const v = own.get(id);
    const sums = { budget: v?.budget ?? new Dec(0), actual: v?.actual ?? new Dec(0), forecast: forecastOwn(id) };
    for (const child of resolved.children.get(id) ?? []) {
      const c = inclusive.get(child);
      if (c === undefined) continue;
      sums.budget = sums.budget.add(c.budget);
      sums.actual = sums.actual.add(c.actual);
      sums.forecast = sums.forecast.add(c.forecast);
    }
    inclusive.set(id, sums);
  }
  const rows: ForecastRow[] = resolved.order.map(({ id, depth }) => {
    const account = resolved.accounts.get(id);
    const kind = account?.kind ?? 'cost';
    const sums = inclusive.get(id) ?? { budget: new Dec(0), actual: new Dec(0), forecast: new Dec(0) };
    const budget = m(sums.budget);
    const forecast = m(sums.forecast);
    return {
      account: id,
      name: account?.name ?? id,
      kind,
      depth,
      method: methodOf(id),
      budget,
      actualToDate: m(sums.actual),
      forecast,
      variance: m(new Dec(forecast.amount).sub(new Dec(budget.amount))),
      status: statusOf(kind, forecast, budget),
    };
  });
  return { asOf: opts.asOf, elapsedDays, yearDays, rows };
}
