import type { Practitioner } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import {
  fromFhirPractitioner,
  fromFhirPractitionerRole,
  fromFhirQualification,
  importCredentials,
  NPI_SYSTEM,
  toFhirPractitioner,
  toFhirPractitionerRoles,
  toFhirQualification,
} from 'practiceops/credentials';

describe('importCredentials', () => {
  it('keeps records with a bad NPI or DEA number and warns', () => {
    const r = importCredentials([
      { id: 'n1', staffId: 'lee', typeId: 'npi', identifier: '1122334499', issued: '2015-06-01' },
      { id: 'd1', staffId: 'lee', typeId: 'dea-registration', states: ['NY'], identifier: 'ab1234563-x1', issued: '2024-06-01', expires: '2027-05-31' },
      { id: 'd2', staffId: 'kim', typeId: 'dea-registration', states: ['NY'], identifier: 'AB1234569', issued: '2024-06-01', expires: '2027-05-31' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.credentials).toHaveLength(3);
    expect(r.value.credentials[1]?.identifier).toBe('AB1234563-X1');
    expect(r.value.warnings.map((w) => [w.credentialId, w.reason, w.path])).toEqual([
      ['n1', 'check-digit', [0, 'identifier']],
      ['d2', 'check-digit', [2, 'identifier']],
    ]);
  });
  it('warns on a state licence without its state', () => {
    const r = importCredentials([{ id: 'rn', staffId: 'bo', typeId: 'rn-license', issued: '2020-01-01', expires: '2027-01-31' }]);
    expect(r.ok && r.value.warnings.map((w) => [w.code, w.path])).toEqual([['missing-state', [0, 'states']]]);
  });
  it('fails on unusable records, listing every problem', () => {
    const r = importCredentials([
      { id: 'a', staffId: 'x', typeId: 'warp-drive', issued: '2020-01-01' },
      { id: 'b', staffId: 'x', typeId: 'bls', issued: '2020-01-01', expires: '2019-01-01' },
      { id: 'c', staffId: 'x', typeId: 'bls', issued: 'not a date' },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('UNKNOWN_REFERENCE');
    expect([...new Set(r.error.issues.map((i) => JSON.stringify(i.path)))]).toEqual(['[0,"typeId"]', '[1,"expires"]', '[2,"issued"]']);
  });
});

describe('FHIR R4', () => {
  const credential = { id: 'rn1', staffId: 'ana', typeId: 'rn-license', states: ['NY'], identifier: '123456', issued: '2020-01-01', expires: '2026-12-31' };
  it('writes a qualification with identifier, code, period, issuer and state', () => {
    const q = toFhirQualification(credential);
    expect(q).toEqual({
      id: 'rn1',
      extension: [{ url: 'https://practiceops.dev/fhir/StructureDefinition/credential-state', valueCode: 'NY' }],
      identifier: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'LN' }] }, value: '123456' }],
      code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7', code: 'RN', display: 'Registered Nurse' }], text: 'Registered Nurse licence' },
      period: { start: '2020-01-01', end: '2026-12-31' },
      issuer: { display: 'State board of nursing (NY)' },
    });
  });
  it('carries a multistate licence through the extension', () => {
    const q = toFhirQualification({ ...credential, states: ['TX'], multistate: true });
    expect(q.extension?.map((e) => e.url.split('/').pop())).toEqual(['credential-state', 'credential-multistate']);
    expect(fromFhirQualification(q, 'ana')).toMatchObject({ states: ['TX'], multistate: true });
  });
  it('round-trips through a Practitioner', () => {
    const npi = { id: 'n1', staffId: 'ana', typeId: 'npi', identifier: '1234567893', issued: '2015-06-01' };
    const practitioner: Practitioner = toFhirPractitioner('ana', [credential, npi, { ...credential, id: 'other', staffId: 'bo' }]);
    expect(practitioner.identifier).toEqual([{ system: NPI_SYSTEM, type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'NPI' }] }, value: '1234567893' }]);
    expect(practitioner.qualification).toHaveLength(2);
    const back = fromFhirPractitioner(JSON.parse(JSON.stringify(practitioner)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.warnings).toEqual([]);
    expect(back.value.credentials).toEqual([
      expect.objectContaining({ id: 'rn1', typeId: 'rn-license', states: ['NY'], identifier: '123456', issued: '2020-01-01', expires: '2026-12-31' }),
      expect.objectContaining({ id: 'n1', typeId: 'npi', identifier: '1234567893', issued: '2015-06-01' }),
    ]);
  });
  it("warns on the FHIR R4 example practitioner's NPI 1122334499", () => {
    const r = fromFhirPractitioner({ resourceType: 'Practitioner', id: 'example', identifier: [{ system: NPI_SYSTEM, value: '1122334499' }] });
    expect(r.ok && r.value.warnings.map((w) => [w.reason, w.path])).toEqual([['check-digit', ['identifier', 0, 'value']]]);
  });
  it('matches HL7 v2-0360 codes whatever the table version, and rejects unknown codes', () => {
    const c = fromFhirQualification({ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360', code: 'LPN' }] }, period: { start: '2021-05-01T00:00:00Z', end: '2025-05-01' } }, 'bo');
    expect(c).toMatchObject({ typeId: 'lpn-license', issued: '2021-05-01', expires: '2025-05-01', staffId: 'bo' });
    expect(() => fromFhirQualification({ code: { coding: [{ system: 'urn:x', code: 'PILOT' }] }, period: { start: '2020-01-01' } }, 'bo')).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }),
    );
    expect(() => fromFhirQualification({ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7', code: 'RN' }] } }, 'bo')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['period', 'start'] }),
    );
    expect(() =>
      fromFhirQualification({ code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0360/2.7', code: 'RN' }] }, period: { start: '2020-01-01', end: '2019-01-01' } }, 'bo'),
    ).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
  });
  it('writes eligible windows as PractitionerRoles and reads them back', () => {
    const roles = toFhirPractitionerRoles(
      [
        { staffId: 'ana', roleId: 'ma', from: '2026-01-01', to: '2026-06-30', eligible: true, reason: 'holds bls, cma' },
        { staffId: 'ana', roleId: 'ma', from: '2026-07-01', eligible: false, reason: 'missing bls' },
      ],
      { organization: 'Organization/clinic' },
    );
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ resourceType: 'PractitionerRole', active: true, period: { start: '2026-01-01', end: '2026-06-30' }, practitioner: { reference: 'Practitioner/ana' } });
    expect(fromFhirPractitionerRole(roles[0])).toMatchObject({ staffId: 'ana', roleId: 'ma', from: '2026-01-01', to: '2026-06-30', eligible: true });
    expect(() => fromFhirPractitionerRole({ resourceType: 'PractitionerRole', code: [{ coding: [{ code: 'ma' }] }], period: { start: '2026-01-01' } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['staffId'] }),
    );
  });
});
