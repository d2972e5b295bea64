import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../core/calendar.js';
import type { EligibilityWindow } from '../core/eligibility.js';
import { parseInput } from '../core/parse.js';
import { US_CREDENTIAL_TYPES } from './credential-types.js';
import { assertAllCredentialDates } from './internal/dates.js';
import { heldIntervals, heldOn, reasonOf, segments } from './internal/intervals.js';
import { evaluateRequirement, requirementFor } from './internal/requirements.js';
import { indexTypes } from './internal/resolve.js';
import {
  CredentialTypeSchema,
  RoleRequirementSchema,
  StaffCredentialSchema,
  StateCodeSchema,
  TrainingEventSchema,
} from './schemas.js';

/**
 * The input of {@link computeEligibilityWindows}: credentials, role requirements, the site's state and a horizon.
 *
 * @example
 * ```ts
 * EligibilityInputSchema.parse({ credentials: [], requirements: [{ roleId: 'ma', requires: 'cma' }], state: 'NY', from: '2026-01-01' });
 * ```
 * @category Eligibility
 */
export const EligibilityInputSchema = z
  .object({
    /** Staff credentials. */
    credentials: z.array(StaffCredentialSchema).readonly(),
    /** Role requirements. */
    requirements: z.array(RoleRequirementSchema).readonly(),
    /** The site's state: state-scoped credentials must cover it. */
    state: StateCodeSchema.optional(),
    /** First day of the horizon. */
    from: IsoDateSchema,
    /** Last day of the horizon (inclusive); open-ended when left out. */
    to: IsoDateSchema.optional(),
    /** Staff to cover (also those without any credential); every staff member with a credential when left out. */
    staffIds: z.array(z.string().min(1)).readonly().optional(),
    /** Roles to cover; every role with a requirement when left out. */
    roleIds: z.array(z.string().min(1)).readonly().optional(),
    /** Credential types; {@link US_CREDENTIAL_TYPES} when left out. */
    types: z.array(CredentialTypeSchema).readonly().optional(),
    /** Re-training events (event-driven types). */
    events: z.array(TrainingEventSchema).readonly().default([]),
    /** Count a credential only from its first successful verification. */
    requireVerification: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.to !== undefined && value.to < value.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `Horizon end ${value.to} is before its start ${value.from}`, input: value.to });
    }
  });

/**
 * The input of {@link computeEligibilityWindows}.
 *
 * @category Eligibility
 */
export type EligibilityInput = z.input<typeof EligibilityInputSchema>;

/**
 * Works out, for each staff member and role, the windows of days in which they may and may not
 * work it, from their credentials and the role's requirements in the site's state. The windows of
 * one staff member and role cover the horizon without gaps or overlaps, alternate between eligible
 * and not (or change reason), and come out ordered by staff, role and date. This is the core
 * `EligibilityWindow` type that the rota consumes. Roles without a requirement get no windows
 * (anyone may work them).
 *
 * @param input - credentials, requirements, state, horizon, and optionally staff, roles, types and events
 * @returns the windows, ordered
 * @throws PracticeOpsError `INVALID_INPUT` (bad data, horizon end before start), `CONFLICT` (expiry before issue), `UNKNOWN_REFERENCE` (unknown credential type)
 * @example
 * ```ts
 * const windows = computeEligibilityWindows({
 *   credentials: [{ id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31' }],
 *   requirements: [{ roleId: 'ma', requires: 'bls' }],
 *   from: '2026-12-01', to: '2027-03-31',
 * });
 * // [{ staffId: 'ana', roleId: 'ma', from: '2026-12-01', to: '2027-01-31', eligible: true, ... },
 * //  { staffId: 'ana', roleId: 'ma', from: '2027-02-01', to: '2027-03-31', eligible: false, reason: 'missing bls' }]
 * ```
 * @category Eligibility
 */
