import { z } from 'zod';
import { defineRule } from '../../rules/index.js';
import { monitorTimes } from '../internal/monitor.js';
import { prepareSubject, round1 } from '../internal/subject.js';
import { DEFAULT_WAIT_GOALS, WaitGoalSchema, type WaitTimeContext, type WaitTimeSubject } from '../schemas.js';

/**
 * Today's queue at `now`: every waiting patient past a goal's limit.
 *
 * @example
 * ```ts
 * evaluate(compilePolicy(waitTimeCatalog), { zone: 'America/New_York', visits }, { today: '2026-11-23', now: '2026-11-23T10:00:00-05:00' });
 * ```
 * @category Rules
 */
export const queueBreachRule = defineRule({
  id: 'wait-time/queue-breach',
  meta: {
    description: 'Patients waiting right now past a wait goal.',
    defaultSeverity: 'error',
    docs: 'docs/wait-time.md#the-live-monitor',
    messages: { breach: 'Visit {visit} ({stage}) has waited {elapsed} min, {over} min past the {limit}-minute goal {goal}' },
  },
  options: z.object({
    /** The goals whose timers run. */
    goals: z.array(WaitGoalSchema).default(DEFAULT_WAIT_GOALS.map((g) => WaitGoalSchema.parse(g))),
  }),
  check(subject: WaitTimeSubject, options, context: WaitTimeContext | undefined) {
    const s = prepareSubject(subject, context);
    return monitorTimes(s.todayVisits, s.now, options.goals, 0)
      .filter((e) => e.state === 'breach')
      .map((e) => ({
        messageId: 'breach',
        data: { visit: e.visitId, stage: e.stage, elapsed: round1(e.elapsedMinutes), over: round1(-e.minutesLeft), limit: e.limitMinutes, goal: e.goalId },
        subject: { type: 'visit', id: e.visitId, dates: [s.today], label: e.goalId },
        actual: round1(e.elapsedMinutes),
        threshold: e.limitMinutes,
        suggestedAction: { kind: 'step-in', description: `Check on visit ${e.visitId} now (${e.stage})`, data: { visitId: e.visitId } },
      }));
  },
});
