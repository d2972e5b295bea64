import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { hardOptions, modelOf, roundMinutes, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: the real minutes of all shifts in the horizon lie between the contract's `minTotalMinutes`
 * and `maxTotalMinutes` (history does not count). Penalty: `weight` x minutes beyond the limit.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/total-minutes': 'error' } });
 * ```
 * @category Rules
 */
export const totalMinutes = defineRule({
  id: 'rota/total-minutes',
  meta: {
    description: "Minutes worked over the horizon stay within the contract's minimum and maximum.",
    defaultSeverity: 'error',
    docs: 'docs/rota.md#working-minutes',
    messages: {
      over: '{staff} works {actual} min over the horizon {dates} (at most {threshold})',
      under: '{staff} works only {actual} min over the horizon {dates} (at least {threshold})',
    },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    const dates = [model.dateOf(0), model.dateOf(model.days - 1)];
    const span = { dates: `${dates[0] ?? ''}..${dates[1] ?? ''}` };
    rm.staff.forEach((staffRota, s) => {
      const contract = model.staff[s]?.contract;
      if (contract === undefined || (contract.minTotalMinutes === undefined && contract.maxTotalMinutes === undefined)) return;
      let minutes = 0;
      for (const cell of staffRota.cells) minutes += model.minutes(cell.shift, cell.day);
      if (contract.maxTotalMinutes !== undefined && minutes > contract.maxTotalMinutes) {
        reports.push(staffReport(model, s, 'over', { dates, actual: roundMinutes(minutes), threshold: contract.maxTotalMinutes, penalty: options.weight * (minutes - contract.maxTotalMinutes), data: span }));
      }
      if (contract.minTotalMinutes !== undefined && minutes < contract.minTotalMinutes) {
        reports.push(staffReport(model, s, 'under', { dates, actual: roundMinutes(minutes), threshold: contract.minTotalMinutes, penalty: options.weight * (contract.minTotalMinutes - minutes), data: span }));
      }
    });
    return reports;
  },
});
