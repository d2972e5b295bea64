import { z } from 'zod';
import { IsoDateSchema, parseInput, type Money } from '../core/index.js';
import { aggregateEntries } from './internal/aggregate.js';
import { computeReport, scopeDates } from './internal/compute-report.js';
import { checkEntryCurrencies, resolveBudget, volumeMap } from './internal/resolve.js';
import { BudgetSnapshotSchema, PeriodIdSchema, ProrationMethodSchema, type AccountKind, type BudgetSnapshotInput, type ProrationMethod } from './schemas.js';
import type { BudgetVarianceResult } from './variance.js';

/**
 * One account's row of a budget report. Amounts include the account's descendants (a parent's
 * budget is its own plus its children's, as in hledger's budget report).
 *
 * @category Report
 */
export interface BudgetReportRow {
  /** The account id. */
  readonly account: string;
  /** The account's name. */
  readonly name: string;
  /** Cost or revenue. */
  readonly kind: AccountKind;
  /** Depth in the tree (0 for a root). */
  readonly depth: number;
  /** The parent account, if any. */
  readonly parent?: string;
  /** Whether the account has budget lines of its own in the report's scope. */
  readonly hasBudget: boolean;
  /** The budget of the account's own lines. */
  readonly ownBudget: Money;
  /** The budget, own plus descendants'. */
  readonly budget: Money;
  /** The budget prorated to the report's `asOf` date. */
  readonly prorated: Money;
  /** The flexible budget: driven lines recomputed at the actual volume (the budget where no actual volume is known). */
  readonly flexible: Money;
  /** Posted actuals. */
  readonly actual: Money;
  /** Commitments (open purchase orders). */
  readonly committed: Money;
  /** Projections. */
  readonly projected: Money;
  /** budget - actual - committed: what is left to spend (or to earn, for revenue). */
  readonly remaining: Money;
  /** Actual against budget and against the prorated budget. */
  readonly variance: BudgetVarianceResult;
}

/**
 * Costs posted to an account with no budget line on itself or any ancestor (or to an account not in the chart).
 *
 * @category Report
 */
export interface UnbudgetedRow {
  /** The account id as posted. */
  readonly account: string;
  /** Its name, when the account is in the chart. */
  readonly name?: string;
  /** Whether the account is in the chart of accounts. */
  readonly known: boolean;
  /** Posted actuals. */
  readonly actual: Money;
  /** Commitments. */
  readonly committed: Money;
  /** Projections. */
  readonly projected: Money;
}

/**
 * The totals of all cost (or all revenue) accounts.
 *
 * @category Report
 */
export interface ReportTotal {
  /** The budget. */
  readonly budget: Money;
  /** The budget prorated to date. */
  readonly prorated: Money;
  /** The flexible budget. */
  readonly flexible: Money;
  /** Actuals (for costs, including postings to accounts not in the chart). */
  readonly actual: Money;
  /** Commitments. */
  readonly committed: Money;
  /** budget - actual - committed. */
  readonly remaining: Money;
  /** Actual against budget and prorated budget. */
  readonly variance: BudgetVarianceResult;
}

/**
 * A variance report over a range of fiscal periods: one row per account in tree order, the
 * unbudgeted bucket, and totals for costs and revenue.
 *
 * @category Report
 */
export interface BudgetReport {
  /** The budget's name. */
  readonly budget: string;
  /** Its currency. */
  readonly currency: string;
  /** The first period id. */
  readonly from: string;
  /** The last period id. */
  readonly to: string;
  /** The first day covered. */
  readonly start: string;
  /** The last day covered. */
  readonly end: string;
  /** The proration date. */
  readonly asOf: string;
  /** The proration method. */
  readonly proration: ProrationMethod;
  /** The cost centre the report is limited to, if any. */
  readonly costCentre?: string;
  /** One row per account, depth first. */
  readonly rows: readonly BudgetReportRow[];
  /** Actuals with no budget above them. */
  readonly unbudgeted: {
    /** By account. */
    readonly rows: readonly UnbudgetedRow[];
    /** Their actual total. */
    readonly actual: Money;
    /** Their committed total. */
    readonly committed: Money;
  };
  /** Totals by kind. */
  readonly totals: {
    /** All cost accounts. */
    readonly cost: ReportTotal;
    /** All revenue accounts. */
    readonly revenue: ReportTotal;
  };
}

/**
 * Options for {@link budgetReport}.
 *
 * @category Report
 */
export interface BudgetReportOptions {
  /** The proration date: the day of the report. */
  readonly asOf: string;
  /** The first period (`YYYY-MM`); the fiscal year's first month by default. */
  readonly from?: string;
  /** The last period; the month containing `asOf` (clamped to the fiscal year) by default. */
  readonly to?: string;
  /** Limit the report to one cost centre. */
  readonly costCentre?: string;
  /** How to prorate (`linear` by default). */
  readonly proration?: ProrationMethod;
}

