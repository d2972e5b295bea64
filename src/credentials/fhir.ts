import type { Identifier, Practitioner, PractitionerQualification, PractitionerRole } from 'fhir/r4';
import { z } from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import type { EligibilityWindow } from '../core/eligibility.js';
import { EligibilityWindowSchema } from '../core/eligibility.js';
import { ERROR_CODES, isPracticeOpsError, practiceOpsError } from '../core/errors.js';
import { parseInput, safeParseInput } from '../core/parse.js';
import { err, type Result } from '../core/result.js';
import { checkNpi } from './check-npi.js';
import { US_CREDENTIAL_TYPES, V2_0360_SYSTEM } from './credential-types.js';
import { importCredentials, type ImportedCredentials, type ImportWarning } from './import-credentials.js';
import { assertCredentialDates } from './internal/dates.js';
import { indexTypes, typeOf } from './internal/resolve.js';
import { CredentialTypeSchema, StaffCredentialSchema, type CredentialType, type StaffCredentialInput } from './schemas.js';

/**
 * The identifier system of the US National Provider Identifier.
 *
 * @example
 * ```ts
 * const npi = practitioner.identifier?.find((i) => i.system === NPI_SYSTEM)?.value;
 * ```
 * @category FHIR
 */
export const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';

/**
 * The HL7 v2 table 0203 identifier-type system (codes `NPI`, `DEA`, `LN`).
 *
 * @example
 * ```ts
 * const dea = qualification.identifier?.find((i) => i.type?.coding?.some((c) => c.system === IDENTIFIER_TYPE_SYSTEM && c.code === 'DEA'));
 * ```
 * @category FHIR
 */
export const IDENTIFIER_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/**
 * The extension carrying a credential's state(s) on a qualification.
 *
 * @example
 * ```ts
 * const states = qualification.extension?.filter((e) => e.url === CREDENTIAL_STATE_EXTENSION).map((e) => e.valueCode);
 * ```
 * @category FHIR
 */
export const CREDENTIAL_STATE_EXTENSION = 'https://practiceops.dev/fhir/StructureDefinition/credential-state';

/**
 * The extension marking a qualification as a multistate (compact) licence.
 *
 * @example
 * ```ts
 * const compact = qualification.extension?.some((e) => e.url === MULTISTATE_EXTENSION && e.valueBoolean === true);
 * ```
 * @category FHIR
 */
export const MULTISTATE_EXTENSION = 'https://practiceops.dev/fhir/StructureDefinition/credential-multistate';

/**
 * The default code system of roles in PractitionerRole.code.
 *
 * @example
 * ```ts
 * toFhirPractitionerRoles(staff, { roleSystem: ROLE_SYSTEM });
 * ```
 * @category FHIR
 */
export const ROLE_SYSTEM = 'https://practiceops.dev/fhir/CodeSystem/role';

/**
 * Options for the FHIR conversions.
 *
 * @category FHIR
 */
export interface FhirOptions {
  /** Credential types; {@link US_CREDENTIAL_TYPES} when left out. */
  readonly types?: readonly CredentialType[];
}

const FhirOptionsSchema = z.object({ types: z.array(CredentialTypeSchema).optional() });

function identifierOf(type: CredentialType, value: string): Identifier {
  const code = type.identifierKind === 'npi' ? 'NPI' : type.identifierKind === 'dea' ? 'DEA' : 'LN';
  return {
    ...(type.identifierKind === 'npi' ? { system: NPI_SYSTEM } : {}),
    type: { coding: [{ system: IDENTIFIER_TYPE_SYSTEM, code }] },
    value,
  };
}

/**
 * Writes a staff credential as a FHIR R4 `Practitioner.qualification`: identifier, code (the
 * type's coding), period (issue to expiry), issuer, and the state(s) in an extension.
 *
 * @param credential - the staff credential
 * @param options - the credential types
 * @returns the qualification
 * @throws PracticeOpsError `INVALID_INPUT`, `CONFLICT` or `UNKNOWN_REFERENCE`
 * @example
 * ```ts
 * const q = toFhirQualification({ id: 'c1', staffId: 'ana', typeId: 'cma', identifier: '123456', issued: '2019-02-10', expires: '2024-02-29' });
 * q.code.coding?.[0]?.code; // 'CMA'
 * ```
 * @category FHIR
 */
