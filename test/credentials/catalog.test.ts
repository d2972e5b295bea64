import { describe, expect, it } from 'vitest';
import { compilePolicy, evaluate } from 'practiceops/rules';
import { credentialsCatalog, credentialsPolicyJsonSchema, parseCredentialsSnapshot, type CredentialsContext, type CredentialsSnapshot } from 'practiceops/credentials';

const snapshot = parseCredentialsSnapshot({
  state: 'NY',
  staff: [
    { id: 'ana', name: 'Ana Ruiz', roles: ['ma'] },
    { id: 'lee', name: 'Dr Lee', lastName: 'Lee', roles: ['physician'] },
    { id: 'bo', name: 'Bo Chen', roles: ['rn'] },
  ],
  requirements: [
    { roleId: 'ma', requires: { allOf: ['bls', { anyOf: ['cma', 'rma'] }] } },
    { roleId: 'rn', requires: { allOf: ['rn-license', 'bls'] } },
  ],
  credentials: [
    { id: 'ana-bls', staffId: 'ana', typeId: 'bls', issued: '2024-12-05', expires: '2026-12-31' },
    { id: 'ana-cma', staffId: 'ana', typeId: 'cma', issued: '2022-01-12', expires: '2027-01-31', verifications: [{ source: 'AAMA', date: '2022-02-01', result: 'verified' }] },
    { id: 'lee-npi', staffId: 'lee', typeId: 'npi', identifier: '1122334499', issued: '2015-06-01' },
    { id: 'lee-dea', staffId: 'lee', typeId: 'dea-registration', states: ['NY'], identifier: 'AB1234563', issued: '2024-06-01', expires: '2027-05-31', verifications: [{ source: 'DEA', date: '2024-06-10', result: 'verified' }] },
    { id: 'bo-rn', staffId: 'bo', typeId: 'rn-license', states: ['NY'], issued: '2020-01-01', expires: '2026-11-01' },
    { id: 'bo-bls', staffId: 'bo', typeId: 'bls', issued: '2025-06-01', expires: '2027-06-30' },
  ],
  shifts: [
    { id: 'sh-1', staffId: 'ana', roleId: 'ma', date: '2027-01-04' },
    { id: 'sh-2', staffId: 'bo', roleId: 'rn', date: '2026-11-24' },
  ],
  ceCredits: [{ staffId: 'ana', credits: 20, category: 'clinical', provider: 'AAMA', date: '2024-05-01' }],
});
const context: CredentialsContext = { today: '2026-11-23' };

describe('credentialsCatalog', () => {
  it('has one rule per file, ids with the domain prefix', () => {
    expect([...credentialsCatalog.rules.keys()]).toEqual([
      'credentials/ce-shortfall',
      'credentials/expired',
      'credentials/expiring',
      'credentials/ineligible-shift',
      'credentials/invalid-identifier',
      'credentials/role-requirement-unmet',
      'credentials/unverified',
    ]);
  });
  it('evaluates the recommended policy on a snapshot, findings in the fixed order', () => {
    const compiled = compilePolicy<CredentialsSnapshot, CredentialsContext>(credentialsCatalog);
    const findings = evaluate(compiled, snapshot, context);
    expect(findings.map((f) => [f.severity, f.ruleId, f.subject.id, f.messageId])).toEqual([
      ['error', 'credentials/expired', 'bo-rn', 'lapsed'],
      ['error', 'credentials/ineligible-shift', 'sh-1', 'ineligible'], // BLS lapses on 2026-12-31, before the shift
      ['error', 'credentials/ineligible-shift', 'sh-2', 'ineligible'],
      ['error', 'credentials/invalid-identifier', 'lee-npi', 'invalid'],
      ['warn', 'credentials/ce-shortfall', 'ana-cma', 'short'],
      ['warn', 'credentials/expiring', 'ana-bls', 'expiring'],
      ['warn', 'credentials/expiring', 'ana-cma', 'expiring'],
      ['warn', 'credentials/role-requirement-unmet', 'bo', 'unmet'],
    ]);
    const lapsed = findings[0]!;
    expect(lapsed.message).toBe('Registered Nurse licence of Bo Chen lapsed 22 day(s) ago (last valid 2026-11-01); 1 rota shift(s) now ineligible');
    const bls = findings.find((f) => f.subject.id === 'ana-bls')!;
    expect(bls).toMatchObject({ actual: 38, threshold: 60 });
    expect(bls.suggestedAction?.data).toMatchObject({ affectedShiftIds: ['sh-1'], renewalWindowOpen: true });
    const ce = findings.find((f) => f.ruleId === 'credentials/ce-shortfall')!;
    expect(ce.message).toMatch(/has 20 of 60 points/);
  });
  it('the strict preset tightens windows and verification', () => {
    const findings = evaluate(compilePolicy(credentialsCatalog, { extends: 'strict' }), snapshot, context);
    const ids = findings.map((f) => `${f.ruleId}:${f.subject.id}`);
    expect(ids).toContain('credentials/unverified:ana-cma'); // verified more than 365 days ago
    expect(findings.find((f) => f.ruleId === 'credentials/role-requirement-unmet')?.severity).toBe('error');
  });
  it('options and severities come from the policy JSON', () => {
    const compiled = compilePolicy(credentialsCatalog, {
      rules: {
        'credentials/expiring': ['info', { windows: [30] }],
        'credentials/ce-shortfall': 'off',
        'credentials/ineligible-shift': ['error', { includePast: true }],
      },
    });
    const findings = evaluate(compiled, snapshot, context);
    expect(findings.filter((f) => f.ruleId === 'credentials/expiring')).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'credentials/ce-shortfall')).toBe(false);
  });
  it('rejects unknown rules and bad options with paths', () => {
    expect(() => compilePolicy(credentialsCatalog, { rules: { 'credentials/nope': 'error' } })).toThrowError(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => compilePolicy(credentialsCatalog, { rules: { 'credentials/expiring': ['warn', { windows: [-1] }] } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['rules', 'credentials/expiring', 1, 'windows', 0] }),
    );
  });
  it('exports the policy JSON Schema', () => {
    const schema = credentialsPolicyJsonSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties)).toHaveLength(7);
  });
  it('parseCredentialsSnapshot rejects an unknown type and expiry before issue', () => {
    expect(() => parseCredentialsSnapshot({ credentials: [{ id: 'x', staffId: 'a', typeId: 'zz', issued: '2020-01-01' }] })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['credentials', 0, 'typeId'] }),
    );
    expect(() => parseCredentialsSnapshot({ credentials: [{ id: 'x', staffId: 'a', typeId: 'bls', issued: '2020-01-01', expires: '2010-01-01' }] })).toThrowError(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});

describe('credentialsCatalog on a raw snapshot', () => {
  it('parses an unparsed subject once instead of failing with a TypeError', () => {
    const compiled = compilePolicy<CredentialsSnapshot, CredentialsContext>(credentialsCatalog);
    const raw = { credentials: [{ id: 'b', staffId: 'ana', typeId: 'bls', issued: '2024-12-05', expires: '2026-12-31' }] } as unknown as CredentialsSnapshot;
    expect(evaluate(compiled, raw, context).map((f) => f.ruleId)).toEqual(['credentials/expiring']);
    const bad = { credentials: [{ id: 'b', staffId: 'ana', typeId: 'nope', issued: '2024-12-05' }] } as unknown as CredentialsSnapshot;
    expect(() => evaluate(compiled, bad, context)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
  });
});
