import { z } from 'zod';
import { defineRule } from '../../rules/define-rule.js';
import type { RuleReport } from '../../rules/finding.js';
import { candidatesFor, coverCounts, coverLabel } from '../internal/cover.js';
import { modelOf } from '../internal/report.js';
import type { RotaContext, RotaSubject } from '../subject.js';

/**
 * Soft: every cover demand is met at its `ideal`. Penalty: `underWeight` x persons under plus
 * `overWeight` x persons over (the demand's own weights). Under-cover findings are the rota's gaps:
 * each suggests who could fill it (`suggestedAction.kind` `fill-shift`, up to five candidates).
 *
 * @example
 * ```ts
 * compilePolicy(rotaCatalog, { rules: { 'rota/cover-ideal': ['warn', { reportOver: false }] } });
 * ```
 * @category Rules
 */
export const coverIdeal = defineRule({
  id: 'rota/cover-ideal',
  meta: {
    description: 'Each cover demand is met at its ideal number of people (soft, weighted).',
    defaultSeverity: 'warn',
    docs: 'docs/rota.md#cover',
    messages: {
      under: '{cover}: {actual} on duty, {missing} under the ideal {threshold}',
      over: '{cover}: {actual} on duty, {extra} over the ideal {threshold}',
    },
  },
  options: z.object({
    /** Report cover over the ideal (it still counts in the score when reported). */
    reportOver: z.boolean().default(true),
  }),
  check(subject: RotaSubject, options, _context: RotaContext | undefined): RuleReport[] {
    const rm = modelOf(subject);
    const reports: RuleReport[] = [];
    for (const { facts, staff } of coverCounts(rm)) {
      const { ideal, underWeight, overWeight } = facts.demand;
      const count = staff.length;
      if (count === ideal) continue;
      const label = coverLabel(rm, facts);
      const date = rm.model.dateOf(facts.day);
      const subjectOf = { type: 'cover', id: label, dates: [date], label };
      if (count < ideal) {
        const missing = ideal - count;
        reports.push({
          messageId: 'under',
          data: { cover: label, actual: count, threshold: ideal, missing, penalty: underWeight * missing, date },
          subject: subjectOf,
          actual: count,
          threshold: ideal,
          suggestedAction: {
            kind: 'fill-shift',
            description: `Add ${missing} ${missing === 1 ? 'person' : 'people'} to ${label}`,
            data: { date, shiftTypeId: facts.demand.shiftTypeId, window: facts.demand.window, role: facts.demand.role, skill: facts.demand.skill, missing, candidates: candidatesFor(rm, facts, 5) },
          },
        });
      } else if (options.reportOver) {
        const extra = count - ideal;
        reports.push({
          messageId: 'over',
          data: { cover: label, actual: count, threshold: ideal, extra, penalty: overWeight * extra, date },
          subject: subjectOf,
          actual: count,
          threshold: ideal,
        });
      }
    }
    return reports;
  },
});
