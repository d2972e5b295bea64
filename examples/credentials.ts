// Credentials: a morning check for a small New York practice.
// Run with: npx tsx examples/credentials.ts
import { isPracticeOpsError } from 'practiceops';
import {
  addCredential,
  checkDea,
  checkExamEligibility,
  checkNpi,
  CMM_EXAM_ELIGIBILITY,
  computeEligibilityWindows,
  createCredentialRegistry,
  credentialAlerts,
  credentialsCatalog,
  importCredentials,
  parseCredentialsSnapshot,
  renewCredential,
  toFhirPractitioner,
} from 'practiceops/credentials';
import { compilePolicy, evaluate } from 'practiceops/rules';

const today = '2026-11-23';
const at = '2026-11-23T08:30:00-05:00';

// 1. Existing records come in; a bad NPI is a warning, not a rejection.
const imported = importCredentials([
  { id: 'ana-bls', staffId: 'ana', typeId: 'bls', issued: '2024-12-05', expires: '2026-12-31' },
  { id: 'ana-cma', staffId: 'ana', typeId: 'cma', issued: '2022-01-12' },
  { id: 'lee-npi', staffId: 'lee', typeId: 'npi', identifier: '1122334499', issued: '2015-06-01' },
  { id: 'lee-dea', staffId: 'lee', typeId: 'dea-registration', states: ['NY'], identifier: 'AB1234563', issued: '2024-06-01', expires: '2027-01-31' },
  { id: 'bo-rn', staffId: 'bo', typeId: 'rn-license', states: ['NY'], issued: '2020-01-01', expires: '2026-11-01' },
  { id: 'bo-bls', staffId: 'bo', typeId: 'bls', issued: '2025-06-01', expires: '2027-06-30' },
]);
if (!imported.ok) throw imported.error;
console.log('Import warnings:');
for (const warning of imported.value.warnings) console.log(`  ${warning.message}`);

// 2. The registry computes expiries from renewal rules and keeps an audit trail.
let registry = createCredentialRegistry(imported.value.credentials);
console.log(`\nCMA certified 2022-01-12 is current through ${registry.credentials.find((c) => c.id === 'ana-cma')?.expires}`);
registry = addCredential(registry, { id: 'ana-bbp', staffId: 'ana', typeId: 'osha-bbp', issued: '2025-12-01' }, { at, actor: 'office-manager' }).registry;
registry = renewCredential(registry, 'bo-rn', { renewedOn: '2026-11-20', expires: '2029-10-31' }, { at, actor: 'office-manager' }).registry;
for (const entry of registry.audit) console.log(`  audit #${entry.seq} ${entry.action} ${entry.credentialId} by ${entry.actor ?? '?'} (${entry.patches.length} patch(es))`);

// 3. Alerts at 90/60/30/0 days and overdue, with the shifts a lapse would touch.
const requirements = [
  { roleId: 'ma', requires: { allOf: ['bls', { anyOf: ['cma', 'rma'] }] } },
  { roleId: 'rn', requires: { allOf: ['rn-license', 'bls'] } },
  { roleId: 'prescriber', requires: { allOf: ['npi', 'dea-registration'] } },
];
const shifts = [
  { id: 'mon-ma', staffId: 'ana', roleId: 'ma', date: '2027-01-04' },
  { id: 'tue-rx', staffId: 'lee', roleId: 'prescriber', date: '2027-02-02' },
];
console.log('\nAlerts:');
for (const alert of credentialAlerts({ today, credentials: registry.credentials, requirements, shifts, state: 'NY' })) {
  console.log(`  [${String(alert.threshold)}] ${alert.message}${alert.affectedShifts.length ? ` -> ${alert.affectedShifts.map((s) => s.id).join(', ')}` : ''}`);
}

// 4. Eligibility windows for the rota (the core EligibilityWindow type).
console.log('\nEligibility windows (Dec 2026 - Feb 2027):');
for (const w of computeEligibilityWindows({ credentials: registry.credentials, requirements, state: 'NY', from: '2026-12-01', to: '2027-02-28' })) {
  console.log(`  ${w.staffId.padEnd(4)} ${w.roleId.padEnd(10)} ${w.from} .. ${w.to ?? 'open'}  ${w.eligible ? 'may work  ' : 'may NOT   '} ${w.reason}`);
}

// 5. Identifiers and exam eligibility.
console.log('\nIdentifiers:');
for (const npi of ['1234567893', '1122334499', '9941339100']) console.log(`  NPI ${npi}: ${checkNpi(npi).valid ? 'valid' : checkNpi(npi).message}`);
for (const dea of ['AB1234563', 'AB1234569']) console.log(`  DEA ${dea}: ${checkDea(dea).valid ? 'valid' : checkDea(dea).message}`);
const cmm = checkExamEligibility(
  CMM_EXAM_ELIGIBILITY,
  { experience: [{ setting: 'physician-practice', from: '2023-03-01' }], collegeCredits: [{ subject: 'business-management', hours: 9 }] },
  { asOf: today },
);
console.log(`\nCMM exam: ${cmm.eligible ? 'eligible' : 'not yet eligible'}; missing: ${cmm.missing.map((c) => c.message).join('; ') || 'nothing'}`);

// 6. The rule catalog, as the daily review runs it.
const snapshot = parseCredentialsSnapshot({ state: 'NY', credentials: [...registry.credentials], requirements, shifts, staff: [{ id: 'bo', name: 'Bo Chen', roles: ['rn'] }] });
const findings = evaluate(compilePolicy(credentialsCatalog, { extends: 'recommended' }), snapshot, { today });
console.log(`\nFindings (${findings.length}):`);
for (const f of findings) console.log(`  ${f.severity.padEnd(5)} ${f.ruleId.padEnd(32)} ${f.message}`);

// 7. FHIR R4 Practitioner with qualifications.
const practitioner = toFhirPractitioner('lee', registry.credentials);
console.log(`\nFHIR Practitioner/${practitioner.id}: ${practitioner.qualification?.length ?? 0} qualifications, identifier ${practitioner.identifier?.[0]?.value ?? '-'}`);

// 8. Bad input is a typed error.
try {
  addCredential(registry, { id: 'x', staffId: 'ana', typeId: 'bls', issued: '2026-01-10', expires: '2025-01-10' }, { at });
} catch (error) {
  if (isPracticeOpsError(error)) console.log(`\nRejected: ${error.code} at ${error.path.join('.')}: ${error.message}`);
}