export function toFhirQualification(credential: StaffCredentialInput, options: FhirOptions = {}): PractitionerQualification {
  const c = parseInput(StaffCredentialSchema, credential, { label: 'credential' });
  assertCredentialDates(c);
  const { types } = parseInput(FhirOptionsSchema, options, { label: 'options' });
  const type = typeOf(indexTypes(types ?? US_CREDENTIAL_TYPES), c.typeId);
  const states = c.states.join(', ');
  return {
    id: c.id,
    ...(c.states.length === 0 && !c.multistate
      ? {}
      : {
          extension: [
            ...c.states.map((state) => ({ url: CREDENTIAL_STATE_EXTENSION, valueCode: state })),
            ...(c.multistate ? [{ url: MULTISTATE_EXTENSION, valueBoolean: true }] : []),
          ],
        }),
    ...(c.identifier === undefined ? {} : { identifier: [identifierOf(type, c.identifier)] }),
    code: {
      coding: [{ system: type.fhir.system, code: type.fhir.code, ...(type.fhir.display === undefined ? {} : { display: type.fhir.display }) }],
      text: type.name,
    },
    period: { start: c.issued, ...(c.expires === undefined ? {} : { end: c.expires }) },
    issuer: { display: states === '' ? type.issuer.name : `${type.issuer.name} (${states})` },
  };
}

/**
 * Writes a staff member's credentials as a FHIR R4 Practitioner: the id, the NPI (from an `npi`
 * credential) as an identifier, and one qualification per credential.
 *
 * @param staffId - the staff member (the Practitioner's id)
 * @param credentials - their credentials (others' are ignored)
 * @param options - the credential types
 * @returns the Practitioner resource
 * @throws PracticeOpsError `INVALID_INPUT`, `CONFLICT` or `UNKNOWN_REFERENCE`
 * @example
 * ```ts
 * const practitioner = toFhirPractitioner('dr-lee', [{ id: 'n1', staffId: 'dr-lee', typeId: 'npi', identifier: '1234567893', issued: '2015-06-01' }]);
 * practitioner.identifier?.[0]?.system; // 'http://hl7.org/fhir/sid/us-npi'
 * ```
 * @category FHIR
 */
export function toFhirPractitioner(staffId: string, credentials: readonly StaffCredentialInput[], options: FhirOptions = {}): Practitioner {
  const id = parseInput(z.string().min(1), staffId, { label: 'staffId' });
  const list = parseInput(z.array(StaffCredentialSchema), credentials, { label: 'credentials' }).filter((c) => c.staffId === id);
  const { types } = parseInput(FhirOptionsSchema, options, { label: 'options' });
  const index = indexTypes(types ?? US_CREDENTIAL_TYPES);
  const identifiers = list
    .filter((c) => c.identifier !== undefined && typeOf(index, c.typeId).identifierKind === 'npi')
    .map((c) => identifierOf(typeOf(index, c.typeId), c.identifier as string));
  return {
    resourceType: 'Practitioner',
    id,
    ...(identifiers.length === 0 ? {} : { identifier: identifiers }),
    qualification: list.map((c) => toFhirQualification(c, types === undefined ? {} : { types })),
  };
}

const CodingIn = z.object({ system: z.string().optional(), code: z.string().optional() }).loose();
const QualificationIn = z
  .object({
    id: z.string().optional(),
    extension: z.array(z.object({ url: z.string(), valueCode: z.string().optional(), valueBoolean: z.boolean().optional() }).loose()).optional(),
    identifier: z.array(z.object({ system: z.string().optional(), value: z.string().optional() }).loose()).optional(),
    code: z.object({ coding: z.array(CodingIn).optional(), text: z.string().optional() }).loose(),
    period: z.object({ start: z.string().optional(), end: z.string().optional() }).loose().optional(),
  })
  .loose();
