import { z } from 'zod';
import { formatMoneyAmount, type Money } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import type { FindingSubject, RuleReport } from '../../rules/index.js';
import type { ReportTotal, BudgetReportRow } from '../report.js';
import { usedPercent } from './review-facts.js';

/** Options shared by the threshold rules. */
export const thresholdShape = {
  /** `month` (this month), `year-to-date` (fiscal year to date) or `annual` (the whole fiscal year). */
  window: z.enum(['month', 'year-to-date', 'annual']).default('year-to-date'),
  /** Compare with the budget prorated to today (`prorated`) or with the window's whole budget (`budget`). */
  basis: z.enum(['prorated', 'budget']).default('prorated'),
  /** Count open commitments (purchase orders) as used. */
  includeCommitted: z.boolean().default(true),
  /** Warn when used is over this percentage of the basis. */
  warnAtPercent: z.number().min(0).default(100),
  /** Stop when used is over this percentage of the basis. */
  stopAtPercent: z.number().min(0).default(110),
  /** Ignore overruns smaller than this amount (a decimal string in the budget's currency). */
  minimumOverrun: z.string().regex(/^\d+(\.\d+)?$/).default('0'),
};

export interface ThresholdOptions {
  readonly window: 'month' | 'year-to-date' | 'annual';
  readonly basis: 'prorated' | 'budget';
  readonly includeCommitted: boolean;
  readonly warnAtPercent: number;
  readonly stopAtPercent: number;
  readonly minimumOverrun: string;
}

type Amounts = Pick<BudgetReportRow | ReportTotal, 'budget' | 'prorated' | 'actual' | 'committed'>;

/** Compares used (actual, plus committed) with the basis; returns a warn or stop report, or null. */
export function thresholdReport(amounts: Amounts, options: ThresholdOptions, subject: FindingSubject, extra: Readonly<Record<string, unknown>>): RuleReport | null {
  const used = new Dec(amounts.actual.amount).add(options.includeCommitted ? new Dec(amounts.committed.amount) : 0);
  const basisMoney: Money = options.basis === 'prorated' ? amounts.prorated : amounts.budget;
  const base = new Dec(basisMoney.amount);
  const percent = usedPercent(used, base);
  const overrun = used.sub(base);
  if (overrun.gt(0) && overrun.lt(new Dec(options.minimumOverrun))) return null;
  let stop: boolean;
  if (percent === null) {
    if (used.lte(0)) return null;
    stop = true;
  } else {
    if (percent.lte(options.warnAtPercent)) return null;
    stop = percent.gt(options.stopAtPercent);
  }
  const currency = basisMoney.currency;
  const decision = stop ? 'stop' : 'warn';
  return {
    messageId: decision,
    data: {
      ...extra,
      decision,
      used: formatMoneyAmount({ amount: used.toFixed(), currency }),
      basis: formatMoneyAmount(basisMoney),
      basisKind: options.basis === 'prorated' ? 'budget to date' : 'budget',
      percent: percent === null ? 'no budget' : `${percent.toFixed()}%`,
      overrun: formatMoneyAmount({ amount: overrun.toFixed(), currency }),
      currency,
      window: options.window,
    },
    subject,
    actual: percent === null ? 'no budget' : percent.toFixed(),
    threshold: stop ? options.stopAtPercent : options.warnAtPercent,
  };
}
