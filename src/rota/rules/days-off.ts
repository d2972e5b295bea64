import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: nobody works on a fixed day off or a day of approved leave. Penalty: `weight` per day
 * worked (once, however many shifts, and once when a day is both).
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/days-off': 'error' } });
 * ```
 * @category Rules
 */
export const daysOff = defineRule({
  id: 'rota/days-off',
  meta: {
    description: 'No work on fixed days off or approved leave.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#days-off',
    messages: {
      fixed: '{staff} works on {dates}, a fixed day off',
      leave: '{staff} works on {dates}, during approved leave {leave}',
    },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const facts = model.staff[s];
      if (facts === undefined || (facts.fixedOff.size === 0 && facts.approvedLeave.size === 0)) return;
      staffRota.perDay.forEach((count, day) => {
        if (count === 0) return;
        const leave = facts.approvedLeave.get(day);
        const dates = [model.dateOf(day)];
        const suggestedAction = {
          kind: 'unassign',
          description: `Take ${facts.staff.id} off ${dates[0] ?? ''} and find cover`,
          data: { staffId: facts.staff.id, date: dates[0] },
        };
        if (facts.fixedOff.has(day)) {
          reports.push(staffReport(model, s, 'fixed', { dates, actual: count, threshold: 0, penalty: options.weight, suggestedAction }));
        } else if (leave !== undefined) {
          reports.push(staffReport(model, s, 'leave', { dates, actual: count, threshold: 0, penalty: options.weight, data: { leave }, suggestedAction }));
        }
      });
    });
    return reports;
  },
});
