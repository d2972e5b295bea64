import { z } from 'zod';
import { formatMoneyAmount } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { contextOf, factsOf, windowReport } from '../internal/review-facts.js';
import type { BudgetContext, BudgetSnapshotInput } from '../schemas.js';

/**
 * `budget/unbudgeted-spend`: costs posted (or committed) to an account with no budget line on
 * itself or any parent, or to an account that is not in the chart. `warn` by default; `stop` from
 * `stopAtAmount` up.
 *
 * @example
 * ```ts
 * compilePolicy(budgetCatalog, { rules: { 'budget/unbudgeted-spend': ['warn', { stopAtAmount: '500' }] } });
 * ```
 * @category Rules
 */
export const unbudgetedSpend = defineRule({
  id: 'budget/unbudgeted-spend',
  meta: {
    description: 'Costs were posted or committed to an account with no budget above them.',
    defaultSeverity: 'warn',
    docs: 'docs/budget.md#rules',
    messages: {
      warn: '{amount} {currency} spent or committed on {name} ({window}) has no budget',
      stop: 'Stop: {amount} {currency} spent or committed on {name} ({window}) has no budget',
      unknown: 'Stop: {amount} {currency} was posted to {name}, which is not in the chart of accounts',
    },
  },
  options: z
    .object({
      /** `month`, `year-to-date` or `annual`. */
      window: z.enum(['month', 'year-to-date', 'annual']).default('year-to-date'),
      /** Count commitments. */
      includeCommitted: z.boolean().default(true),
      /** Ignore amounts below this (a decimal string). */
      minimumAmount: z.string().regex(/^\d+(\.\d+)?$/).default('0'),
      /** Decide `stop` from this amount up (a decimal string); never when unset. */
      stopAtAmount: z.string().regex(/^\d+(\.\d+)?$/).optional(),
    })
    .strict(),
  check(subject: BudgetSnapshotInput, options, context: BudgetContext) {
    const facts = factsOf(subject);
    const { today } = contextOf(context);
    const report = windowReport(facts, today, options.window);
    if (report === null) return [];
    const reports: RuleReport[] = [];
    for (const row of report.unbudgeted.rows) {
      const used = new Dec(row.actual.amount).add(options.includeCommitted ? new Dec(row.committed.amount) : 0);
      if (used.lte(0) || used.lt(new Dec(options.minimumAmount))) continue;
      const stop = !row.known || (options.stopAtAmount !== undefined && used.gte(new Dec(options.stopAtAmount)));
      const amount = formatMoneyAmount({ amount: used.toFixed(), currency: report.currency });
      reports.push({
        messageId: row.known ? (stop ? 'stop' : 'warn') : 'unknown',
        data: { decision: stop ? 'stop' : 'warn', account: row.account, name: row.name ?? row.account, amount, currency: report.currency, window: options.window },
        subject: { type: 'account', id: row.account, label: row.name ?? row.account, dates: [report.start, report.end] },
        actual: amount,
        ...(options.stopAtAmount === undefined ? {} : { threshold: options.stopAtAmount }),
        suggestedAction: { kind: 'add-budget-line', description: `Add a budget line for ${row.name ?? row.account} or re-code the costs to a budgeted account`, data: { account: row.account } },
      });
    }
    return reports;
  },
});
