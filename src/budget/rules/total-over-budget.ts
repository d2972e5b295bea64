import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import { contextOf, factsOf, windowReport } from '../internal/review-facts.js';
import { thresholdReport, thresholdShape } from '../internal/threshold.js';
import type { BudgetContext, BudgetSnapshotInput } from '../schemas.js';

/**
 * `budget/total-over-budget`: the practice's total costs have used a threshold share of the total
 * cost budget for the window. Reports a `warn` or a `stop` decision with the reason.
 *
 * @example
 * ```ts
 * compilePolicy(budgetCatalog, { rules: { 'budget/total-over-budget': ['error', { window: 'month' }] } });
 * ```
 * @category Rules
 */
export const totalOverBudget = defineRule({
  id: 'budget/total-over-budget',
  meta: {
    description: "The practice's total costs have used a threshold share of the cost budget.",
    defaultSeverity: 'warn',
    docs: 'docs/budget.md#rules',
    messages: {
      warn: 'Total costs of {budget} have used {used} of {basis} ({basisKind}, {window}): {percent}',
      stop: 'Stop: total costs of {budget} have used {used} of {basis} ({basisKind}, {window}): {percent}, over by {overrun}',
    },
  },
  options: z.object({ ...thresholdShape }).strict(),
  check(subject: BudgetSnapshotInput, options, context: BudgetContext) {
    const facts = factsOf(subject);
    const { today } = contextOf(context);
    const report = windowReport(facts, today, options.window);
    if (report === null) return [];
    const found = thresholdReport(
      report.totals.cost,
      options,
      { type: 'budget', id: facts.snapshot.budget.name, label: facts.snapshot.budget.name, dates: [report.start, report.end] },
      { budget: facts.snapshot.budget.name },
    );
    return found === null ? [] : [found];
  },
});
