import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { contextOf, factsOf, windowReport } from '../internal/review-facts.js';
import { thresholdReport, thresholdShape } from '../internal/threshold.js';
import type { BudgetContext, BudgetSnapshotInput } from '../schemas.js';

/**
 * `budget/cost-centre-over-budget`: a cost centre's total costs have used a threshold share of its
 * budget for the window. Reports a `warn` or a `stop` decision with the reason.
 *
 * @example
 * ```ts
 * compilePolicy(budgetCatalog, { rules: { 'budget/cost-centre-over-budget': ['error', { window: 'annual', basis: 'budget', warnAtPercent: 90, stopAtPercent: 100 }] } });
 * ```
 * @category Rules
 */
export const costCentreOverBudget = defineRule({
  id: 'budget/cost-centre-over-budget',
  meta: {
    description: "A cost centre's costs have used a threshold share of its budget.",
    defaultSeverity: 'warn',
    docs: 'docs/budget.md#rules',
    messages: {
      warn: 'Cost centre {name} has used {used} of {basis} ({basisKind}, {window}): {percent}',
      stop: 'Stop: cost centre {name} has used {used} of {basis} ({basisKind}, {window}): {percent}, over by {overrun}',
    },
  },
  options: z
    .object({
      ...thresholdShape,
      /** Only these cost centres (all when empty). */
      costCentres: z.array(z.string().min(1)).default([]),
    })
    .strict(),
  check(subject: BudgetSnapshotInput, options, context: BudgetContext) {
    const facts = factsOf(subject);
    const { today } = contextOf(context);
    const reports: RuleReport[] = [];
    for (const centre of facts.snapshot.budget.costCentres) {
      if (options.costCentres.length > 0 && !options.costCentres.includes(centre.id)) continue;
      const report = windowReport(facts, today, options.window, centre.id);
      if (report === null) continue;
      const found = thresholdReport(
        report.totals.cost,
        options,
        { type: 'cost-centre', id: centre.id, label: centre.name, dates: [report.start, report.end] },
        { costCentre: centre.id, name: centre.name },
      );
      if (found !== null) reports.push(found);
    }
    return reports;
  },
});
