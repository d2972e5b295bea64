import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { payPeriodAnchor, periodTotals, workweekAnchor } from '../internal/minutes.js';
import { hardOptions, modelOf, periodMinuteReports } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: the real minutes of the shifts starting in each pay period (`payPeriodDays` long, from `payPeriodAnchor` or the horizon start) stay within the contract's
 * `minMinutesPerPayPeriod` and `maxMinutesPerPayPeriod`. The maximum is checked for every pay period that meets the
 * horizon (history shifts in it count); the minimum only for pay periods wholly inside the horizon.
 * Penalty: `weight` x minutes beyond the limit.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/pay-period-minutes': 'error' } });
 * ```
 * @category Rules
 */
export const payPeriodMinutes = defineRule({
  id: 'rota/pay-period-minutes',
  meta: {
    description: "Minutes worked per pay period stay within the contract's minimum and maximum.",
    defaultSeverity: 'error',
    docs: 'docs/rota.md#working-minutes',
    messages: {
      over: '{staff} works {actual} min in the pay period {dates} (at most {threshold})',
      under: '{staff} works only {actual} min in the pay period {dates} (at least {threshold})',
    },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    model.staff.forEach((facts, s) => {
      const contract = facts.contract;
      if ((contract.minMinutesPerPayPeriod === undefined && contract.maxMinutesPerPayPeriod === undefined) || contract.payPeriodDays === undefined) return;
      reports.push(...periodMinuteReports(model, s, periodTotals(rm, s, contract.payPeriodDays, payPeriodAnchor(rm, contract.payPeriodAnchor)), { min: contract.minMinutesPerPayPeriod, max: contract.maxMinutesPerPayPeriod }, options.weight));
    });
    return reports;
  },
});