const PractitionerIn = z
  .object({
    resourceType: z.literal('Practitioner'),
    id: z.string().min(1).optional(),
    identifier: z.array(z.object({ system: z.string().optional(), value: z.string().optional() }).loose()).optional(),
    qualification: z.array(QualificationIn).optional(),
  })
  .loose();

function dateOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.slice(0, 10);
}

function matchType(types: readonly CredentialType[], codings: readonly z.infer<typeof CodingIn>[]): CredentialType | undefined {
  const v2 = V2_0360_SYSTEM.replace(/\/2\.7$/, '');
  for (const coding of codings) {
    if (coding.code === undefined) continue;
    const exact = types.find((t) => t.fhir.system === coding.system && t.fhir.code === coding.code);
    if (exact !== undefined) return exact;
    if (coding.system?.startsWith(v2) === true) {
      const loose = types.find((t) => t.fhir.system.startsWith(v2) && t.fhir.code === coding.code);
      if (loose !== undefined) return loose;
    }
  }
  return undefined;
}

/** @internal A qualification as a credential input (not yet validated for dates). */
function credentialFromQualification(
  q: z.infer<typeof QualificationIn>,
  staffId: string,
  types: readonly CredentialType[],
  path: readonly (string | number)[],
): StaffCredentialInput {
  const type = matchType(types, q.code.coding ?? []);
  if (type === undefined) {
    const first = q.code.coding?.[0];
    throw practiceOpsError(ERROR_CODES.unknownReference, `No credential type matches qualification code ${first?.system ?? ''}|${first?.code ?? ''}`, {
      path: [...path, 'code', 'coding'],
      expected: 'a coding of a credential type in the catalog',
      received: `${first?.system ?? ''}|${first?.code ?? ''}`,
    });
  }
  const issued = dateOf(q.period?.start);
  if (issued === undefined || !IsoDateSchema.safeParse(issued).success) {
    throw practiceOpsError(ERROR_CODES.invalidInput, 'A qualification needs period.start (the issue date)', {
      path: [...path, 'period', 'start'],
      expected: 'a date',
      received: q.period?.start === undefined ? 'undefined' : JSON.stringify(q.period.start),
    });
  }
  const expires = dateOf(q.period?.end);
  const states = (q.extension ?? []).filter((e) => e.url === CREDENTIAL_STATE_EXTENSION && e.valueCode !== undefined).map((e) => e.valueCode as string);
  const identifier = q.identifier?.find((i) => i.value !== undefined)?.value;
  const multistate = (q.extension ?? []).some((e) => e.url === MULTISTATE_EXTENSION && e.valueBoolean === true);
  return {
    id: q.id ?? `${staffId}-${type.id}-${issued}`,
    staffId,
    typeId: type.id,
    issued,
    ...(expires === undefined ? {} : { expires }),
    ...(identifier === undefined ? {} : { identifier }),
    states,
    ...(multistate ? { multistate } : {}),
  };
}

/**
 * Reads one FHIR R4 `Practitioner.qualification` as a staff credential: the type by its coding
 * (HL7 v2-0360 codes match whatever the table version), the period as issue and expiry, the
 * identifier and the state extension.
 *
 * @param qualification - the qualification (untrusted JSON)
 * @param staffId - whose credential it is
 * @param options - the credential types
 * @returns the credential input, ready for {@link addCredential} or {@link importCredentials}
 * @throws PracticeOpsError `UNKNOWN_REFERENCE` (no type matches), `INVALID_INPUT` (no start date), `CONFLICT` (end before start)
 * @example
 * ```ts
 * fromFhirQualification({ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7', code: 'RN' }] },
 *   period: { start: '2020-01-01', end: '2027-12-31' } }, 'ana');
 * ```
 * @category FHIR
 */
