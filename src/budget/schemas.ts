import { z } from 'zod';
import { CostEntrySchema, CurrencyCodeSchema, DecimalStringSchema, IsoDateSchema, type CostEntry } from '../core/index.js';

/**
 * Whether an account holds costs or revenue: it decides which way a variance is favourable.
 *
 * @example
 * ```ts
 * AccountKindSchema.parse('cost'); // 'cost'
 * ```
 * @category Schemas
 */
export const AccountKindSchema = z.literal(['cost', 'revenue']);

/**
 * `cost` (spending under budget is favourable) or `revenue` (earning over budget is favourable).
 *
 * @category Schemas
 */
export type AccountKind = z.infer<typeof AccountKindSchema>;

/**
 * One account of the budget's chart of accounts. Accounts form a tree through `parent`.
 *
 * @example
 * ```ts
 * AccountSchema.parse({ id: 'medical-supplies', name: 'Medical and surgical supplies', kind: 'cost', parent: 'general-operating' });
 * ```
 * @category Schemas
 */
export const AccountSchema = z
  .object({
    /** A stable id, used by budget lines and cost entries (`CostEntry.account`). */
    id: z.string().min(1),
    /** A readable name. */
    name: z.string().min(1),
    /** Cost or revenue. */
    kind: AccountKindSchema,
    /** The parent account's id; a root account has none. */
    parent: z.string().min(1).optional(),
    /** The MGMA cost-survey category it reports to, if any (for example `support-staff`). */
    category: z.string().min(1).optional(),
  })
  .readonly();

/**
 * An account of the chart of accounts.
 *
 * @category Schemas
 */
export type Account = z.infer<typeof AccountSchema>;

/**
 * A cost centre: a department, a site or a service line that budget lines and costs are booked to.
 *
 * @example
 * ```ts
 * CostCentreSchema.parse({ id: 'main-street', name: 'Main Street clinic' });
 * ```
 * @category Schemas
 */
export const CostCentreSchema = z
  .object({
    /** A stable id (`CostEntry.costCentre`). */
    id: z.string().min(1),
    /** A readable name. */
    name: z.string().min(1),
  })
  .readonly();

/**
 * A cost centre.
 *
 * @category Schemas
 */
export type CostCentre = z.infer<typeof CostCentreSchema>;

/**
 * A fiscal period id: the calendar month it covers, as `YYYY-MM`.
 *
 * @example
 * ```ts
 * PeriodIdSchema.parse('2026-07');
 * ```
 * @category Schemas
 */
export const PeriodIdSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a period id as YYYY-MM');

/**
 * A fiscal period: an id and the dates it covers, both included.
 *
 * @example
 * ```ts
 * FiscalPeriodSchema.parse({ id: '2026-04', start: '2026-04-01', end: '2026-04-30' });
 * ```
 * @category Schemas
 */
export const FiscalPeriodSchema = z
  .object({
    /** The period's id (`YYYY-MM` for fiscal months). */
    id: z.string().min(1),
    /** The first day of the period. */
    start: IsoDateSchema,
    /** The last day of the period (included). */
    end: IsoDateSchema,
  })
  .readonly()
  .refine((p) => p.start <= p.end, { message: 'A period must not end before it starts', path: ['end'] });

/**
 * A fiscal period.
 *
 * @category Schemas
 */
export type FiscalPeriod = z.infer<typeof FiscalPeriodSchema>;

/**
 * A volume driver of a budget line: the line's amount is `fixed + rate x volume`, with the planned
 * volume of the driver (visits, patients, FTEs) for the line's period.
 *
 * @example
 * ```ts
 * LineDriverSchema.parse({ driver: 'patients', fixed: '6000', rate: '54' });
 * ```
 * @category Schemas
 */
export const LineDriverSchema = z
  .object({
    /** The driver's name, matching {@link VolumeSchema} entries (`visits`, `patients`, `fte`). */
    driver: z.string().min(1),
    /** The fixed part, in the budget's currency. */
    fixed: DecimalStringSchema.default('0'),
    /** The variable amount per unit of volume, in the budget's currency. */
    rate: DecimalStringSchema,
  })
  .readonly();

/**
 * A budget line's volume driver.
 *
 * @category Schemas
 */
export type LineDriver = z.infer<typeof LineDriverSchema>;

/**
 * One budget line: an amount for an account (and optionally a cost centre) in one fiscal period,
 * either given outright (`amount`) or driven by a volume (`driven`).
 *
 * @example
 * ```ts
 * BudgetLineSchema.parse({ account: 'medical-supplies', period: '2026-04', amount: '3000' });
 * ```
 * @category Schemas
 */
export const BudgetLineSchema = z
  .object({
    /** The account id. */
    account: z.string().min(1),
    /** The cost centre id, if the line belongs to one. */
    costCentre: z.string().min(1).optional(),
    /** The fiscal period id (`YYYY-MM`). */
    period: PeriodIdSchema,
    /** The planned amount in the budget's currency, as a decimal string. */
    amount: DecimalStringSchema.optional(),
    /** A volume driver instead of a fixed amount. */
    driven: LineDriverSchema.optional(),
    /** A note for the reader. */
    note: z.string().optional(),
  })
  .readonly()
  .refine((line) => (line.amount === undefined) !== (line.driven === undefined), {
    message: 'A budget line needs exactly one of amount and driven',
    path: ['amount'],
  });

