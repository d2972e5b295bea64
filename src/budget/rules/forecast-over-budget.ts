import { z } from 'zod';
import { daysBetween, formatMoneyAmount } from '../../core/index.js';
import { Dec } from '../../core/internal/decimal.js';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { contextOf, factsOf, usedPercent, windowReport } from '../internal/review-facts.js';
import type { BudgetContext, BudgetSnapshotInput } from '../schemas.js';

/**
 * `budget/forecast-over-budget`: at the current run rate (actuals to date / elapsed days x days in
 * the year) a budgeted cost account, or total costs, will end the year over its annual budget.
 *
 * @example
 * ```ts
 * compilePolicy(budgetCatalog, { rules: { 'budget/forecast-over-budget': ['warn', { warnAtPercent: 102, level: 'total' }] } });
 * ```
 * @category Rules
 */
export const forecastOverBudget = defineRule({
  id: 'budget/forecast-over-budget',
  meta: {
    description: 'At the current run rate, costs will end the fiscal year over the annual budget.',
    defaultSeverity: 'info',
    docs: 'docs/budget.md#rules',
    messages: {
      warn: '{name} is on course for {forecast} against an annual budget of {budget} ({percent})',
      stop: 'Stop: {name} is on course for {forecast} against an annual budget of {budget} ({percent})',
    },
  },
  options: z
    .object({
      /** `accounts` (each budgeted cost account) or `total` (all costs). */
      level: z.enum(['accounts', 'total']).default('accounts'),
      /** Warn when the forecast is over this percentage of the annual budget. */
      warnAtPercent: z.number().min(0).default(105),
      /** Stop when it is over this percentage. */
      stopAtPercent: z.number().min(0).default(120),
      /** Do not forecast before this many days of the year have passed (too little data). */
      minimumElapsedDays: z.int().min(1).default(28),
    })
    .strict(),
  check(subject: BudgetSnapshotInput, options, context: BudgetContext) {
    const facts = factsOf(subject);
    const { today } = contextOf(context);
    const annual = windowReport(facts, today, 'annual');
    const first = facts.resolved.periods[0];
    if (annual === null || first === undefined) return [];
    const elapsed = daysBetween(first.start, today) + 1;
    if (elapsed < options.minimumElapsedDays) return [];
    const yearDays = daysBetween(annual.start, annual.end) + 1;
    const candidates =
      options.level === 'total'
        ? [{ id: facts.snapshot.budget.name, name: `Total costs of ${facts.snapshot.budget.name}`, budget: annual.totals.cost.budget, actual: annual.totals.cost.actual, type: 'budget' }]
        : annual.rows
            .filter((row) => row.kind === 'cost' && row.hasBudget)
            .map((row) => ({ id: row.account, name: row.name, budget: row.budget, actual: row.actual, type: 'budget-line' }));
    const reports: RuleReport[] = [];
    for (const c of candidates) {
      const forecast = new Dec(c.actual.amount).mul(yearDays).div(elapsed);
      const percent = usedPercent(forecast, new Dec(c.budget.amount));
      if (percent === null || percent.lte(options.warnAtPercent)) continue;
      const stop = percent.gt(options.stopAtPercent);
      const forecastText = formatMoneyAmount({ amount: forecast.toFixed(), currency: annual.currency });
      reports.push({
        messageId: stop ? 'stop' : 'warn',
        data: { decision: stop ? 'stop' : 'warn', name: c.name, forecast: forecastText, budget: formatMoneyAmount(c.budget), percent: `${percent.toFixed()}%`, currency: annual.currency },
        subject: { type: c.type, id: c.id, label: c.name, dates: [annual.start, annual.end] },
        actual: percent.toFixed(),
        threshold: stop ? options.stopAtPercent : options.warnAtPercent,
      });
    }
    return reports;
  },
});
