import type { StatePatch } from '../core/state-patch.js';
import { z } from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { InstantSchema } from '../core/time.js';

/**
 * A US state or territory as its two-letter postal code (`NY`, `CA`, `PR`), upper-cased on parse.
 *
 * @example
 * ```ts
 * StateCodeSchema.parse('ny'); // 'NY'
 * ```
 * @category Schemas
 */
export const StateCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Expected a two-letter state code such as NY');

/**
 * A two-letter state code.
 *
 * @category Schemas
 */
export type StateCode = z.infer<typeof StateCodeSchema>;

/**
 * The id of a credential type in the catalog (`rn-license`, `cma`, `bls`...): kebab-case.
 *
 * @example
 * ```ts
 * CredentialTypeIdSchema.parse('rn-license');
 * ```
 * @category Schemas
 */
export const CredentialTypeIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case credential type id such as rn-license');

/**
 * A credential type id.
 *
 * @category Schemas
 */
export type CredentialTypeId = z.infer<typeof CredentialTypeIdSchema>;

const daysBefore = z.number().int().min(0).max(3650);

/**
 * How a credential's expiry follows from its dates. Five shapes:
 * - `month-end`: N months from issue (or last renewal) to the end of that month (AAMA CMA: 60; AHA BLS: 24).
 * - `rolling-days`: due within N days of the last completion (OSHA bloodborne-pathogen training: 365).
 * - `issuer-set`: the issuer prints the expiry (state licences, DEA); `typicalMonths` only estimates it.
 * - `fixed-cycle`: cycles of N months from a fixed anchor; renewing early does not move the cycle (CMM, RMA).
 * - `event-driven`: re-training due within N days of an event (a policy change), optionally also every N days.
 * - `none`: never expires (NPI).
 *
 * `windowOpensDaysBefore`, when set, is how many days before expiry renewal becomes possible
 * (DEA: 60); without it the renewal window is always open.
 *
 * @example
 * ```ts
 * RenewalRuleSchema.parse({ kind: 'month-end', months: 60 });
 * ```
 * @category Schemas
 */
export const RenewalRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** N months from issue or renewal to the end of that month. */
      kind: z.literal('month-end'),
      /** Months from issue or renewal. */
      months: z.number().int().min(1).max(240),
      /** Days before expiry when renewal opens (always open when left out). */
      windowOpensDaysBefore: daysBefore.optional(),
    })
    .strict(),
  z
    .object({
      /** Due within N days of the last completion. */
      kind: z.literal('rolling-days'),
      /** Days from the last completion. */
      days: z.number().int().min(1).max(3650),
      /** Days before expiry when renewal opens (always open when left out). */
      windowOpensDaysBefore: daysBefore.optional(),
    })
    .strict(),
  z
    .object({
      /** The issuer prints the expiry date. */
      kind: z.literal('issuer-set'),
      /** The usual term in months (for reference and for the continuing-education cycle). */
      typicalMonths: z.number().int().min(1).max(240).optional(),
      /** Days before expiry when renewal opens (always open when left out). */
      windowOpensDaysBefore: daysBefore.optional(),
    })
    .strict(),
  z
    .object({
      /** Fixed cycles from an anchor; early renewal does not move them. */
      kind: z.literal('fixed-cycle'),
      /** Length of each cycle in months, counted from the anchor (first certification). */
      months: z.number().int().min(1).max(240),
      /** Whether each cycle ends at the end of its month. */
      monthEnd: z.boolean().default(false),
      /** Days before expiry when renewal opens (always open when left out). */
      windowOpensDaysBefore: daysBefore.optional(),
    })
    .strict(),
  z
    .object({
      /** Re-training after events such as a policy change. */
      kind: z.literal('event-driven'),
      /** Event kinds that call for re-training (`policy-change`, `new-equipment`). */
      events: z.array(z.string().min(1)).min(1),
      /** Days after the event by which re-training is due. */
      dueWithinDays: z.number().int().min(0).max(3650),
      /** Optional periodic refresher on top of the events, in days. */
      everyDays: z.number().int().min(1).max(3650).optional(),
      /** Days before expiry when renewal opens (always open when left out). */
      windowOpensDaysBefore: daysBefore.optional(),
    })
    .strict(),
  z
    .object({
      /** Never expires. */
      kind: z.literal('none'),
    })
    .strict(),
]);

/**
 * A renewal rule: one of the shapes of {@link RenewalRuleSchema}.
 *
 * @category Schemas
 */
