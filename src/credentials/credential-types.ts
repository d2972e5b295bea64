import { z } from 'zod';
import { parseInput } from '../core/parse.js';
import { CredentialTypeSchema, type CredentialType } from './schemas.js';

/**
 * The code system of HL7 v2 table 0360 (degree / licence / certificate), used for RN, LPN, CMA and RMA.
 *
 * @example
 * ```ts
 * toFhirQualification(rnLicence).code.coding?.[0]?.system === V2_0360_SYSTEM; // true for an RN licence
 * ```
 * @category Credential types
 */
export const V2_0360_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7';

/**
 * The practiceops code system for credential types that HL7 v2 table 0360 does not name.
 *
 * @example
 * ```ts
 * const bls = qualification.code.coding?.find((c) => c.system === PRACTICEOPS_CREDENTIAL_SYSTEM);
 * ```
 * @category Credential types
 */
export const PRACTICEOPS_CREDENTIAL_SYSTEM = 'https://practiceops.dev/fhir/CodeSystem/credential-type';

const V2 = V2_0360_SYSTEM;
const PO = PRACTICEOPS_CREDENTIAL_SYSTEM;
const VERIFY = 'Figures shipped as sample data: check them against the board before relying on them.';

/**
 * An interstate licensure compact: its name, member states and the source of the list.
 *
 * @category Credential types
 */
export interface InterstateCompact {
  /** The compact's name. */
  readonly name: string;
  /** Member states (two-letter codes). */
  readonly states: readonly string[];
  /** Where the member list comes from. */
  readonly source: string;
}

/**
 * The Nurse Licensure Compact's implemented member states as shipped (sample data: states join and
 * implement over time, so check ncsbn.org and replace the list with {@link extendCredentialTypes}).
 * A multistate RN or LPN licence issued by a member state counts in every member state.
 *
 * @example
 * ```ts
 * NURSE_LICENSURE_COMPACT.states.includes('TX'); // true
 * ```
 * @category Credential types
 */
export const NURSE_LICENSURE_COMPACT: InterstateCompact = /* @__PURE__ */ Object.freeze({
  name: 'Nurse Licensure Compact',
  states: Object.freeze([
    'AL', 'AZ', 'AR', 'CO', 'DE', 'FL', 'GA', 'GU', 'ID', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MS', 'MO', 'MT', 'NE', 'NH',
    'NJ', 'NM', 'NC', 'ND', 'OH', 'OK', 'PA', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'VI', 'WA', 'WV', 'WI', 'WY',
  ]),
  source: 'NCSBN Nurse Licensure Compact map (implemented states); sample data, check before relying on it',
});


