import type { IsoDate } from '../core/calendar.js';
import { parseRota, parseRotaProblem } from './parse-problem.js';
import type { Rota, RotaProblem } from './schemas.js';

/**
 * What the rota catalog's rules look at: one plain snapshot, the parsed problem and a rota for it.
 * Build it with {@link rotaSubject} so that defaults are filled in and references are checked.
 *
 * @category Rules
 */
export interface RotaSubject {
  /** The parsed problem (see `parseRotaProblem`). */
  readonly problem: RotaProblem;
  /** The rota, checked against the problem. */
  readonly rota: Rota;
}

/**
 * An eligibility window as the credentials domain produces it (structurally the core
 * `EligibilityWindow`): whether a staff member may act in a role from a date (to a date).
 *
 * @example
 * ```ts
 * const window: RotaEligibilityWindow = { staffId: 'ana', roleId: 'rn', from: '2026-03-04', eligible: false, reason: 'licence expired' };
 * ```
 * @category Rules
 */
export interface RotaEligibilityWindow {
  /** The staff member. */
  readonly staffId: string;
  /** The role. */
  readonly roleId: string;
  /** First day of the window. */
  readonly from: IsoDate;
  /** Last day of the window (open-ended when absent). */
  readonly to?: IsoDate | undefined;
  /** Whether they may act in the role during the window. */
  readonly eligible: boolean;
  /** Why (not). */
  readonly reason?: string | undefined;
}

/**
 * Facts gathered before evaluation, none required. Scoring passes none, so the score never depends
 * on them.
 *
 * @category Rules
 */
export interface RotaContext {
  /** Today at the site, for reports that look ahead (the daily review). */
  readonly today?: IsoDate;
  /**
   * Eligibility windows produced by the credentials domain: a window with `eligible: false` takes a
   * role away from a staff member on its dates, so `rota/required-skill` flags shifts needing it.
   */
  readonly eligibility?: readonly RotaEligibilityWindow[];
}

/**
 * Builds the subject the rota catalog evaluates: parses the problem and checks the rota against it.
 *
 * @param problem - the problem (parsed or as written)
 * @param rota - the rota
 * @returns `{ problem, rota }`, parsed
 * @throws PracticeOpsError as `parseRotaProblem` and `parseRota` do
 * @example
 * ```ts
 * const findings = evaluate(compilePolicy(rotaCatalog), rotaSubject(problem, rota), { today: '2026-03-02' });
 * ```
 * @category Rules
 */
export function rotaSubject(problem: unknown, rota: unknown): RotaSubject {
  const parsed = parseRotaProblem(problem);
  return { problem: parsed, rota: parseRota(parsed, rota) };
}