const ReportOptionsSchema = z
  .object({
    asOf: IsoDateSchema,
    from: PeriodIdSchema.optional(),
    to: PeriodIdSchema.optional(),
    costCentre: z.string().min(1).optional(),
    proration: ProrationMethodSchema.default('linear'),
  })
  .strict();

/**
 * Builds the variance report of a budget snapshot: per account, the budget (own plus children's),
 * the budget prorated to date, the flexible budget, actuals, commitments and projections kept
 * apart, what remains, and the variance with favourable or unfavourable by account kind. Actuals
 * posted to an account with no budget line on itself or above go to the `unbudgeted` bucket too
 * (hledger's `<unbudgeted>`), while still counting in their parents' rows.
 *
 * @param snapshot - the budget, the cost entries and the actual volumes
 * @param options - the date, the period range, a cost centre and the proration method
 * @returns the report
 * @throws PracticeOpsError `INVALID_INPUT`, `UNKNOWN_REFERENCE`, `CONFLICT`, `CURRENCY_MISMATCH`, or `OUT_OF_DOMAIN` for a range outside the fiscal year
 * @example
 * ```ts
 * const report = budgetReport({ budget, entries }, { asOf: '2026-04-10', from: '2026-04', to: '2026-04' });
 * report.rows.find((r) => r.account === 'medical-supplies')?.variance.statusToDate; // 'unfavourable'
 * ```
 * @category Report
 */
export function budgetReport(snapshot: BudgetSnapshotInput, options: BudgetReportOptions): BudgetReport {
  const parsed = parseInput(BudgetSnapshotSchema, snapshot, { label: 'budget snapshot' });
  const opts = parseInput(ReportOptionsSchema, options, { label: 'report options' });
  const resolved = resolveBudget(parsed.budget);
  checkEntryCurrencies(parsed.entries, parsed.budget.currency);
  const first = resolved.periods[0]?.id ?? '';
  const last = resolved.periods.at(-1)?.id ?? '';
  const month = opts.asOf.slice(0, 7);
  const defaultTo = month < first ? first : month > last ? last : month;
  return computeReport(resolved, aggregateEntries(parsed.entries), volumeMap(parsed.actualVolumes), {
    from: opts.from ?? first,
    to: opts.to ?? defaultTo,
    asOf: opts.asOf,
    proration: opts.proration,
    ...(opts.costCentre === undefined ? {} : { costCentre: opts.costCentre }),
  });
}

/**
 * Options for {@link budgetReportByPeriod}.
 *
 * @category Report
 */
export interface BudgetReportByPeriodOptions {
  /** The proration date. */
  readonly asOf: string;
  /** The first period; the fiscal year's first month by default. */
  readonly from?: string;
  /** The last period; the fiscal year's last month by default. */
  readonly to?: string;
  /** Limit to one cost centre. */
  readonly costCentre?: string;
  /** How to prorate (`linear` by default). */
  readonly proration?: ProrationMethod;
}

/**
 * One variance report per fiscal month (hledger's `balance --budget -M` columns), parsing and
 * aggregating the snapshot once.
 *
 * @param snapshot - the budget, the cost entries and the actual volumes
 * @param options - the date, the period range, a cost centre and the proration method
 * @returns the monthly reports, in order
 * @throws PracticeOpsError like {@link budgetReport}
 * @example
 * ```ts
 * const months = budgetReportByPeriod({ budget, entries }, { asOf: '2026-06-30', from: '2026-01', to: '2026-06' });
 * months.map((m) => m.totals.cost.actual.amount);
 * ```
 * @category Report
 */
export function budgetReportByPeriod(snapshot: BudgetSnapshotInput, options: BudgetReportByPeriodOptions): readonly BudgetReport[] {
  const parsed = parseInput(BudgetSnapshotSchema, snapshot, { label: 'budget snapshot' });
  const opts = parseInput(ReportOptionsSchema, options, { label: 'report options' });
  const resolved = resolveBudget(parsed.budget);
  checkEntryCurrencies(parsed.entries, parsed.budget.currency);
  const from = opts.from ?? resolved.periods[0]?.id ?? '';
  const to = opts.to ?? resolved.periods.at(-1)?.id ?? '';
  scopeDates(resolved, from, to);
  const groups = aggregateEntries(parsed.entries);
  const volumes = volumeMap(parsed.actualVolumes);
  return resolved.periods
    .filter((p) => p.id >= from && p.id <= to)
    .map((p) =>
      computeReport(resolved, groups, volumes, {
        from: p.id,
        to: p.id,
        asOf: opts.asOf,
        proration: opts.proration,
        ...(opts.costCentre === undefined ? {} : { costCentre: opts.costCentre }),
      }),
    );
}