const RAW_TYPES: readonly z.input<typeof CredentialTypeSchema>[] = [
  {
    id: 'rn-license',
    name: 'Registered Nurse licence',
    abbreviation: 'RN',
    kind: 'licence',
    issuer: { name: 'State board of nursing' },
    scope: { kind: 'state', states: ['CA', 'TX', 'FL', 'PA', 'NY'] },
    renewal: { kind: 'issuer-set', typicalMonths: 24 },
    stateRules: {
      CA: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: { total: 30, unit: 'hours' },
        source: 'California Board of Registered Nursing: 30 contact hours every two years',
      },
      TX: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: { total: 20, unit: 'hours' },
        source: 'Texas Board of Nursing: 20 contact hours per two-year licensing period',
      },
      FL: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: {
          total: 24,
          unit: 'hours',
          categories: [
            { category: 'prevention-of-medical-errors', minimum: 2 },
            { category: 'florida-laws-and-rules', minimum: 2 },
            { category: 'human-trafficking', minimum: 2 },
            { category: 'recognizing-impairment', minimum: 2 },
          ],
        },
        source: 'Florida Board of Nursing: 24 contact hours per biennium with mandatory subjects',
      },
      PA: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: { total: 30, unit: 'hours', categories: [{ category: 'child-abuse-recognition', minimum: 2 }] },
        source: 'Pennsylvania State Board of Nursing: 30 hours per biennium, 2 on child abuse recognition',
      },
      NY: { renewal: { kind: 'issuer-set', typicalMonths: 36 }, note: 'Registration renews every three years.', source: 'NYSED Office of the Professions' },
    },
    compact: { ...NURSE_LICENSURE_COMPACT, states: [...NURSE_LICENSURE_COMPACT.states] },
    fhir: { system: V2, code: 'RN', display: 'Registered Nurse' },
    source: VERIFY,
  },
  {
    id: 'lpn-license',
    name: 'Licensed Practical Nurse licence',
    abbreviation: 'LPN',
    kind: 'licence',
    issuer: { name: 'State board of nursing' },
    scope: { kind: 'state', states: ['FL', 'NY'] },
    renewal: { kind: 'issuer-set', typicalMonths: 24 },
    stateRules: {
      FL: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: { total: 24, unit: 'hours' },
        source: 'Florida Board of Nursing: 24 contact hours per biennium',
      },
      NY: { renewal: { kind: 'issuer-set', typicalMonths: 36 }, source: 'NYSED Office of the Professions' },
    },
    compact: { ...NURSE_LICENSURE_COMPACT, states: [...NURSE_LICENSURE_COMPACT.states] },
    fhir: { system: V2, code: 'LPN', display: 'Licensed Practical Nurse' },
    source: VERIFY,
  },
  {
    id: 'cma',
    name: 'Certified Medical Assistant (AAMA)',
    abbreviation: 'CMA (AAMA)',
    kind: 'certification',
    issuer: { name: 'American Association of Medical Assistants', url: 'https://www.aama-ntl.org' },
    scope: { kind: 'national' },
    renewal: { kind: 'month-end', months: 60 },
    continuingEducation: {
      total: 60,
      unit: 'points',
      categories: [
        { category: 'administrative', minimum: 10 },
        { category: 'clinical', minimum: 10 },
        { category: 'general', minimum: 10 },
      ],
      approvedProviders: { providers: ['AAMA'], minimum: 30 },
    },
    fhir: { system: V2, code: 'CMA', display: 'Certified Medical Assistant' },
    source: 'AAMA: current for 60 months, to the last day of the month; 60 recertification points with 10 administrative, 10 clinical, 10 general and 30 AAMA-approved',
  },
  {
    id: 'rma',
    name: 'Registered Medical Assistant (AMT)',
    abbreviation: 'RMA (AMT)',
    kind: 'certification',
    issuer: { name: 'American Medical Technologists', url: 'https://americanmedtech.org' },
    scope: { kind: 'national' },
    renewal: { kind: 'fixed-cycle', months: 36 },
    continuingEducation: { total: 30, unit: 'points' },
    fhir: { system: V2, code: 'RMA', display: 'Registered Medical Assistant' },
    source: 'AMT Certification Continuation Program: 30 points per three-year cycle',
  },
  {
    id: 'cmm',
    name: 'Certified Medical Manager (PAHCOM)',
    abbreviation: 'CMM',
    kind: 'certification',
    issuer: { name: 'Professional Association of Health Care Office Management' },
    scope: { kind: 'national' },
    renewal: { kind: 'fixed-cycle', months: 24 },
    continuingEducation: { total: 24, unit: 'ceu' },
    fhir: { system: PO, code: 'CMM', display: 'Certified Medical Manager' },
    source: VERIFY,
  },
  {
    id: 'bls',
    name: 'Basic Life Support (CPR)',
    abbreviation: 'BLS',
    kind: 'training',
    issuer: { name: 'American Heart Association' },
    scope: { kind: 'national' },
    renewal: { kind: 'month-end', months: 24 },
    fhir: { system: PO, code: 'BLS', display: 'Basic Life Support' },
    source: 'AHA course cards: recommended renewal by the end of the month two years after the course',
  },
  {
    id: 'dea-registration',
    name: 'DEA controlled-substance registration',
    abbreviation: 'DEA',
    kind: 'registration',
    issuer: { name: 'U.S. Drug Enforcement Administration', url: 'https://www.deadiversion.usdoj.gov' },
    scope: { kind: 'state', states: [] },
    renewal: { kind: 'issuer-set', typicalMonths: 36, windowOpensDaysBefore: 60 },
    identifierKind: 'dea',
    fhir: { system: PO, code: 'DEA', display: 'DEA registration' },
    source: 'DEA Diversion Control: practitioner registrations run 36 months; renewal opens 60 days before expiry',
  },
  {
    id: 'npi',
    name: 'National Provider Identifier',
    abbreviation: 'NPI',
    kind: 'identifier',
    issuer: { name: 'CMS NPPES' },
    scope: { kind: 'national' },
    renewal: { kind: 'none' },
    identifierKind: 'npi',
    fhir: { system: PO, code: 'NPI', display: 'National Provider Identifier' },
    source: 'CMS NPPES: an NPI is assigned once and does not expire (45 CFR 162 subpart D)',
  },
  {
    id: 'osha-bbp',
    name: 'OSHA bloodborne-pathogens training',
    abbreviation: 'BBP',
    kind: 'training',
    issuer: { name: 'Employer (OSHA 29 CFR 1910.1030)' },
    scope: { kind: 'national' },
    renewal: { kind: 'rolling-days', days: 365 },
    fhir: { system: PO, code: 'OSHA-BBP', display: 'OSHA bloodborne-pathogens training' },
    source: '29 CFR 1910.1030(g)(2)(ii)(B): at least annually, within one year of the previous training',
  },
  {
    id: 'hipaa-training',
    name: 'HIPAA privacy and security training',
    abbreviation: 'HIPAA',
    kind: 'training',
    issuer: { name: 'Employer (45 CFR 164.530(b))' },
    scope: { kind: 'national' },
    renewal: { kind: 'event-driven', events: ['policy-change'], dueWithinDays: 30, everyDays: 365 },
    fhir: { system: PO, code: 'HIPAA', display: 'HIPAA training' },
    source: '45 CFR 164.530(b)(2): train within a reasonable period after a material policy change; 30 days and an annual refresher are practice defaults',
  },
  {
    id: 'clia-certificate',
    name: 'CLIA certificate',
    abbreviation: 'CLIA',
    kind: 'certificate',
    issuer: { name: 'Centers for Medicare & Medicaid Services' },
    scope: { kind: 'national' },
    renewal: { kind: 'issuer-set', typicalMonths: 24 },
    fhir: { system: PO, code: 'CLIA', display: 'CLIA certificate' },
    source: '42 CFR 493: certificates are valid for up to two years',
  },
  {
    id: 'lcsw-license',
    name: 'Licensed Clinical Social Worker licence',
    abbreviation: 'LCSW',
    kind: 'licence',
    issuer: { name: 'State social work board' },
    scope: { kind: 'state', states: ['CA', 'NY', 'TX'] },
    renewal: { kind: 'issuer-set', typicalMonths: 24 },
    stateRules: {
      CA: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: { total: 36, unit: 'hours', categories: [{ category: 'law-and-ethics', minimum: 6 }] },
        source: 'California BBS: 36 hours per two-year renewal, 6 in law and ethics',
      },
      NY: {
        renewal: { kind: 'issuer-set', typicalMonths: 36 },
        continuingEducation: { total: 36, unit: 'hours' },
        source: 'NYSED: 36 hours per three-year registration',
      },
      TX: {
        renewal: { kind: 'issuer-set', typicalMonths: 24 },
        continuingEducation: { total: 30, unit: 'hours', categories: [{ category: 'ethics', minimum: 6 }] },
        source: 'Texas BSWE: 30 hours per two years, 6 in ethics',
      },
    },
    fhir: { system: PO, code: 'LCSW', display: 'Licensed Clinical Social Worker' },
    source: VERIFY,
  },
  {
    id: 'nha-license',
    name: 'Nursing home administrator licence',
    abbreviation: 'NHA',
    kind: 'licence',
    issuer: { name: 'State board of nursing home administrators' },
    scope: { kind: 'state', states: [] },
    renewal: { kind: 'issuer-set', typicalMonths: 24 },
    continuingEducation: { total: 40, unit: 'hours', approvedProviders: { providers: ['NAB'], minimum: 20 } },
    fhir: { system: PO, code: 'NHA', display: 'Nursing Home Administrator' },
    source: VERIFY,
  },
  {
    id: 'rhia',
    name: 'Registered Health Information Administrator (AHIMA)',
    abbreviation: 'RHIA',
    kind: 'certification',
    issuer: { name: 'American Health Information Management Association', url: 'https://www.ahima.org' },
    scope: { kind: 'national' },
    renewal: { kind: 'fixed-cycle', months: 24 },
    continuingEducation: { total: 30, unit: 'ceu' },
    fhir: { system: PO, code: 'RHIA', display: 'Registered Health Information Administrator' },
    source: 'AHIMA recertification: 30 CEUs per two-year cycle',
  },
  {
    id: 'rhit',
    name: 'Registered Health Information Technician (AHIMA)',
    abbreviation: 'RHIT',
    kind: 'certification',
    issuer: { name: 'American Health Information Management Association', url: 'https://www.ahima.org' },
    scope: { kind: 'national' },
    renewal: { kind: 'fixed-cycle', months: 24 },
    continuingEducation: { total: 20, unit: 'ceu' },
    fhir: { system: PO, code: 'RHIT', display: 'Registered Health Information Technician' },
    source: 'AHIMA recertification: 20 CEUs per two-year cycle',
  },
];

