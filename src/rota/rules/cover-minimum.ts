import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { candidatesFor, coverCounts, coverLabel } from '../internal/cover.js';
import { hardOptions, modelOf } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Hard: every cover demand gets at least its `min` people (distinct staff counted as
 * `CoverDemand` describes). Penalty: `weight` x persons short. Each finding suggests who could fill
 * the gap (`suggestedAction.kind` `fill-shift`, up to five candidates).
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/cover-minimum': 'error' } });
 * ```
 * @category Rules
 */
export const coverMinimum = defineRule({
  id: 'rota/cover-minimum',
  meta: {
    description: 'Each cover demand gets at least its hard minimum of people.',
    defaultSeverity: 'error',
    docs: 'docs/rota.md#cover',
    messages: { short: '{cover}: {actual} on duty, {missing} short of the minimum {threshold}' },
  },
  options: hardOptions,
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const reports: RuleReport[] = [];
    for (const { facts, staff } of coverCounts(rm)) {
      const min = facts.demand.min;
      if (staff.length >= min) continue;
      const missing = min - staff.length;
      const label = coverLabel(rm, facts);
      const date = rm.model.dateOf(facts.day);
      reports.push({
        messageId: 'short',
        data: { cover: label, actual: staff.length, threshold: min, missing, penalty: options.weight * missing, date },
        subject: { type: 'cover', id: label, dates: [date], label },
        actual: staff.length,
        threshold: min,
        suggestedAction: {
          kind: 'fill-shift',
          description: `Add ${missing} ${missing === 1 ? 'person' : 'people'} to ${label}`,
          data: { date, shiftTypeId: facts.demand.shiftTypeId, window: facts.demand.window, role: facts.demand.role, skill: facts.demand.skill, missing, candidates: candidatesFor(rm, facts, 5) },
        },
      });
    }
    return reports;
  },
});