export function fromFhirQualification(qualification: unknown, staffId: string, options: FhirOptions = {}): StaffCredentialInput {
  const q = parseInput(QualificationIn, qualification, { label: 'qualification' });
  const id = parseInput(z.string().min(1), staffId, { label: 'staffId' });
  const { types } = parseInput(FhirOptionsSchema, options, { label: 'options' });
  const credential = credentialFromQualification(q, id, types ?? US_CREDENTIAL_TYPES, []);
  assertCredentialDates(parseInput(StaffCredentialSchema, credential, { label: 'credential' }));
  return credential;
}

/**
 * Reads a FHIR R4 Practitioner's qualifications as staff credentials, through
 * {@link importCredentials}: a bad NPI or DEA number gives a warning, not a rejection. An NPI in
 * `Practitioner.identifier` is checked too and warned about when invalid (it becomes a credential
 * only when its `period.start` is known).
 *
 * @param practitioner - the Practitioner resource (untrusted JSON)
 * @param options - the credential types
 * @returns the credentials and warnings, or the first problem as a PracticeOpsError
 * @example
 * ```ts
 * const result = fromFhirPractitioner({ resourceType: 'Practitioner', id: 'p1',
 *   identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1122334499' }] });
 * if (result.ok) result.value.warnings[0]?.reason; // 'check-digit'
 * ```
 * @category FHIR
 */
export function fromFhirPractitioner(practitioner: unknown, options: FhirOptions = {}): Result<ImportedCredentials> {
  const parsed = safeParseInput(PractitionerIn, practitioner, { label: 'Practitioner' });
  if (!parsed.ok) return parsed;
  const { types } = parseInput(FhirOptionsSchema, options, { label: 'options' });
  const catalog = types ?? US_CREDENTIAL_TYPES;
  const p = parsed.value;
  const staffId = p.id ?? 'practitioner';
  const records: StaffCredentialInput[] = [];
  try {
    (p.qualification ?? []).forEach((q, i) => records.push(credentialFromQualification(q, staffId, catalog, ['qualification', i])));
  } catch (error) {
    if (isPracticeOpsError(error)) return err(error);
    throw error;
  }
  const npiType = catalog.find((t) => t.identifierKind === 'npi');
  const extraWarnings: ImportWarning[] = [];
  (p.identifier ?? []).forEach((identifier, i) => {
    if (identifier.system !== NPI_SYSTEM || identifier.value === undefined || npiType === undefined) return;
    if (records.some((r) => r.typeId === npiType.id)) return;
    const start = dateOf((identifier as { period?: { start?: string } }).period?.start);
    if (start !== undefined && IsoDateSchema.safeParse(start).success) {
      records.push({ id: `${staffId}-npi`, staffId, typeId: npiType.id, identifier: identifier.value, issued: start });
      return;
    }
    const check = checkNpi(identifier.value);
    if (!check.valid) {
      extraWarnings.push({
        index: -1,
        credentialId: `${staffId}-npi`,
        path: ['identifier', i, 'value'],
        code: 'invalid-identifier',
        reason: check.reason ?? 'format',
        message: `Practitioner ${staffId}: ${check.message ?? 'invalid NPI'}`,
      });
    }
  });
  const result = importCredentials(records, { types: catalog });
  if (!result.ok) return result;
  return { ok: true, value: Object.freeze({ credentials: result.value.credentials, warnings: Object.freeze([...result.value.warnings, ...extraWarnings]) }) };
}

/**
 * Options for {@link toFhirPractitionerRoles}.
 *
 * @category FHIR
 */
export interface PractitionerRoleOptions {
  /** The code system of role ids; {@link ROLE_SYSTEM} when left out. */
  readonly roleSystem?: string;
  /** A reference to the organisation, such as `Organization/clinic-1`. */
  readonly organization?: string;
}

