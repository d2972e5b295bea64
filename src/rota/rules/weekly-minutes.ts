import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { payPeriodAnchor, periodTotals, workweekAnchor } from '../internal/minutes.js';
import { hardOptions, modelOf, periodMinuteReports } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: the real minutes of the shifts starting in each workweek (the staff member's `workweekStartsOn`) stay within the contract's
 * `minMinutesPerWeek` and `maxMinutesPerWeek`. The maximum is checked for every workweek that meets the
 * horizon (history shifts in it count); the minimum only for workweeks wholly inside the horizon.
 * Penalty: `weight` x minutes beyond the limit.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/weekly-minutes': 'error' } });
 * ```
 * @category Rules
 */
export const weeklyMinutes = defineRule({
  id: 'rota/weekly-minutes',
  meta: {
    description: "Minutes worked per workweek stay within the contract's minimum and maximum.",
    defaultSeverity: 'error',
    docs: 'docs/rota.md#working-minutes',
    messages: {
      over: '{staff} works {actual} min in the workweek {dates} (at most {threshold})',
      under: '{staff} works only {actual} min in the workweek {dates} (at least {threshold})',
    },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    model.staff.forEach((facts, s) => {
      const contract = facts.contract;
      if ((contract.minMinutesPerWeek === undefined && contract.maxMinutesPerWeek === undefined)) return;
      reports.push(...periodMinuteReports(model, s, periodTotals(rm, s, 7, workweekAnchor(rm, s)), { min: contract.minMinutesPerWeek, max: contract.maxMinutesPerWeek }, options.weight));
    });
    return reports;
  },
});
