import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import { monitorTimes } from '../internal/monitor.js';
import { prepareSubject, round1 } from '../internal/subject.js';
import { DEFAULT_WAIT_GOALS, WaitGoalSchema, type WaitTimeContext, type WaitTimeSubject } from '../schemas.js';

/**
 * Today's queue at `now`: every waiting patient within the warning lead of a goal's limit.
 *
 * @example
 * ```ts
 * compilePolicy(waitTimeCatalog, { rules: { 'wait-time/queue-warning': ['warn', { warnLeadMinutes: 8 }] } });
 * ```
 * @category Rules
 */
export const queueWarningRule = defineRule({
  id: 'wait-time/queue-warning',
  meta: {
    description: 'Patients waiting right now whose goal timer is about to run out.',
    defaultSeverity: 'warn',
    docs: 'docs/wait-time.md#the-live-monitor',
    messages: { warn: 'Visit {visit} ({stage}) has {left} min left on the {limit}-minute goal {goal}' },
  },
  options: z.object({
    /** The goals whose timers run. */
    goals: z.array(WaitGoalSchema).default(DEFAULT_WAIT_GOALS.map((g) => WaitGoalSchema.parse(g))),
    /** Warn this many minutes before the limit. */
    warnLeadMinutes: z.number().min(0).default(5),
  }),
  check(subject: WaitTimeSubject, options, context: WaitTimeContext | undefined) {
    const s = prepareSubject(subject, context);
    return monitorTimes(s.todayVisits, s.now, options.goals, options.warnLeadMinutes)
      .filter((e) => e.state === 'warn')
      .map((e) => ({
        messageId: 'warn',
        data: { visit: e.visitId, stage: e.stage, left: round1(e.minutesLeft), limit: e.limitMinutes, goal: e.goalId },
        subject: { type: 'visit', id: e.visitId, dates: [s.today], label: e.goalId },
        actual: round1(e.elapsedMinutes),
        threshold: e.limitMinutes,
        suggestedAction: { kind: 'step-in', description: `Room or see visit ${e.visitId} within ${round1(e.minutesLeft)} min`, data: { visitId: e.visitId } },
      }));
  },
});