/**
 * Writes the eligible windows among eligibility windows as FHIR R4 PractitionerRole resources
 * (one per window): practitioner, role code, period, and `active: true`.
 *
 * @param windows - eligibility windows from {@link computeEligibilityWindows}
 * @param options - the role code system and organisation
 * @returns the PractitionerRole resources
 * @throws PracticeOpsError `INVALID_INPUT` for malformed windows
 * @example
 * ```ts
 * toFhirPractitionerRoles([{ staffId: 'ana', roleId: 'ma', from: '2026-01-01', to: '2026-06-30', eligible: true, reason: 'holds cma' }]);
 * ```
 * @category FHIR
 */
export function toFhirPractitionerRoles(windows: readonly EligibilityWindow[], options: PractitionerRoleOptions = {}): PractitionerRole[] {
  const list = parseInput(z.array(EligibilityWindowSchema), windows, { label: 'windows' });
  const o = parseInput(z.object({ roleSystem: z.string().min(1).optional(), organization: z.string().min(1).optional() }), options, { label: 'options' });
  return list
    .filter((w) => w.eligible)
    .map((w) => ({
      resourceType: 'PractitionerRole' as const,
      id: `${w.staffId}-${w.roleId}-${w.from}`,
      active: true,
      period: { start: w.from, ...(w.to === undefined ? {} : { end: w.to }) },
      practitioner: { reference: `Practitioner/${w.staffId}` },
      ...(o.organization === undefined ? {} : { organization: { reference: o.organization } }),
      code: [{ coding: [{ system: o.roleSystem ?? ROLE_SYSTEM, code: w.roleId }] }],
    }));
}

const PractitionerRoleIn = z
  .object({
    resourceType: z.literal('PractitionerRole'),
    id: z.string().optional(),
    active: z.boolean().optional(),
    period: z.object({ start: z.string().optional(), end: z.string().optional() }).loose().optional(),
    practitioner: z.object({ reference: z.string().optional() }).loose().optional(),
    code: z.array(z.object({ coding: z.array(CodingIn).optional() }).loose()).optional(),
  })
  .loose();

/**
 * Reads a FHIR R4 PractitionerRole as an eligibility window: the practitioner reference's id, the
 * first role code (of `roleSystem` when given), the period, and eligible unless `active` is false.
 *
 * @param role - the PractitionerRole resource (untrusted JSON)
 * @param options - the role code system to pick the code from
 * @returns the eligibility window
 * @throws PracticeOpsError `INVALID_INPUT` when the practitioner, role code or start date is missing
 * @example
 * ```ts
 * fromFhirPractitionerRole({ resourceType: 'PractitionerRole', practitioner: { reference: 'Practitioner/ana' },
 *   code: [{ coding: [{ code: 'ma' }] }], period: { start: '2026-01-01' } });
 * // { staffId: 'ana', roleId: 'ma', from: '2026-01-01', eligible: true, reason: 'FHIR PractitionerRole' }
 * ```
 * @category FHIR
 */
export function fromFhirPractitionerRole(role: unknown, options: Pick<PractitionerRoleOptions, 'roleSystem'> = {}): EligibilityWindow {
  const r = parseInput(PractitionerRoleIn, role, { label: 'PractitionerRole' });
  const { roleSystem } = parseInput(z.object({ roleSystem: z.string().optional() }), options, { label: 'options' });
  const reference = r.practitioner?.reference;
  const staffId = reference?.startsWith('Practitioner/') === true ? reference.slice('Practitioner/'.length) : undefined;
  const codings = (r.code ?? []).flatMap((c) => c.coding ?? []);
  const roleId = codings.find((c) => c.code !== undefined && (roleSystem === undefined || c.system === roleSystem))?.code;
  const from = dateOf(r.period?.start);
  const to = dateOf(r.period?.end);
  return parseInput(
    EligibilityWindowSchema,
    {
      staffId,
      roleId,
      from,
      ...(to === undefined ? {} : { to }),
      eligible: r.active !== false,
      reason: r.id === undefined ? 'FHIR PractitionerRole' : `FHIR PractitionerRole ${r.id}`,
    },
    { label: 'PractitionerRole' },
  );
}
