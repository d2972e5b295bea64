import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { checkGoalTimes } from '../internal/goals.js';
import { prepareSubject, round1 } from '../internal/subject.js';
import { MaxWaitGoalSchema, type WaitTimeContext, type WaitTimeSubject } from '../schemas.js';

const GoalOption = MaxWaitGoalSchema.omit({ kind: true });

/**
 * Yesterday's single waits over a maximum ("no single wait over 30 minutes"): one finding per
 * visit, walk-outs who left after waiting longer included.
 *
 * @example
 * ```ts
 * compilePolicy(waitTimeCatalog, { rules: { 'wait-time/max-wait': ['error', { goals: [{ id: 'max-45', maxMinutes: 45 }] }] } });
 * ```
 * @category Rules
 */
export const maxWaitRule = defineRule({
  id: 'wait-time/max-wait',
  meta: {
    description: 'Single waits yesterday longer than the maximum goal.',
    defaultSeverity: 'warn',
    docs: 'docs/wait-time.md#goals',
    messages: { over: '{goal}: visit {visit} waited {minutes} min on {date} (maximum {max} min)' },
  },
  options: z.object({
    /** The maximum goals to check. */
    goals: z.array(GoalOption).default([{ id: 'no-wait-over-30', measure: 'door-to-provider', clockStart: 'check-in', maxMinutes: 30 }]),
  }),
  check(subject: WaitTimeSubject, options, context: WaitTimeContext | undefined) {
    const s = prepareSubject(subject, context);
    const reports: RuleReport[] = [];
    for (const option of options.goals) {
      const goal = { kind: 'max' as const, ...option };
      const r = checkGoalTimes(s.yesterdayVisits, goal);
      for (const o of r.over) {
        reports.push({
          messageId: 'over',
          data: { goal: goal.id, visit: o.visitId, minutes: round1(o.minutes), date: s.yesterday, max: goal.maxMinutes },
          subject: { type: 'visit', id: o.visitId, dates: [s.yesterday], label: goal.id },
          actual: round1(o.minutes),
          threshold: goal.maxMinutes,
        });
      }
    }
    return reports;
  },
});