/**
 * The credential types of a US practice that the library ships: RN and LPN licences (figures by
 * state), CMA (AAMA), RMA (AMT), CMM (PAHCOM), BLS, DEA registration, NPI, OSHA bloodborne-pathogen
 * and HIPAA training, CLIA certificate, LCSW, nursing-home administrator, AHIMA RHIA and RHIT.
 * Extend it with {@link extendCredentialTypes}.
 *
 * @example
 * ```ts
 * US_CREDENTIAL_TYPES.find((t) => t.id === 'cma')?.renewal; // { kind: 'month-end', months: 60 }
 * ```
 * @category Credential types
 */
export const US_CREDENTIAL_TYPES: readonly CredentialType[] = /* @__PURE__ */ Object.freeze(
  RAW_TYPES.map((raw) => Object.freeze(CredentialTypeSchema.parse(raw))),
);

/**
 * Adds credential types to a catalog (or replaces ones with the same id), validating each.
 *
 * @param base - the catalog to start from, usually {@link US_CREDENTIAL_TYPES}
 * @param extra - types to add or replace, as data
 * @returns a new catalog, ordered as the base with new ids at the end
 * @throws PracticeOpsError `INVALID_INPUT` for a malformed type (path names its index)
 * @example
 * ```ts
 * const types = extendCredentialTypes(US_CREDENTIAL_TYPES, [{ id: 'acls', name: 'ACLS', issuer: { name: 'AHA' },
 *   scope: { kind: 'national' }, renewal: { kind: 'month-end', months: 24 }, fhir: { system: 'urn:x', code: 'ACLS' } }]);
 * ```
 * @category Credential types
 */
export function extendCredentialTypes(base: readonly CredentialType[], extra: readonly unknown[]): readonly CredentialType[] {
  const parsedBase = parseInput(z.array(CredentialTypeSchema), base, { label: 'base credential types' });
  const parsedExtra = parseInput(z.array(CredentialTypeSchema), extra, { label: 'credential types' });
  const byId = new Map<string, CredentialType>();
  for (const type of [...parsedBase, ...parsedExtra]) byId.set(type.id, type);
  return Object.freeze([...byId.values()].map((type) => Object.freeze(type)));
}
