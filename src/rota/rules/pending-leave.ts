import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { modelOf, staffReport } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Soft: nobody works during leave that is still pending. Penalty: the leave's weight per day worked.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/pending-leave': 'warn' } });
 * ```
 * @category Rules
 */
export const pendingLeave = defineRule({
  id: 'rota/pending-leave',
  meta: {
    description: 'No work during pending leave (soft, weighted per day).',
    defaultSeverity: 'warn',
    docs: 'docs/rota.md#days-off',
    messages: { worked: '{staff} works on {dates}, during pending leave {leave} (weight {penalty})' },
  },
  options: z.object({}),
  check(subject: RotaSubject, _options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const { model } = rm;
    const reports: RuleReport[] = [];
    rm.staff.forEach((staffRota, s) => {
      const facts = model.staff[s];
      if (facts === undefined || facts.pendingLeave.size === 0) return;
      for (const [day, leave] of facts.pendingLeave) {
        const count = staffRota.perDay[day] ?? 0;
        if (count === 0) continue;
        reports.push(staffReport(model, s, 'worked', { dates: [model.dateOf(day)], actual: count, threshold: 0, penalty: leave.weight, data: { leave: leave.id } }));
      }
    });
    return reports;
  },
});
