import { defineCatalog, type Catalog } from '../rules/catalog.js';
import { policyJsonSchema } from '../rules/policy.js';
import { coverIdeal } from './rules/cover-ideal.js';
import { coverMinimum } from './rules/cover-minimum.js';
import { dailyMinutes } from './rules/daily-minutes.js';
import { daysOff } from './rules/days-off.js';
import { fairness } from './rules/fairness.js';
import { forbiddenSuccession } from './rules/forbidden-succession.js';
import { maxConsecutiveWorkDays } from './rules/max-consecutive-work-days.js';
import { maxShiftsPerType } from './rules/max-shifts-per-type.js';
import { maxWeekends } from './rules/max-weekends.js';
import { minConsecutiveDaysOff } from './rules/min-consecutive-days-off.js';
import { minConsecutiveWorkDays } from './rules/min-consecutive-work-days.js';
import { minRest } from './rules/min-rest.js';
import { noOverlap } from './rules/no-overlap.js';
import { oneShiftPerDay } from './rules/one-shift-per-day.js';
import { overtime } from './rules/overtime.js';
import { payPeriodMinutes } from './rules/pay-period-minutes.js';
import { pendingLeave } from './rules/pending-leave.js';
import { pinned } from './rules/pinned.js';
import { requests } from './rules/requests.js';
import { requiredSkill } from './rules/required-skill.js';
import { siteClosed } from './rules/site-closed.js';
import { totalMinutes } from './rules/total-minutes.js';
import { weeklyMinutes } from './rules/weekly-minutes.js';

/**
 * The rota rule catalog. Subject: {@link RotaSubject} (`{ problem, rota }`, built with `rotaSubject`);
 * context: {@link RotaContext} (optional `today`, `eligibility`). Hard rules default to `error`,
 * soft ones (`rota/cover-ideal`, `rota/requests`, `rota/pending-leave`) to `warn`, the cost and
 * fairness rules (`rota/overtime`, `rota/fairness`) to `info` with weight 0, and the reporting rules
 * `rota/pinned` and `rota/site-closed` to `warn` with weight 0. Every finding's `data`
 * carries its `penalty`; `scoreRota` counts `error` findings as hard and the rest as soft. Presets:
 * `recommended` (the defaults), `benchmark` (the Curtois & Qu objective: cost, fairness and reporting rules off) and
 * `strict` (fairness and overtime as warnings with weight 1, broken pins as hard, and an 11-hour rest where a contract
 * sets none).
 *
 * @example
 * ```ts
 * const compiled = compilePolicy(rotaCatalog, { extends: 'recommended', rules: { 'rota/min-rest': ['error', { minutes: 660 }] } });
 * const findings = evaluate(compiled, rotaSubject(problem, rota), { today: '2026-03-02' });
 * ```
 * @category Rules
 */
export const rotaCatalog: Catalog = defineCatalog({
  name: 'rota',
  rules: [
    oneShiftPerDay,
    noOverlap,
    minRest,
    forbiddenSuccession,
    maxShiftsPerType,
    dailyMinutes,
    weeklyMinutes,
    payPeriodMinutes,
    totalMinutes,
    maxConsecutiveWorkDays,
    minConsecutiveWorkDays,
    minConsecutiveDaysOff,
    maxWeekends,
    daysOff,
    requiredSkill,
    coverMinimum,
    coverIdeal,
    requests,
    pendingLeave,
    fairness,
    overtime,
    pinned,
    siteClosed,
  ],
  presets: {
    benchmark: { rules: { 'rota/fairness': 'off', 'rota/overtime': 'off', 'rota/pinned': 'off', 'rota/site-closed': 'off' } },
    strict: {
      rules: {
        'rota/min-rest': ['error', { minutes: 660 }],
        'rota/fairness': ['warn', { weight: 1 }],
        'rota/overtime': ['warn', { weight: 1 }],
        'rota/pinned': ['error', { weight: 1 }],
      },
    },
  },
});

/**
 * The JSON Schema of a rota policy, for settings screens.
 *
 * @returns the JSON Schema (draft 2020-12) of `{ extends?, rules? }` for the rota catalog
 * @example
 * ```ts
 * const schema = rotaPolicyJsonSchema();
 * ```
 * @category Rules
 */
export function rotaPolicyJsonSchema(): Record<string, unknown> {
  return policyJsonSchema(rotaCatalog);
}
