import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: at most one shift per staff member and day. Penalty: `weight` x (shifts that day - 1).
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/one-shift-per-day': ['error', { weight: 10 }] } });
 * ```
 * @category Rules
 */
export const oneShiftPerDay = defineRule({
  id: 'rota/one-shift-per-day',
  meta: {
    description: 'A staff member works at most one shift a day.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#one-shift-per-day',
    messages: { extra: '{staff} has {actual} shifts on {dates} (at most {threshold})' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      staffRota.perDay.forEach((count, day) => {
        if (count > 1) {
          reports.push(staffReport(rm.model, s, 'extra', { dates: [rm.model.dateOf(day)], actual: count, threshold: 1, penalty: options.weight * (count - 1) }));
        }
      });
    });
    return reports;
  },
});