export type RenewalRule = z.infer<typeof RenewalRuleSchema>;

/**
 * A continuing-education requirement per cycle: a total, minimums per category, a minimum from
 * approved providers; only credits dated inside the cycle count and nothing carries over.
 *
 * @example
 * ```ts
 * ContinuingEducationRuleSchema.parse({ total: 60, categories: [{ category: 'clinical', minimum: 10 }] });
 * ```
 * @category Schemas
 */
export const ContinuingEducationRuleSchema = z
  .object({
    /** Credits (hours, points, CEUs) needed per cycle. */
    total: z.number().min(0),
    /** What a credit is called by this issuer. */
    unit: z.literal(['hours', 'points', 'ceu', 'credits']).default('hours'),
    /** Minimums per category, each counted within the cycle. */
    categories: z
      .array(
        z
          .object({
            /** The category (`clinical`, `ethics`...). */
            category: z.string().min(1),
            /** Credits needed in it. */
            minimum: z.number().min(0),
          })
          .strict(),
      )
      .default([]),
    /** A minimum that must come from the listed approved providers. */
    approvedProviders: z
      .object({
        /** Approved provider names, matched without regard to case. */
        providers: z.array(z.string().min(1)).min(1),
        /** Credits needed from them. */
        minimum: z.number().min(0),
      })
      .strict()
      .optional(),
    /** The cycle length in months when it differs from the renewal term. */
    cycleMonths: z.number().int().min(1).max(240).optional(),
  })
  .strict();

/**
 * A continuing-education requirement (parsed: defaults filled).
 *
 * @category Schemas
 */
export type ContinuingEducationRule = z.infer<typeof ContinuingEducationRuleSchema>;

/**
 * The figures of a credential type that vary by state: renewal, continuing education, a note and the source.
 *
 * @example
 * ```ts
 * StateRuleSchema.parse({ renewal: { kind: 'issuer-set', typicalMonths: 24 }, continuingEducation: { total: 30 } });
 * ```
 * @category Schemas
 */
export const StateRuleSchema = z
  .object({
    /** The state's renewal rule. */
    renewal: RenewalRuleSchema.optional(),
    /** The state's continuing-education requirement. */
    continuingEducation: ContinuingEducationRuleSchema.optional(),
    /** A short note for the office manager. */
    note: z.string().optional(),
    /** Where the figure comes from (a board's rule or page). */
    source: z.string().optional(),
  })
  .strict();

/**
 * State-specific figures of a credential type.
 *
 * @category Schemas
 */
export type StateRule = z.infer<typeof StateRuleSchema>;

/**
 * A coding for FHIR: the system, code and display of a qualification.
 *
 * @example
 * ```ts
 * FhirCodingSchema.parse({ system: 'http://terminology.hl7.org/CodeSystem/v2-0360', code: 'RN', display: 'Registered Nurse' });
 * ```
 * @category Schemas
 */
export const FhirCodingSchema = z
  .object({
    /** The code system URI. */
    system: z.string().min(1),
    /** The code. */
    code: z.string().min(1),
    /** A readable name. */
    display: z.string().optional(),
  })
  .strict();

/**
 * A FHIR coding.
 *
 * @category Schemas
 */
export type FhirCoding = z.infer<typeof FhirCodingSchema>;

/**
 * A credential type as data: who issues it, where it applies, how it renews, what continuing
 * education it needs, how it is coded for FHIR, and the figures that vary by state.
 *
 * @example
 * ```ts
 * CredentialTypeSchema.parse({
 *   id: 'acls', name: 'Advanced Cardiovascular Life Support', issuer: { name: 'American Heart Association' },
 *   scope: { kind: 'national' }, renewal: { kind: 'month-end', months: 24 },
 *   fhir: { system: 'https://example.org/cred', code: 'ACLS' },
 * });
 * ```
 * @category Schemas
 */
