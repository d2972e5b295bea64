/**
 * Credentials of a medical practice: credential types as data (with state figures), renewal
 * rules in all their shapes, continuing education, staff credentials with an audited registry,
 * role requirements and eligibility windows for the rota, exam eligibility, renewal alerts,
 * NPI and DEA checks, FHIR R4 Practitioner.qualification and PractitionerRole, and a rule catalog.
 *
 * @module credentials
 */
export {
  StateCodeSchema,
  CredentialTypeIdSchema,
  RenewalRuleSchema,
  ContinuingEducationRuleSchema,
  StateRuleSchema,
  FhirCodingSchema,
  CredentialTypeSchema,
  VerificationSchema,
  DocumentReferenceSchema,
  CredentialStatusSchema,
  StaffCredentialSchema,
  CeCreditSchema,
  RequirementSchema,
  RoleRequirementSchema,
  TrainingEventSchema,
  RotaShiftSchema,
  StaffMemberSchema,
  ChangeInfoSchema,
} from './schemas.js';
export type {
  StateCode,
  CredentialTypeId,
  RenewalRule,
  ContinuingEducationRule,
  StateRule,
  FhirCoding,
  CredentialType,
  Verification,
  DocumentReference,
  CredentialStatus,
  StaffCredential,
  StaffCredentialInput,
  CeCredit,
  Requirement,
  RoleRequirement,
  TrainingEvent,
  RotaShift,
  StaffMember,
  AuditEntry,
  AuditPatch,
  ChangeInfo,
} from './schemas.js';
export { US_CREDENTIAL_TYPES, NURSE_LICENSURE_COMPACT, V2_0360_SYSTEM, PRACTICEOPS_CREDENTIAL_SYSTEM, extendCredentialTypes } from './credential-types.js';
export type { InterstateCompact } from './credential-types.js';
export { ExpiryDatesSchema, computeExpiry, nextCycleEnd, renewalWindowOpens } from './compute-expiry.js';
export type { ExpiryDates } from './compute-expiry.js';
export { credentialStanding } from './credential-standing.js';
export type { CredentialStanding, CredentialStandingOptions } from './credential-standing.js';
export { CycleSchema, ContinuingEducationInputSchema, checkContinuingEducation } from './check-continuing-education.js';
export type { Cycle, ContinuingEducationInput, ContinuingEducationResult, CeShortfall, ExcludedCredit } from './check-continuing-education.js';
export {
  ExamConditionSchema,
  ExamEligibilityRuleSchema,
  CandidateSchema,
  CMM_EXAM_ELIGIBILITY,
  checkExamEligibility,
} from './check-exam-eligibility.js';
export type {
  ExamCondition,
  ExamEligibilityRule,
  Candidate,
  ConditionResult,
  ExamEligibilityResult,
  PathwayResult,
  CheckExamEligibilityOptions,
} from './check-exam-eligibility.js';
export {
  EligibilityInputSchema,
  RoleEligibilityInputSchema,
  computeEligibilityWindows,
  checkRoleEligibility,
} from './compute-eligibility-windows.js';
export type { EligibilityInput, RoleEligibilityInput, RoleEligibility } from './compute-eligibility-windows.js';
export { CredentialAlertsInputSchema, credentialAlerts } from './credential-alerts.js';
export type { CredentialAlertsInput, CredentialAlert } from './credential-alerts.js';
export { checkNpi } from './check-npi.js';
export type { IdentifierCheck } from './check-npi.js';
export { checkDea } from './check-dea.js';
export type { CheckDeaOptions, DeaCheck } from './check-dea.js';
export {
  RenewalSchema,
  RevocationSchema,
  createCredentialRegistry,
  addCredential,
  renewCredential,
  verifyCredential,
  revokeCredential,
  undoLastChange,
} from './registry.js';
export type { CredentialRegistry, RegistryChange, RegistryOptions, Renewal, Revocation } from './registry.js';
export { importCredentials } from './import-credentials.js';
export type { ImportWarning, ImportedCredentials, ImportCredentialsOptions } from './import-credentials.js';
export {
  NPI_SYSTEM,
  IDENTIFIER_TYPE_SYSTEM,
  CREDENTIAL_STATE_EXTENSION,
  MULTISTATE_EXTENSION,
  ROLE_SYSTEM,
  toFhirQualification,
  toFhirPractitioner,
  fromFhirQualification,
  fromFhirPractitioner,
  toFhirPractitionerRoles,
  fromFhirPractitionerRole,
} from './fhir.js';
export type { FhirOptions, PractitionerRoleOptions } from './fhir.js';
export { CredentialsSnapshotSchema, CredentialsContextSchema, parseCredentialsSnapshot } from './snapshot.js';
export type { CredentialsSnapshot, CredentialsSnapshotInput, CredentialsContext } from './snapshot.js';
export { credentialsCatalog, credentialsPolicyJsonSchema } from './catalog.js';
export { expiringRule } from './rules/expiring.js';
export { expiredRule } from './rules/expired.js';
export { ineligibleShiftRule } from './rules/ineligible-shift.js';
export { roleRequirementUnmetRule } from './rules/role-requirement-unmet.js';
export { unverifiedRule } from './rules/unverified.js';
export { invalidIdentifierRule } from './rules/invalid-identifier.js';
export { ceShortfallRule } from './rules/ce-shortfall.js';
