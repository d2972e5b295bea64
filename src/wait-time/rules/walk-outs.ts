import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import { prepareSubject } from '../internal/subject.js';
import type { WaitTimeContext, WaitTimeSubject } from '../schemas.js';

/**
 * Yesterday's walk-outs (left without being seen) and no-shows above a count.
 *
 * @example
 * ```ts
 * compilePolicy(waitTimeCatalog, { rules: { 'wait-time/walk-outs': ['warn', { maxWalkOuts: 1 }] } });
 * ```
 * @category Rules
 */
export const walkOutsRule = defineRule({
  id: 'wait-time/walk-outs',
  meta: {
    description: 'Patients who left without being seen yesterday.',
    defaultSeverity: 'info',
    docs: 'docs/wait-time.md#goals',
    messages: { walkOuts: 'Walk-outs on {date}: {count} left without being seen (allowed {max})' },
  },
  options: z.object({
    /** Walk-outs allowed per day before a finding. */
    maxWalkOuts: z.number().int().min(0).default(0),
  }),
  check(subject: WaitTimeSubject, options, context: WaitTimeContext | undefined) {
    const s = prepareSubject(subject, context);
    const ids = s.yesterdayVisits.filter((t) => t.outcome === 'left-without-being-seen').map((t) => t.id);
    if (ids.length <= options.maxWalkOuts) return [];
    return [
      {
        messageId: 'walkOuts',
        data: { count: ids.length, date: s.yesterday, max: options.maxWalkOuts },
        subject: { type: 'site-day', id: s.yesterday, dates: [s.yesterday] },
        actual: ids.length,
        threshold: options.maxWalkOuts,
        suggestedAction: { kind: 'call-back', description: 'Call the patients who left to rebook', data: { visitIds: ids } },
      },
    ];
  },
});