export const CredentialTypeSchema = z
  .object({
    /** The type's id (`rn-license`). */
    id: CredentialTypeIdSchema,
    /** Its readable name. */
    name: z.string().min(1),
    /** A short label such as `RN`, `CMA`. */
    abbreviation: z.string().optional(),
    /** What sort of credential it is. */
    kind: z.literal(['licence', 'certification', 'registration', 'training', 'identifier', 'certificate']).default('certification'),
    /** Who issues it. */
    issuer: z
      .object({
        /** The issuer's name. */
        name: z.string().min(1),
        /** Its web site. */
        url: z.string().optional(),
      })
      .strict(),
    /** `national`, or held per state (`states` lists where the catalog knows figures; empty means any state). */
    scope: z.discriminatedUnion('kind', [
      z
        .object({
          /** Valid in every state. */
          kind: z.literal('national'),
        })
        .strict(),
      z
        .object({
          /** Held per state. */
          kind: z.literal('state'),
          /** The states the catalog has figures for (any state may be held). */
          states: z.array(StateCodeSchema).default([]),
        })
        .strict(),
    ]),
    /** How it renews (the national rule; `stateRules` may replace it). */
    renewal: RenewalRuleSchema,
    /** Its continuing-education requirement, if any. */
    continuingEducation: ContinuingEducationRuleSchema.optional(),
    /** Figures that differ by state, keyed by state code; they replace the national ones. */
    stateRules: z.record(StateCodeSchema, StateRuleSchema).default({}),
    /** Which identifier check applies to the credential's number. */
    identifierKind: z.literal(['npi', 'dea', 'other']).default('other'),
    /** An interstate compact: a multistate credential issued by a member state also counts in the other member states. */
    compact: z
      .object({
        /** The compact's name (`Nurse Licensure Compact`). */
        name: z.string().min(1),
        /** Member states where multistate credentials count. */
        states: z.array(StateCodeSchema).min(1),
        /** Where the member list comes from. */
        source: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Its coding in FHIR `Practitioner.qualification.code`. */
    fhir: FhirCodingSchema,
    /** Where the figures come from. */
    source: z.string().optional(),
  })
  .strict();

/**
 * A credential type (parsed: defaults filled).
 *
 * @category Schemas
 */
export type CredentialType = z.infer<typeof CredentialTypeSchema>;

/**
 * A primary-source verification of a credential: where it was checked, when, and what was found.
 *
 * @example
 * ```ts
 * VerificationSchema.parse({ source: 'NY Office of the Professions', date: '2026-01-05', result: 'verified' });
 * ```
 * @category Schemas
 */
export const VerificationSchema = z
  .object({
    /** Where it was checked (a board's lookup, the issuer). */
    source: z.string().min(1),
    /** When. */
    date: IsoDateSchema,
    /** What was found. */
    result: z.literal(['verified', 'not-found', 'mismatch', 'disciplinary-action', 'error']),
    /** A reference to the lookup (a URL or a case number). */
    reference: z.string().optional(),
    /** A free note. */
    note: z.string().optional(),
  })
  .strict();

/**
 * A verification record.
 *
 * @category Schemas
 */
export type Verification = z.infer<typeof VerificationSchema>;

/**
 * A reference to a stored document (a scan of a card, a certificate).
 *
 * @example
 * ```ts
 * DocumentReferenceSchema.parse({ id: 'doc-1', title: 'BLS card', url: 'https://dms.example/doc-1' });
 * ```
 * @category Schemas
 */
export const DocumentReferenceSchema = z
  .object({
    /** The document's id in the document store. */
    id: z.string().min(1),
    /** A title. */
    title: z.string().optional(),
    /** Where to fetch it. */
    url: z.string().optional(),
    /** Its media type (`application/pdf`). */
    contentType: z.string().optional(),
  })
  .strict();

/**
 * A document reference.
 *
 * @category Schemas
 */
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/**
 * The stored status of a credential. `expired` is not stored: it follows from the dates.
 *
 * @example
 * ```ts
 * CredentialStatusSchema.parse('active');
 * ```
 * @category Schemas
 */
export const CredentialStatusSchema = z.literal(['active', 'pending', 'suspended', 'revoked']);

/**
 * A stored credential status.
 *
 * @category Schemas
 */
export type CredentialStatus = z.infer<typeof CredentialStatusSchema>;

const StaffCredentialObject = z
  .object({
    /** The credential's id. */
    id: z.string().min(1),
    /** Whose it is. */
    staffId: z.string().min(1),
    /** Its credential type. */
    typeId: CredentialTypeIdSchema,
    /** The licence, certificate or registration number. */
    identifier: z.string().optional(),
    /** The states the credential covers (state-scoped types). */
    states: z.array(StateCodeSchema).default([]),
    /** First issue (certification) date. */
    issued: IsoDateSchema,
    /** Last day it is valid (inclusive). Computed from the renewal rule when left out. */
    expires: IsoDateSchema.optional(),
    /** The anchor of a fixed cycle; the first issue date when left out. */
    cycleAnchor: IsoDateSchema.optional(),
    /** A multistate credential under the type's compact (issued by the home state, the first of `states`). */
    multistate: z.boolean().default(false),
    /** When training or renewal was last completed (rolling and event-driven rules). */
    lastCompleted: IsoDateSchema.optional(),
    /** The stored status (`expired` follows from the dates). */
    status: CredentialStatusSchema.default('active'),
    /** From when a `suspended` or `revoked` status applies. */
    statusDate: IsoDateSchema.optional(),
    /** Why the status changed. */
    statusReason: z.string().optional(),
    /** Primary-source verifications, oldest first. */
    verifications: z.array(VerificationSchema).default([]),
    /** Stored documents (card scans, certificates). */
    documents: z.array(DocumentReferenceSchema).default([]),
  })
  .strict();

/**
 * A staff member's credential: type, number, state(s), dates, status, verifications and documents.
 * (Functions that take credentials reject an expiry before issue with a `CONFLICT` error.)
 *
 * @example
 * ```ts
 * StaffCredentialSchema.parse({ id: 'c1', staffId: 'ana', typeId: 'cma', issued: '2019-02-10', expires: '2024-02-29' });
 * ```
 * @category Schemas
 */
export const StaffCredentialSchema = StaffCredentialObject;

/**
 * A staff credential (parsed: defaults filled).
 *
 * @category Schemas
 */
export type StaffCredential = z.infer<typeof StaffCredentialSchema>;

/**
 * A staff credential as written by an app (defaults not yet filled).
 *
 * @category Schemas
 */
export type StaffCredentialInput = z.input<typeof StaffCredentialSchema>;

/**
 * A continuing-education credit: amount, category, provider and date, for a staff member and
 * optionally one credential.
 *
 * @example
 * ```ts
 * CeCreditSchema.parse({ staffId: 'ana', credits: 2.5, category: 'clinical', provider: 'AAMA', date: '2025-03-01' });
 * ```
 * @category Schemas
 */
export const CeCreditSchema = z
  .object({
    /** The credit's id. */
    id: z.string().min(1).optional(),
    /** Who earned it. */
    staffId: z.string().min(1).optional(),
    /** The credential it counts towards; every credential of the staff member when left out. */
    credentialId: z.string().min(1).optional(),
    /** How many credits (hours, points, CEUs). */
    credits: z.number().positive().max(10_000),
    /** Its category (`clinical`, `ethics`...). */
    category: z.string().min(1),
    /** Who gave the course. */
    provider: z.string().min(1),
    /** When it was completed. */
    date: IsoDateSchema,
    /** The course title. */
    title: z.string().optional(),
  })
  .strict();

/**
 * A continuing-education credit.
 *
 * @category Schemas
 */
export type CeCredit = z.infer<typeof CeCreditSchema>;

/**
 * A requirement expression: one credential type, all of some, or any of some (nestable). A plain
 * string is shorthand for `{ credential: id }`.
 *
 * @category Schemas
 */
export type Requirement =
  | string
  | {
      /** One credential type id. */
      readonly credential: string;
    }
  | {
      /** Every one of these. */
      readonly allOf: readonly Requirement[];
    }
  | {
      /** At least one of these. */
      readonly anyOf: readonly Requirement[];
    };

/**
 * The schema of a {@link Requirement}.
 *
 * @example
 * ```ts
 * RequirementSchema.parse({ allOf: ['bls', { anyOf: ['cma', 'rma'] }] });
 * ```
 * @category Schemas
 */
export const RequirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z.union([
    CredentialTypeIdSchema,
    z
      .object({
        /** One credential type id. */
        credential: CredentialTypeIdSchema,
      })
      .strict(),
    z
      .object({
        /** Every one of these. */
        allOf: z.array(RequirementSchema).min(1),
      })
      .strict(),
    z
      .object({
        /** At least one of these. */
        anyOf: z.array(RequirementSchema).min(1),
      })
      .strict(),
  ]),
);

/**
 * What a role needs, optionally only in some states: `{ roleId: 'rn', requires: { allOf: ['rn-license', 'bls'] } }`.
 * State-scoped credentials must cover the site's state.
 *
 * @example
 * ```ts
 * RoleRequirementSchema.parse({ roleId: 'ma', requires: { allOf: ['bls', { anyOf: ['cma', 'rma'] }] } });
 * ```
 * @category Schemas
 */
export const RoleRequirementSchema = z
  .object({
    /** The role. */
    roleId: z.string().min(1),
    /** Only in these states (every state when left out). */
    states: z.array(StateCodeSchema).optional(),
    /** The credentials it needs. */
    requires: RequirementSchema,
  })
  .strict();

/**
 * A role's credential requirement.
 *
 * @category Schemas
 */
export type RoleRequirement = z.infer<typeof RoleRequirementSchema>;

/**
 * An event that calls for re-training (a policy change): kind, date and who it concerns.
 *
 * @example
 * ```ts
 * TrainingEventSchema.parse({ id: 'e1', kind: 'policy-change', date: '2026-03-01' });
 * ```
 * @category Schemas
 */
export const TrainingEventSchema = z
  .object({
    /** The event's id. */
    id: z.string().min(1),
    /** Its kind (`policy-change`). */
    kind: z.string().min(1),
    /** When it happened. */
    date: IsoDateSchema,
    /** Only these credential types (every event-driven type listening for the kind when left out). */
    typeIds: z.array(CredentialTypeIdSchema).optional(),
    /** Only these staff (everyone when left out). */
    staffIds: z.array(z.string().min(1)).optional(),
    /** What changed. */
    description: z.string().optional(),
  })
  .strict();

/**
 * A re-training event.
 *
 * @category Schemas
 */
export type TrainingEvent = z.infer<typeof TrainingEventSchema>;

/**
 * A shift already in a rota, as plain data: who works which role on which day, in which state.
 *
 * @example
 * ```ts
 * RotaShiftSchema.parse({ id: 's1', staffId: 'ana', roleId: 'ma', date: '2026-12-01' });
 * ```
 * @category Schemas
 */
export const RotaShiftSchema = z
  .object({
    /** The shift's id. */
    id: z.string().min(1),
    /** Who works it. */
    staffId: z.string().min(1),
    /** In which role. */
    roleId: z.string().min(1),
    /** On which day. */
    date: IsoDateSchema,
    /** The site's state; the snapshot's state when left out. */
    state: StateCodeSchema.optional(),
    /** A readable label. */
    label: z.string().optional(),
  })
  .strict();

/**
 * A rota shift.
 *
 * @category Schemas
 */
export type RotaShift = z.infer<typeof RotaShiftSchema>;

/**
 * A staff member as the credentials domain sees them: id, name and the roles they are meant to work.
 *
 * @example
 * ```ts
 * StaffMemberSchema.parse({ id: 'ana', name: 'Ana Ruiz', roles: ['ma'] });
 * ```
 * @category Schemas
 */
export const StaffMemberSchema = z
  .object({
    /** The staff id. */
    id: z.string().min(1),
    /** A display name. */
    name: z.string().optional(),
    /** The last name (for the DEA initial check). */
    lastName: z.string().optional(),
    /** Roles they are meant to work. */
    roles: z.array(z.string().min(1)).default([]),
  })
  .strict();

/**
 * A staff member.
 *
 * @category Schemas
 */
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/**
 * One audit entry: what changed in the credential registry, when, by whom, with JSON patches
 * to redo and undo it.
 *
 * @category Registry
 */
export interface AuditEntry {
  /** 1, 2, 3... in order of change. */
  readonly seq: number;
  /** What happened. */
  readonly action: 'add' | 'renew' | 'verify' | 'revoke' | 'undo';
  /** The credential concerned. */
  readonly credentialId: string;
  /** When (an ISO instant with offset). */
  readonly at: string;
  /** Who made the change. */
  readonly actor?: string;
  /** A free note. */
  readonly note?: string;
  /** For an `undo`, the `seq` of the entry it undid. */
  readonly undoes?: number;
  /** Patches that apply the change (RFC 6902-like, paths as arrays). */
  readonly patches: readonly AuditPatch[];
  /** Patches that undo it. */
  readonly inversePatches: readonly AuditPatch[];
}

/**
 * One JSON patch operation on the registry's `credentials` array, as the audit trail records it.
 *
 * @category Registry
 */
export type AuditPatch = StatePatch;

/**
 * Who made a change and when, for the audit trail.
 *
 * @example
 * ```ts
 * ChangeInfoSchema.parse({ at: '2026-11-23T09:00:00-05:00', actor: 'office-manager' });
 * ```
 * @category Registry
 */
export const ChangeInfoSchema = z
  .object({
    /** When (an ISO instant with offset). */
    at: InstantSchema,
    /** Who. */
    actor: z.string().min(1).optional(),
    /** A free note. */
    note: z.string().optional(),
  })
  .strict();

/**
 * Who made a change and when.
 *
 * @category Registry
 */
export type ChangeInfo = z.infer<typeof ChangeInfoSchema>;