/**
 * A budget line.
 *
 * @category Schemas
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * A volume (visits, patients, FTEs) for one driver and period: planned in the budget, actual in a snapshot.
 *
 * @example
 * ```ts
 * VolumeSchema.parse({ driver: 'patients', period: '2026-04', volume: '300' });
 * ```
 * @category Schemas
 */
export const VolumeSchema = z
  .object({
    /** The driver's name. */
    driver: z.string().min(1),
    /** The period id. */
    period: PeriodIdSchema,
    /** The volume, as a decimal string or a non-negative number. */
    volume: z.union([z.string().trim().regex(/^\d+(\.\d+)?$/, 'Expected a non-negative decimal string'), z.number().finite().min(0).transform(String)]),
  })
  .readonly();

/**
 * A volume for a driver and period.
 *
 * @category Schemas
 */
export type Volume = z.infer<typeof VolumeSchema>;

/**
 * A practice budget: one currency, a fiscal year of twelve months starting on the first day of any
 * month, a chart of accounts, cost centres, budget lines and planned volumes.
 *
 * @example
 * ```ts
 * BudgetSchema.parse({
 *   name: 'FY2026', currency: 'USD', fiscalYearStart: '2026-01-01',
 *   accounts: [{ id: 'supplies', name: 'Supplies', kind: 'cost' }],
 *   lines: [{ account: 'supplies', period: '2026-04', amount: '3000' }],
 * });
 * ```
 * @category Schemas
 */
export const BudgetSchema = z
  .object({
    /** A name for people. */
    name: z.string().min(1),
    /** The budget's one currency (ISO 4217). */
    currency: CurrencyCodeSchema,
    /** The first day of the fiscal year; it must be the first day of a month. */
    fiscalYearStart: IsoDateSchema.refine((d) => d.endsWith('-01'), 'A fiscal year starts on the first day of a month'),
    /** The chart of accounts. */
    accounts: z.array(AccountSchema).min(1).readonly(),
    /** The cost centres. */
    costCentres: z.array(CostCentreSchema).readonly().default([]),
    /** The budget lines. */
    lines: z.array(BudgetLineSchema).readonly(),
    /** Planned volumes for driven lines. */
    volumes: z.array(VolumeSchema).readonly().default([]),
  })
  .readonly();

/**
 * A practice budget (after parsing: defaults filled in).
 *
 * @category Schemas
 */
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * A budget as an app writes it (before defaults are filled in).
 *
 * @category Schemas
 */
export type BudgetInput = z.input<typeof BudgetSchema>;

/**
 * The snapshot the budget rules look at: the budget, the cost entries posted against it (actual,
 * committed and projected layers, as core `CostEntry` records) and the actual volumes so far.
 *
 * @category Schemas
 */
export interface BudgetSnapshot {
  /** The budget. */
  readonly budget: Budget;
  /** Everything posted against it: labour from a rota, purchase orders, invoices. */
  readonly entries: readonly CostEntry[];
  /** Actual volumes (for flexible budgets of driven lines). */
  readonly actualVolumes: readonly Volume[];
}

/**
 * A budget snapshot as an app writes it (before defaults are filled in).
 *
 * @category Schemas
 */
export interface BudgetSnapshotInput {
  /** The budget. */
  readonly budget: BudgetInput;
  /** The cost entries; none by default. */
  readonly entries?: readonly CostEntry[] | undefined;
  /** Actual volumes; none by default. */
  readonly actualVolumes?: readonly z.input<typeof VolumeSchema>[] | undefined;
}

/**
 * The schema of a {@link BudgetSnapshot}, the budget rules' subject.
 *
 * @example
 * ```ts
 * const snapshot = BudgetSnapshotSchema.parse({ budget, entries: [...labour, ...orders] });
 * ```
 * @category Schemas
 */
export const BudgetSnapshotSchema: z.ZodType<BudgetSnapshot, BudgetSnapshotInput> = z
  .object({
    budget: BudgetSchema,
    entries: z.array(CostEntrySchema).readonly().default([]),
    actualVolumes: z.array(VolumeSchema).readonly().default([]),
  })
  .readonly();

/**
 * The budget rules' context: the day of the review.
 *
 * @example
 * ```ts
 * const context: BudgetContext = { today: '2026-04-10' };
 * ```
 * @category Schemas
 */
export const BudgetContextSchema = z
  .object({
    /** The day of the review; proration and "this month" are taken from it. */
    today: IsoDateSchema,
  })
  .readonly();

/**
 * The budget rules' context.
 *
 * @category Schemas
 */
export type BudgetContext = z.infer<typeof BudgetContextSchema>;

/**
 * How a budget is counted up to a date: `linear` by elapsed days counting the first and the last
 * day, `whole` (a period counts in full once it has started) or `ended` (only once it has ended).
 *
 * @example
 * ```ts
 * ProrationMethodSchema.parse('linear');
 * ```
 * @category Schemas
 */
export const ProrationMethodSchema = z.literal(['linear', 'whole', 'ended']);

/**
 * A proration method.
 *
 * @category Schemas
 */
export type ProrationMethod = z.infer<typeof ProrationMethodSchema>;

/**
 * Whether a variance is good news, bad news, or none.
 *
 * @example
 * ```ts
 * VarianceStatusSchema.parse('unfavourable');
 * ```
 * @category Schemas
 */
export const VarianceStatusSchema = z.literal(['favourable', 'unfavourable', 'on-budget']);

/**
 * `favourable`, `unfavourable` or `on-budget`.
 *
 * @category Schemas
 */
export type VarianceStatus = z.infer<typeof VarianceStatusSchema>;
