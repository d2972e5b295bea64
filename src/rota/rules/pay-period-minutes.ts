import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { payPeriodAnchor, periodTotals, workweekAnchor } from '../internal/minutes.js';
import { hardOptions, modelOf, roundMinutes, staffReport } from '../internal/report.js';
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
      for (const period of periodTotals(rm, s, contract.payPeriodDays, payPeriodAnchor(rm, contract.payPeriodAnchor))) {
        const dates = [model.dateOf(period.start), model.dateOf(period.end)];
        const span = { dates: `${dates[0] ?? ''}..${dates[1] ?? ''}` };
        if (contract.maxMinutesPerPayPeriod !== undefined && period.minutes > contract.maxMinutesPerPayPeriod) {
          const excess = period.minutes - contract.maxMinutesPerPayPeriod;
          reports.push(staffReport(model, s, 'over', { dates, actual: roundMinutes(period.minutes), threshold: contract.maxMinutesPerPayPeriod, penalty: options.weight * excess, data: span }));
        }
        if (contract.minMinutesPerPayPeriod !== undefined && period.full && period.minutes < contract.minMinutesPerPayPeriod) {
          const short = contract.minMinutesPerPayPeriod - period.minutes;
          reports.push(staffReport(model, s, 'under', { dates, actual: roundMinutes(period.minutes), threshold: contract.minMinutesPerPayPeriod, penalty: options.weight * short, data: span }));
        }
      }
    });
    return reports;
  },
});
