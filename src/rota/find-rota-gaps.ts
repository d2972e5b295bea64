import { z } from 'zod';
import { addCalendarDays, IsoDateSchema } from '../core/calendar.js';
import { parseInput } from '../core/parse.js';
import type { Finding } from '../rules/finding.js';
import { parseRotaProblem } from './parse-problem.js';
import { scoreRota, type ScoreRotaOptions } from './score-rota.js';

/**
 * Options for {@link findRotaGaps}.
 *
 * @example
 * ```ts
 * FindRotaGapsOptionsSchema.parse({ from: '2026-03-02' }); // { from: '2026-03-02', days: 7, includeIdeal: true }
 * ```
 * @category Scoring
 */
export const FindRotaGapsOptionsSchema = z.object({
  /** The first day to look at (today, say); the horizon start when absent. */
  from: IsoDateSchema.optional(),
  /** How many days from `from`; 7 (this week) by default. */
  days: z.int().min(1).max(3660).default(7),
  /** Include cover below the ideal (soft), not only below the hard minimum. */
  includeIdeal: z.boolean().default(true),
});

/**
 * Options for {@link findRotaGaps}, as passed.
 *
 * @example
 * ```ts
 * const options: FindRotaGapsOptions = { from: '2026-03-02', days: 7 };
 * ```
 * @category Scoring
 */
export type FindRotaGapsOptions = z.input<typeof FindRotaGapsOptionsSchema>;

/**
 * The rota's cover gaps in a window of days (this week, by default): `rota/cover-minimum` findings
 * and, unless `includeIdeal` is false, `rota/cover-ideal` findings under the ideal, each with a
 * `fill-shift` suggested action naming free, qualified candidates. Ordered by date, then hard
 * before soft, then cover cell. Rules a policy turns off give no gaps.
 *
 * @param problem - the problem
 * @param rota - the rota
 * @param options - the window, whether to include ideal gaps
 * @param scoring - the policy and context passed to {@link scoreRota}
 * @returns the gap findings
 * @throws PracticeOpsError for input that does not parse
 * @example
 * ```ts
 * for (const gap of findRotaGaps(problem, rota, { from: '2026-03-02' })) console.log(gap.message, gap.suggestedAction?.data);
 * ```
 * @category Scoring
 */
export function findRotaGaps(problem: unknown, rota: unknown, options: FindRotaGapsOptions = {}, scoring: ScoreRotaOptions = {}): Finding[] {
  const opts = parseInput(FindRotaGapsOptionsSchema, options, { label: 'gap options' });
  const parsed = parseRotaProblem(problem);
  const score = scoreRota(parsed, rota, scoring);
  const start = opts.from ?? parsed.horizon.start;
  const end = addCalendarDays(start, opts.days - 1);
  const gaps = score.findings.filter(
    (finding) => finding.ruleId === 'rota/cover-minimum' || (opts.includeIdeal && finding.ruleId === 'rota/cover-ideal' && finding.messageId === 'under'),
  );
  return gaps
    .filter((gap) => {
      const date = gap.subject.dates?.[0] ?? '';
      return date >= start && date <= end;
    })
    .sort((a, b) => {
      const da = a.subject.dates?.[0] ?? '';
      const db = b.subject.dates?.[0] ?? '';
      return da < db ? -1 : da > db ? 1 : a.severity === b.severity ? (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0) : a.severity === 'error' ? -1 : 1;
    });
}
