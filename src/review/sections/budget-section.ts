import type { IsoDate } from '../../core/index.js';
import { addCalendarDays, addCalendarMonths } from '../../core/index.js';
import { budgetReport, type BudgetContext, type BudgetSnapshot } from '../../budget/index.js';
import { evaluate, type CompiledPolicy } from '../../rules/index.js';
import type { VarianceBars } from '../report.js';
import { formatAmount, tagFindings, type DomainReview } from './domain-review.js';

/** The fiscal year that contains `today`, from a fiscal year's first day. */
function fiscalYearOf(fiscalYearStart: IsoDate, today: IsoDate): { from: IsoDate; to: IsoDate } {
  let from = fiscalYearStart;
  while (from > today) from = addCalendarMonths(from, -12);
  while (addCalendarMonths(from, 12) <= today) from = addCalendarMonths(from, 12);
  return { from, to: addCalendarDays(addCalendarMonths(from, 12), -1) };
}

/**
 * Reviews the budget: findings from the budget catalog (lines over their thresholds), and the
 * year to date as variance bars and a table, with actuals and commitments (labour from the rota,
 * open purchase orders) against the prorated budget.
 */
export function reviewBudget(snapshot: BudgetSnapshot, policy: CompiledPolicy<BudgetSnapshot, BudgetContext>, today: IsoDate): DomainReview {
  const findings = evaluate(policy, snapshot, { today });
  const year = fiscalYearOf(snapshot.budget.fiscalYearStart, today);
  const report = budgetReport(snapshot, { asOf: today, from: year.from.slice(0, 7), to: year.to.slice(0, 7) });
  const lines = report.rows.filter((row) => row.kind === 'cost' && Number(row.ownBudget.amount) !== 0);
  const bars: VarianceBars = {
    currency: report.currency,
    bars: lines.map((row) => {
      const spent = Number(row.actual.amount) + Number(row.committed.amount);
      const prorated = Number(row.prorated.amount);
      const ratio = prorated > 0 ? spent / prorated : 0;
      return {
        label: row.name,
        budget: row.budget.amount,
        prorated: row.prorated.amount,
        actual: spent.toFixed(2),
        status: ratio > 1 ? 'stop' : ratio > 0.97 ? 'warn' : 'ok',
      };
    }),
  };
  const total = report.totals.cost;
  return {
    findings: tagFindings('budget', findings),
    section: {
      domain: 'budget',
      title: `Budget ${year.from} to ${year.to} (to ${today})`,
      headlines: [
        { label: 'Cost budget', value: formatAmount(total.budget.amount) },
        { label: 'Prorated to date', value: formatAmount(total.prorated.amount) },
        { label: 'Actual', value: formatAmount(total.actual.amount) },
        { label: 'Committed', value: formatAmount(total.committed.amount) },
      ],
      varianceBars: bars,
      tables: [
        {
          title: 'Variance to date',
          columns: ['Account', 'Budget', 'Prorated', 'Actual', 'Committed', 'Variance', '% of prorated'],
          rows: report.rows
            .filter((row) => row.hasBudget || Number(row.actual.amount) !== 0)
            .map((row) => [
              `${'  '.repeat(row.depth)}${row.name}`,
              formatAmount(row.budget.amount),
              formatAmount(row.prorated.amount),
              formatAmount(row.actual.amount),
              formatAmount(row.committed.amount),
              formatAmount(row.variance.varianceToProrated?.amount ?? row.variance.variance.amount),
              row.variance.percentOfProrated == null ? '-' : `${Number(row.variance.percentOfProrated).toFixed(1)}%`,
            ]),
        },
      ],
    },
  };
}
