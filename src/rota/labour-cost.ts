import { z } from 'zod';
import { Dec } from '../core/internal/decimal.js';
import { roundMoney } from '../core/money.js';
import { parseInput } from '../core/parse.js';
import { rotaModel } from './internal/model.js';
import { payOf } from './internal/pay.js';
import { parseRota, parseRotaProblem } from './parse-problem.js';

/**
 * Options for {@link labourCost}.
 *
 * @example
 * ```ts
 * LabourCostOptionsSchema.parse({ layer: 'actual' });
 * ```
 * @category Labour cost
 */
export const LabourCostOptionsSchema = z.object({
  /** `projected` for a planned rota (the default), `actual` for a worked one. */
  layer: z
    .enum({
      /** Planned: a rota not yet worked. */
      projected: 'projected',
      /** Worked: a rota as it happened. */
      actual: 'actual',
    })
    .default('projected'),
  /** The budget account; `support-staff-salaries` by default. */
  account: z.string().min(1).default('support-staff-salaries'),
  /** Accounts by role: a staff member's first role found here picks the account. */
  accountsByRole: z.record(z.string(), z.string().min(1)).default({}),
  /** The cost centre, if any. */
  costCentre: z.string().min(1).optional(),
  /** The `source` of the entries; `rota` by default. */
  source: z.string().min(1).default('rota'),
  /** The overtime multiplier, a decimal string; `1.5` by default. */
  overtimeMultiplier: z.string().regex(/^\d+(\.\d+)?$/).default('1.5'),
  /** The double-time multiplier, a decimal string; `2` by default. */
  doubleTimeMultiplier: z.string().regex(/^\d+(\.\d+)?$/).default('2'),
});

/**
 * Options for {@link labourCost}, as passed (all optional).
 *
 * @example
 * ```ts
 * const options: LabourCostOptions = { layer: 'actual', costCentre: 'main-street' };
 * ```
 * @category Labour cost
 */
export type LabourCostOptions = z.input<typeof LabourCostOptionsSchema>;

/**
 * One labour cost: a core `CostEntry` (assignable to it) with the staff id as `reference`, the pay
 * category as `category` and the paid hours as `quantity`.
 *
 * @example
 * ```ts
 * const entries: LabourCostEntry[] = labourCost(problem, rota);
 * const forBudget: CostEntry[] = entries;
 * ```
 * @category Labour cost
 */
export interface LabourCostEntry {
  /** `rota` unless the options say otherwise. */
  readonly source: string;
  /** The budget account. */
  readonly account: string;
  /** The cost centre, when one was given. */
  readonly costCentre?: string;
  /** The day the shift starts. */
  readonly date: string;
  /** The amount, rounded to the currency's minor units. */
  readonly amount: {
    /** A decimal string. */
    readonly amount: string;
    /** The ISO 4217 code. */
    readonly currency: string;
  };
  /** `projected` or `actual`. */
  readonly layer: 'projected' | 'actual';
  /** A readable line: who, hours, category, date. */
  readonly description: string;
  /** The staff id. */
  readonly reference: string;
  /** Paid hours. */
  readonly quantity: number;
  /** `regular`, `overtime` or `double-time`. */
  readonly category: 'regular' | 'overtime' | 'double-time';
}

const CATEGORIES = [
  ['regular', 'regular', '1'],
  ['overtime', 'overtime', 'overtime'],
  ['doubleTime', 'double-time', 'double'],
] as const;

/**
 * The labour cost of a rota as core `CostEntry` records for the budget: one entry per staff member,
 * day and pay category (`regular`, `overtime`, `double-time`), with the paid hours as `quantity`.
 * Paid minutes are real elapsed minutes less unpaid breaks, on the day the shift starts. Overtime
 * follows each staff member's `overtimeRule`: `flsa` (over 40 h in their workweek at 1.5x),
 * `california` (over 8 h a day at 1.5x, over 12 h at 2x, the seventh consecutive day of the workweek
 * 1.5x for the first 8 h and 2x beyond, and over 40 regular hours a week at 1.5x) or `none`; exempt
 * staff are paid regular time. Amounts are exact decimals rounded half-even to the currency's minor
 * units per entry. Staff without a `payRate` produce no entries.
 *
 * @param problem - the problem (staff pay rates, currency, shift types)
 * @param rota - the rota
 * @param options - layer, account(s), cost centre, multipliers
 * @returns the cost entries, by staff (problem order) then date then category
 * @throws PracticeOpsError for a problem or rota that does not parse
 * @example
 * ```ts
 * const entries = labourCost(problem, rota, { layer: 'projected' });
 * // [{ source: 'rota', account: 'support-staff-salaries', date: '2026-03-02', amount: { amount: '176', currency: 'USD' }, category: 'regular', quantity: 8, ... }]
 * ```
 * @category Labour cost
 */
export function labourCost(problem: unknown, rota: unknown, options: LabourCostOptions = {}): LabourCostEntry[] {
  const parsed = parseRotaProblem(problem);
  const checked = parseRota(parsed, rota);
  const opts = parseInput(LabourCostOptionsSchema, options, { label: 'labour cost options' });
  const rm = rotaModel(parsed, checked);
  const multipliers = { '1': '1', overtime: opts.overtimeMultiplier, double: opts.doubleTimeMultiplier };
  const entries: LabourCostEntry[] = [];
  for (const facts of rm.model.staff) {
    const rate = facts.staff.payRate;
    if (rate === undefined) continue;
    const role = facts.staff.roles.find((r) => opts.accountsByRole[r] !== undefined);
    const account = role === undefined ? opts.account : (opts.accountsByRole[role] as string);
    for (const pay of payOf(rm, facts.index)) {
      const date = rm.model.dateOf(pay.day);
      for (const [field, category, multiplierKey] of CATEGORIES) {
        const minutes = pay[field];
        if (minutes <= 0) continue;
        const value = new Dec(rate).mul(minutes).mul(multipliers[multiplierKey]).div(60);
        const amount = roundMoney({ amount: value.toFixed(), currency: parsed.currency });
        const hours = new Dec(minutes).div(60).toDecimalPlaces(4).toNumber();
        entries.push({
          source: opts.source,
          account,
          ...(opts.costCentre === undefined ? {} : { costCentre: opts.costCentre }),
          date,
          amount,
          layer: opts.layer,
          description: `${facts.staff.name ?? facts.staff.id}: ${hours} h ${category} on ${date}`,
          reference: facts.staff.id,
          quantity: hours,
          category,
        });
      }
    }
  }
  return entries;
}
