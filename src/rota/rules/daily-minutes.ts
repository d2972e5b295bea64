import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { minutesPerDay } from '../internal/minutes.js';
import { hardOptions, modelOf, roundMinutes, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: on each worked day, the real minutes of the shifts starting that day lie between the
 * contract's `minMinutesPerDay` and `maxMinutesPerDay`. Penalty: `weight` x minutes beyond the limit.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/daily-minutes': 'error' } });
 * ```
 * @category Rules
 */
export const dailyMinutes = defineRule({
  id: 'rota/daily-minutes',
  meta: {
    description: "Minutes worked on a day stay within the contract's daily minimum and maximum.",
    defaultSeverity: 'error',
    docs: 'docs/rota.md#working-minutes',
    messages: {
      over: '{staff} works {actual} min on {dates} (at most {threshold})',
      under: '{staff} works only {actual} min on {dates} (at least {threshold} on a worked day)',
    },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const contract = model.staff[s]?.contract;
      if (contract === undefined || (contract.minMinutesPerDay === undefined && contract.maxMinutesPerDay === undefined)) return;
      if (staffRota.cells.length === 0) return;
      const perDay = minutesPerDay(rm, s);
      const offset = -model.historyStart;
      for (let day = 0; day < model.days; day++) {
        if ((staffRota.perDay[day] as number) === 0) continue;
        const minutes = perDay[day + offset] as number;
        const dates = [model.dateOf(day)];
        if (contract.maxMinutesPerDay !== undefined && minutes > contract.maxMinutesPerDay) {
          const excess = minutes - contract.maxMinutesPerDay;
          reports.push(staffReport(model, s, 'over', { dates, actual: roundMinutes(minutes), threshold: contract.maxMinutesPerDay, penalty: options.weight * excess }));
        }
        if (contract.minMinutesPerDay !== undefined && minutes < contract.minMinutesPerDay) {
          const short = contract.minMinutesPerDay - minutes;
          reports.push(staffReport(model, s, 'under', { dates, actual: roundMinutes(minutes), threshold: contract.minMinutesPerDay, penalty: options.weight * short }));
        }
      }
    });
    return reports;
  },
});
