import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { contextOf, factsOf, windowReport } from '../internal/review-facts.js';
import { thresholdReport, thresholdShape } from '../internal/threshold.js';
import type { BudgetContext, BudgetSnapshotInput } from '../schemas.js';

/**
 * `budget/account-over-budget`: a cost account has used (actual, plus commitments) a threshold
 * share of its budget for the window (this month, year to date or the whole year). Reports a
 * `warn` or a `stop` decision with the reason.
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(budgetCatalog, { rules: { 'budget/account-over-budget': ['warn', { window: 'month', stopAtPercent: 120 }] } });
 * ```
 * @category Rules
 */
export const accountOverBudget = defineRule({
  id: 'budget/account-over-budget',
  meta: {
    description: 'A cost account has used a threshold share of its budget (actuals plus commitments).',
    defaultSeverity: 'warn',
    docs: 'docs/budget.md#rules',
    messages: {
      warn: '{name} has used {used} of {basis} ({basisKind}, {window}): {percent}',
      stop: 'Stop: {name} has used {used} of {basis} ({basisKind}, {window}): {percent}, over by {overrun}',
    },
  },
  options: z
    .object({
      ...thresholdShape,
      /** Only these accounts (all budgeted cost accounts when empty). */
      accounts: z.array(z.string().min(1)).default([]),
      /** `budgeted`: only accounts with budget lines of their own; `all`: parents too. */
      level: z.enum(['budgeted', 'all']).default('budgeted'),
      /** Look at one cost centre's lines and costs only (the whole practice when unset). */
      costCentre: z.string().min(1).optional(),
    })
    .strict(),
  check(subject: BudgetSnapshotInput, options, context: BudgetContext) {
    const facts = factsOf(subject);
    const { today } = contextOf(context);
    const report = windowReport(facts, today, options.window, options.costCentre);
    if (report === null) return [];
    const reports: RuleReport[] = [];
    for (const row of report.rows) {
      if (row.kind !== 'cost') continue;
      if (options.accounts.length > 0 && !options.accounts.includes(row.account)) continue;
      if (options.level === 'budgeted' ? !row.hasBudget : row.budget.amount === '0' && !row.hasBudget) continue;
      const found = thresholdReport(
        row,
        options,
        {
          type: 'budget-line',
          id: options.costCentre === undefined ? row.account : `${row.account}@${options.costCentre}`,
          label: options.costCentre === undefined ? row.name : `${row.name} (${options.costCentre})`,
          dates: [report.start, report.end],
        },
        { account: row.account, name: options.costCentre === undefined ? row.name : `${row.name} (${options.costCentre})` },
      );
      if (found !== null) reports.push(found);
    }
    return reports;
  },
});