export function computeEligibilityWindows(input: EligibilityInput): readonly EligibilityWindow[] {
  const parsed = parseInput(EligibilityInputSchema, input, { label: 'eligibility input' });
  assertAllCredentialDates(parsed.credentials);
  const index = indexTypes(parsed.types ?? US_CREDENTIAL_TYPES);
  const byStaff = heldIntervals(index, parsed.credentials, {
    state: parsed.state,
    events: parsed.events,
    requireVerification: parsed.requireVerification,
  });
  const staffIds = parsed.staffIds ?? [...new Set(parsed.credentials.map((c) => c.staffId))];
  const roleIds = parsed.roleIds ?? [...new Set(parsed.requirements.map((r) => r.roleId))];
  const windows: EligibilityWindow[] = [];
  for (const staffId of [...new Set(staffIds)].sort()) {
    const intervals = byStaff.get(staffId) ?? [];
    for (const roleId of [...new Set(roleIds)].sort()) {
      const requirement = requirementFor(parsed.requirements, roleId, parsed.state);
      if (requirement === undefined) continue;
      for (const segment of segments(intervals, requirement, parsed.from, parsed.to)) {
        windows.push(
          Object.freeze({
            staffId,
            roleId,
            from: segment.from,
            ...(segment.to === undefined ? {} : { to: segment.to }),
            eligible: segment.outcome.met,
            reason: reasonOf(segment.outcome),
          }),
        );
      }
    }
  }
  return Object.freeze(windows);
}

/**
 * The input of {@link checkRoleEligibility}.
 *
 * @example
 * ```ts
 * RoleEligibilityInputSchema.parse({ staffId: 'ana', roleId: 'ma', date: '2026-12-01', credentials: [], requirements: [] });
 * ```
 * @category Eligibility
 */
export const RoleEligibilityInputSchema = z
  .object({
    /** The staff member. */
    staffId: z.string().min(1),
    /** The role. */
    roleId: z.string().min(1),
    /** The day. */
    date: IsoDateSchema,
    /** Staff credentials (others' are ignored). */
    credentials: z.array(StaffCredentialSchema).readonly(),
    /** Role requirements. */
    requirements: z.array(RoleRequirementSchema).readonly(),
    /** The site's state. */
    state: StateCodeSchema.optional(),
    /** Credential types; {@link US_CREDENTIAL_TYPES} when left out. */
    types: z.array(CredentialTypeSchema).readonly().optional(),
    /** Re-training events. */
    events: z.array(TrainingEventSchema).readonly().default([]),
    /** Count a credential only from its first successful verification. */
    requireVerification: z.boolean().default(false),
  })
  .strict();

/**
 * The input of {@link checkRoleEligibility}.
 *
 * @category Eligibility
 */
export type RoleEligibilityInput = z.input<typeof RoleEligibilityInputSchema>;

/**
 * Whether one staff member may work one role on one day, and why.
 *
 * @category Eligibility
 */
export interface RoleEligibility {
  /** Whether they may work it. */
  readonly eligible: boolean;
  /** Whether the role has a credential requirement in this state at all. */
  readonly restricted: boolean;
  /** Readable missing parts (`bls`, `cma or rma`). */
  readonly missing: readonly string[];
  /** Credential type ids that satisfy it. */
  readonly satisfiedBy: readonly string[];
}

/**
 * Checks whether one staff member may work one role on one day, saying what is missing.
 *
 * @param input - staff, role, date, credentials, requirements and state
 * @returns eligibility, missing parts and the credentials that satisfy the requirement
 * @throws PracticeOpsError `INVALID_INPUT`, `CONFLICT` or `UNKNOWN_REFERENCE`
 * @example
 * ```ts
 * checkRoleEligibility({ staffId: 'ana', roleId: 'ma', date: '2026-12-01', credentials: [],
 *   requirements: [{ roleId: 'ma', requires: { anyOf: ['cma', 'rma'] } }] });
 * // { eligible: false, restricted: true, missing: ['cma or rma'], satisfiedBy: [] }
 * ```
 * @category Eligibility
 */
export function checkRoleEligibility(input: RoleEligibilityInput): RoleEligibility {
  const parsed = parseInput(RoleEligibilityInputSchema, input, { label: 'role eligibility input' });
  assertAllCredentialDates(parsed.credentials);
  const index = indexTypes(parsed.types ?? US_CREDENTIAL_TYPES);
  const own = parsed.credentials.filter((c) => c.staffId === parsed.staffId);
  const intervals =
    heldIntervals(index, own, { state: parsed.state, events: parsed.events, requireVerification: parsed.requireVerification }).get(parsed.staffId) ?? [];
  const requirement = requirementFor(parsed.requirements, parsed.roleId, parsed.state);
  if (requirement === undefined) return { eligible: true, restricted: false, missing: [], satisfiedBy: [] };
  const outcome = evaluateRequirement(requirement, heldOn(intervals, parsed.date as IsoDate));
  return { eligible: outcome.met, restricted: true, missing: outcome.missing, satisfiedBy: [...new Set(outcome.used)] };
}
