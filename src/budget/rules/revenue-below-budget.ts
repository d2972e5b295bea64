import { z } from 'zod';
import { formatMoneyAmount } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { contextOf, factsOf, usedPercent, windowReport } from '../internal/review-facts.js';
import type { BudgetContext, BudgetSnapshotInput } from '../schemas.js';

/**
 * `budget/revenue-below-budget`: a budgeted revenue account has earned less than a share of its
 * budget to date. `warn` below `warnBelowPercent`, `stop` below `stopBelowPercent`.
 *
 * @example
 * ```ts
 * compilePolicy(budgetCatalog, { rules: { 'budget/revenue-below-budget': ['warn', { warnBelowPercent: 95 }] } });
 * ```
 * @category Rules
 */
export const revenueBelowBudget = defineRule({
  id: 'budget/revenue-below-budget',
  meta: {
    description: 'A revenue account has earned less than a share of its budget to date.',
    defaultSeverity: 'warn',
    docs: 'docs/budget.md#rules',
    messages: {
      warn: '{name} has earned {actual} of {basis} ({basisKind}, {window}): {percent}',
      stop: 'Stop: {name} has earned only {actual} of {basis} ({basisKind}, {window}): {percent}',
    },
  },
  options: z
    .object({
      /** `month`, `year-to-date` or `annual`. */
      window: z.enum(['month', 'year-to-date', 'annual']).default('year-to-date'),
      /** Compare with the prorated budget or the whole budget of the window. */
      basis: z.enum(['prorated', 'budget']).default('prorated'),
      /** Warn below this percentage. */
      warnBelowPercent: z.number().min(0).default(95),
      /** Stop below this percentage. */
      stopBelowPercent: z.number().min(0).default(85),
    })
    .strict(),
  check(subject: BudgetSnapshotInput, options, context: BudgetContext) {
    const facts = factsOf(subject);
    const { today } = contextOf(context);
    const report = windowReport(facts, today, options.window);
    if (report === null) return [];
    const reports: RuleReport[] = [];
    for (const row of report.rows) {
      if (row.kind !== 'revenue' || !row.hasBudget) continue;
      const basis = options.basis === 'prorated' ? row.prorated : row.budget;
      const percent = usedPercent(new Dec(row.actual.amount), new Dec(basis.amount));
      if (percent === null || percent.gte(options.warnBelowPercent)) continue;
      const stop = percent.lt(options.stopBelowPercent);
      reports.push({
        messageId: stop ? 'stop' : 'warn',
        data: {
          decision: stop ? 'stop' : 'warn',
          account: row.account,
          name: row.name,
          actual: formatMoneyAmount(row.actual),
          basis: formatMoneyAmount(basis),
          basisKind: options.basis === 'prorated' ? 'budget to date' : 'budget',
          percent: `${percent.toFixed()}%`,
          window: options.window,
        },
        subject: { type: 'budget-line', id: row.account, label: row.name, dates: [report.start, report.end] },
        actual: percent.toFixed(),
        threshold: stop ? options.stopBelowPercent : options.warnBelowPercent,
      });
    }
    return reports;
  },
});
