import { z } from 'zod';
import { defineRule, type RuleReport } from '../../rules/index.js';
import { checkGoalTimes } from '../internal/goals.js';
import { prepareSubject, round1 } from '../internal/subject.js';
import { PercentileGoalSchema, type WaitTimeContext, type WaitTimeSubject } from '../schemas.js';

const GoalOption = PercentileGoalSchema.omit({ kind: true });

/**
 * Yesterday's percentile goals: reports each goal missed ("90% seen by a provider within 17
 * minutes"), with the share reached and the percentile at the goal's share.
 *
 * @example
 * ```ts
 * compilePolicy(waitTimeCatalog, { rules: { 'wait-time/percentile-goal': ['error', { goals: [{ id: 'seen-15', targetMinutes: 15, share: 0.9 }] }] } });
 * ```
 * @category Rules
 */
export const percentileGoalRule = defineRule({
  id: 'wait-time/percentile-goal',
  meta: {
    description: "Yesterday's percentile wait goals (share of patients within a target) that were missed.",
    defaultSeverity: 'warn',
    docs: 'docs/wait-time.md#goals',
    messages: {
      missed:
        '{goal}: {sharePercent}% of {count} patients within {target} min on {date} (goal {goalPercent}%); the {goalPercentile}th percentile was {percentile} min',
    },
  },
  options: z.object({
    /** The percentile goals to check. */
    goals: z.array(GoalOption).default([{ id: 'seen-within-17', measure: 'door-to-provider', clockStart: 'check-in', targetMinutes: 17, share: 0.9 }]),
    /** Also check each goal separately for every visit type seen yesterday (a goal can be met overall and missed for new patients). */
    perVisitType: z.boolean().default(false),
  }),
  check(subject: WaitTimeSubject, options, context: WaitTimeContext | undefined) {
    const s = prepareSubject(subject, context);
    const reports: RuleReport[] = [];
    const types = options.perVisitType
      ? [...new Set(s.yesterdayVisits.map((t) => t.visitType).filter((t): t is string => t !== undefined))].sort()
      : [];
    const scopes: readonly (string | undefined)[] = [undefined, ...types];
    for (const option of options.goals) {
      const goal = { kind: 'percentile' as const, ...option };
      for (const visitType of scopes) {
        const visits = visitType === undefined ? s.yesterdayVisits : s.yesterdayVisits.filter((t) => t.visitType === visitType);
        const r = checkGoalTimes(visits, goal);
        if (r.met || r.share === null) continue;
        const id = visitType === undefined ? goal.id : `${goal.id}:${visitType}`;
        reports.push({
          messageId: 'missed',
          data: {
            goal: id,
            sharePercent: round1(r.share * 100),
            count: r.count,
            target: goal.targetMinutes,
            date: s.yesterday,
            goalPercent: round1(goal.share * 100),
            goalPercentile: round1(goal.share * 100),
            percentile: round1(r.percentileMinutes ?? 0),
          },
          subject: {
            type: 'wait-goal',
            id,
            dates: [s.yesterday],
            label: `${goal.measure} within ${goal.targetMinutes} min${visitType === undefined ? '' : ` (${visitType})`}`,
          },
          actual: r.share,
          threshold: goal.share,
          suggestedAction: {
            kind: 'review-flow',
            description: `Review ${r.over.length} visits over ${goal.targetMinutes} min (rooming, provider lateness, template)`,
            data: { visitIds: r.over.map((o) => o.visitId) },
          },
        });
      }
    }
    return reports;
  },
});
