import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { hardOptions, modelOf, staffReport } from '../internal/report.js';
import { runDates, runsOf } from '../internal/runs.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: no run of consecutive working days is shorter than the contract's `minConsecutiveWorkDays`.
 * Only runs that touch no horizon edge are judged: a run touching the last day is exempt, and so
 * is a run touching the first day unless the history covers the days before it (then the run,
 * history included, is judged unless it reaches the earliest history day).
 * Penalty: `weight` x days short, per run.
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/min-consecutive-work-days': 'error' } });
 * ```
 * @category Rules
 */
export const minConsecutiveWorkDays = defineRule({
  id: 'rota/min-consecutive-work-days',
  meta: {
    description: "No run of consecutive working days shorter than the contract's minimum.",
    defaultSeverity: 'error',
    docs: 'docs/rota.md#consecutive-days',
    messages: { short: '{staff} works only {actual} days in a row ({dates}); at least {threshold}' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const reports: RuleReport[] = [];
    rm.model.staff.forEach((facts, s) => {
      const min = facts.contract.minConsecutiveWorkDays;
      if (min === undefined || min <= 1) return;
      for (const run of runsOf(rm, s)) {
        const length = run.end - run.start + 1;
        if (!(run.worked) || run.touchesStart || run.touchesEnd || length >= min) continue;
        reports.push(staffReport(rm.model, s, 'short', { dates: runDates(rm, run), actual: length, threshold: min, penalty: options.weight * (min - length) }));
      }
    });
    return reports;
  },
});
