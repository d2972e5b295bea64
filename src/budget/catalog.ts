import { defineCatalog, policyJsonSchema } from '../rules/index.js';
import { accountOverBudget } from './rules/account-over-budget.js';
import { costCentreOverBudget } from './rules/cost-centre-over-budget.js';
import { forecastOverBudget } from './rules/forecast-over-budget.js';
import { revenueBelowBudget } from './rules/revenue-below-budget.js';
import { totalOverBudget } from './rules/total-over-budget.js';
import { unbudgetedSpend } from './rules/unbudgeted-spend.js';

/**
 * The budget rule catalog for the daily review. Subject: a {@link BudgetSnapshotInput} (budget, cost
 * entries, actual volumes; parsed once per snapshot object and treated as immutable); context: {@link BudgetContext} (`today`). Every finding's
 * `data.decision` is `warn` or `stop`; {@link decideBudget} turns findings into one decision.
 * Presets: `recommended` (every rule at its defaults) and `strict` (commitments count, warn at 90%
 * and stop at 100% of the budget to date, any unbudgeted spend over 250 stops).
 *
 * @example
 * ```ts
 * const compiled = compilePolicy<BudgetSnapshotInput, BudgetContext>(budgetCatalog, { extends: 'strict' });
 * const findings = evaluate(compiled, snapshot, { today: '2026-04-10' });
 * ```
 * @category Rules
 */
export const budgetCatalog = defineCatalog({
  name: 'budget',
  rules: [accountOverBudget, costCentreOverBudget, totalOverBudget, unbudgetedSpend, revenueBelowBudget, forecastOverBudget],
  presets: {
    strict: {
      rules: {
        'budget/account-over-budget': ['error', { warnAtPercent: 90, stopAtPercent: 100 }],
        'budget/cost-centre-over-budget': ['error', { warnAtPercent: 90, stopAtPercent: 100 }],
        'budget/total-over-budget': ['error', { warnAtPercent: 90, stopAtPercent: 100 }],
        'budget/unbudgeted-spend': ['error', { stopAtAmount: '250' }],
        'budget/forecast-over-budget': ['warn', { warnAtPercent: 100, stopAtPercent: 110 }],
      },
    },
  },
});

/**
 * The JSON Schema of a budget policy, for a settings screen.
 *
 * @returns the JSON Schema object
 * @example
 * ```ts
 * const schema = budgetPolicyJsonSchema();
 * ```
 * @category Rules
 */
export function budgetPolicyJsonSchema(): Record<string, unknown> {
  return policyJsonSchema(budgetCatalog);
}
