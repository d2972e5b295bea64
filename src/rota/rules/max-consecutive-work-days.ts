import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { modelOf, staffReport } from '../internal/report.js';
import { runDates, runsOf } from '../internal/runs.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: no run of consecutive working days is longer than the contract's `maxConsecutiveWorkDays`
 * (or the rule's `max` when the contract sets none). Runs touching a horizon edge count too (days
 * outside the horizon are off, except history, which extends a run touching the start).
 * Penalty: `weight` x days beyond the maximum, per run.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/max-consecutive-work-days': ['error', { max: 6 }] } });
 * ```
 * @category Rules
 */
export const maxConsecutiveWorkDays = defineRule({
  id: 'rota/max-consecutive-work-days',
  meta: {
    description: 'No run of consecutive working days longer than the contract allows.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#consecutive-days',
    messages: { long: '{staff} works {actual} days in a row ({dates}); at most {threshold}' },
  },
  options: z.object({
    /** Penalty per day beyond the maximum. */
    weight: z.number().finite().min(0).default(1),
    /** Maximum for staff whose contract sets none; none by default. */
    max: z.int().min(1).optional(),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const reports: RuleReport[] = [];
    rm.model.staff.forEach((facts, s) => {
      const max = facts.contract.maxConsecutiveWorkDays ?? options.max;
      if (max === undefined) return;
      for (const run of runsOf(rm, s)) {
        const length = run.end - run.start + 1;
        if (!run.worked || length <= max) continue;
        reports.push(staffReport(rm.model, s, 'long', { dates: runDates(rm, run), actual: length, threshold: max, penalty: options.weight * (length - max) }));
      }
    });
    return reports;
  },
});
