import { defineCatalog, policyJsonSchema, type Catalog } from '../rules/index.js';
import { maxWaitRule } from './rules/max-wait.js';
import { percentileGoalRule } from './rules/percentile-goal.js';
import { queueBreachRule } from './rules/queue-breach.js';
import { queueWarningRule } from './rules/queue-warning.js';
import { walkOutsRule } from './rules/walk-outs.js';

/**
 * The wait-time rule catalog for the daily review: yesterday's goals missed
 * (`wait-time/percentile-goal`, `wait-time/max-wait`, `wait-time/walk-outs`) and today's queue at
 * `now` (`wait-time/queue-breach`, `wait-time/queue-warning`). Subject: {@link WaitTimeSubject};
 * context: {@link WaitTimeContext}. Presets: `recommended` and `strict` (15-minute target, 95%,
 * 20-minute maximum, every walk-out an error).
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(waitTimeCatalog, { extends: 'recommended' });
 * const findings = evaluate(compiled, { zone: 'America/New_York', visits }, { today: '2026-11-23', now: '2026-11-23T10:00:00-05:00' });
 * ```
 * @category Rules
 */
export const waitTimeCatalog: Catalog = defineCatalog({
  name: 'wait-time',
  rules: [percentileGoalRule, maxWaitRule, queueBreachRule, queueWarningRule, walkOutsRule],
  presets: {
    strict: {
      rules: {
        'wait-time/percentile-goal': ['error', { goals: [{ id: 'seen-within-15', targetMinutes: 15, share: 0.95 }] }],
        'wait-time/max-wait': ['error', { goals: [{ id: 'no-wait-over-20', maxMinutes: 20 }] }],
        'wait-time/walk-outs': ['error', { maxWalkOuts: 0 }],
      },
    },
  },
});

/**
 * The JSON Schema of a wait-time policy, for a settings screen.
 *
 * @returns the JSON Schema
 * @example
 * ```ts
 * const schema = waitTimePolicyJsonSchema();
 * ```
 * @category Rules
 */
export function waitTimePolicyJsonSchema(): Record<string, unknown> {
  return policyJsonSchema(waitTimeCatalog);
}
