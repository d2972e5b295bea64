import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { workedDays } from '../internal/model.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: a staff member works at most the contract's `maxWeekends` weekends over the horizon. A
 * weekend (Saturday and Sunday) meeting the horizon is worked when a shift starts on its Saturday or
 * its Sunday (a Saturday just before the horizon counts through the history).
 * Penalty: `weight` x weekends over the maximum.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/max-weekends': 'error' } });
 * ```
 * @category Rules
 */
export const maxWeekends = defineRule({
  id: 'rota/max-weekends',
  meta: {
    description: 'No more weekends worked over the horizon than the contract allows.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#max-weekends',
    messages: { over: '{staff} works {actual} weekends ({dates}); at most {threshold}' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    const firstSaturday = ((6 - model.startWeekday + 7) % 7) - (model.startWeekday === 0 ? 7 : 0);
    model.staff.forEach((facts, s) => {
      const max = facts.contract.maxWeekends;
      if (max === undefined) return;
      const worked = workedDays(rm, s);
      const offset = -model.historyStart;
      const on = (day: number): boolean => day >= model.historyStart && day < model.days && worked[day + offset] === 1;
      const weekends: string[] = [];
      for (let saturday = firstSaturday; saturday < model.days; saturday += 7) {
        if (on(saturday) || on(saturday + 1)) weekends.push(model.dateOf(saturday));
      }
      if (weekends.length > max) {
        reports.push(staffReport(model, s, 'over', { dates: weekends, actual: weekends.length, threshold: max, penalty: options.weight * (weekends.length - max) }));
      }
    });
    return reports;
  },
});
