import { describe, expect, it } from 'vitest';
import { addCredential, createCredentialRegistry, renewCredential, revokeCredential, undoLastChange, verifyCredential } from 'practiceops/credentials';

const at = '2026-11-23T09:00:00-05:00';

describe('credential registry', () => {
  it('adds with a computed expiry and an audit entry with patches', () => {
    const empty = createCredentialRegistry();
    const { registry, entry } = addCredential(empty, { id: 'c1', staffId: 'ana', typeId: 'cma', issued: '2019-02-10' }, { at, actor: 'om' });
    expect(registry.credentials[0]?.expires).toBe('2024-02-29');
    expect(entry).toMatchObject({ seq: 1, action: 'add', credentialId: 'c1', actor: 'om', at });
    expect(entry.patches).toEqual([{ op: 'add', path: [0], value: expect.objectContaining({ id: 'c1' }) }]);
    expect(entry.inversePatches.length).toBeGreaterThan(0);
    expect(empty.credentials).toEqual([]); // the old registry is untouched
    expect(Object.isFrozen(registry.credentials)).toBe(true);
  });
  it('renews by each rule: month-end from the renewal, fixed cycle keeps its anchor, issuer-set needs the date', () => {
    let r = createCredentialRegistry([
      { id: 'cma', staffId: 'ana', typeId: 'cma', issued: '2019-02-10' },
      { id: 'rma', staffId: 'bo', typeId: 'rma', issued: '2020-06-15' },
      { id: 'rn', staffId: 'cy', typeId: 'rn-license', states: ['NY'], issued: '2020-01-01', expires: '2026-12-31' },
    ]);
    expect(r.credentials.map((c) => c.expires)).toEqual(['2024-02-29', '2023-06-15', '2026-12-31']);
    r = renewCredential(r, 'cma', { renewedOn: '2024-01-20' }, { at }).registry;
    expect(r.credentials[0]).toMatchObject({ expires: '2029-01-31', lastCompleted: '2024-01-20' });
    r = renewCredential(r, 'rma', { renewedOn: '2023-01-05' }, { at }).registry; // early
    expect(r.credentials[1]).toMatchObject({ expires: '2026-06-15', cycleAnchor: '2020-06-15' });
    r = renewCredential(r, 'rma', { renewedOn: '2026-06-01' }, { at }).registry;
    expect(r.credentials[1]?.expires).toBe('2029-06-15');
    expect(() => renewCredential(r, 'rn', { renewedOn: '2026-12-01' }, { at })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['expires'] }));
    r = renewCredential(r, 'rn', { renewedOn: '2026-12-01', expires: '2029-12-31' }, { at }).registry;
    expect(r.credentials[2]?.expires).toBe('2029-12-31');
    expect(r.audit.map((e) => e.action)).toEqual(['renew', 'renew', 'renew', 'renew']);
  });
  it('verifies, revokes, refuses to renew a revoked credential, and undoes', () => {
    let r = createCredentialRegistry([{ id: 'b', staffId: 'ana', typeId: 'bls', issued: '2025-01-10' }]);
    r = verifyCredential(r, 'b', { source: 'AHA eCard lookup', date: '2025-01-12', result: 'verified', reference: 'eCard 123' }, { at }).registry;
    expect(r.credentials[0]?.verifications).toHaveLength(1);
    const before = r;
    r = revokeCredential(r, 'b', { date: '2026-01-01', reason: 'Card found to be forged' }, { at }).registry;
    expect(r.credentials[0]).toMatchObject({ status: 'revoked', statusDate: '2026-01-01' });
    expect(() => renewCredential(r, 'b', { renewedOn: '2026-02-01' }, { at })).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
    const undone = undoLastChange(r, { at, note: 'revoked the wrong card' });
    expect(undone.entry).toMatchObject({ action: 'undo', undoes: 2 });
    expect(undone.registry.credentials).toEqual(before.credentials);
    const twice = undoLastChange(undone.registry, { at });
    expect(twice.entry.undoes).toBe(1);
    expect(twice.registry.credentials[0]?.verifications).toEqual([]);
    expect(() => undoLastChange(undoLastChange(twice.registry, { at }).registry, { at })).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
  });
  it('rejects bad input with typed errors', () => {
    const r = createCredentialRegistry();
    const change = { at };
    expect(() => addCredential(r, { id: 'x', staffId: 'a', typeId: 'unicorn-licence', issued: '2020-01-01' }, change)).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['typeId'] }),
    );
    expect(() => addCredential(r, { id: 'x', staffId: 'a', typeId: 'bls', issued: '2020-01-01', expires: '2019-12-31' }, change)).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', path: ['expires'] }),
    );
    expect(() => addCredential(r, { id: 'x', staffId: 'a', typeId: 'bls', issued: '2020-13-01' }, change)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['issued'] }),
    );
    expect(() => addCredential(r, { id: 'x', staffId: 'a', typeId: 'rn-license', issued: '2020-01-01', expires: '2022-01-01' }, change)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['states'] }),
    );
    expect(() => addCredential(r, { id: 'x', staffId: 'a', typeId: 'bls', issued: '2020-01-01' }, { at: 'yesterday' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['at'] }),
    );
    const one = addCredential(r, { id: 'x', staffId: 'a', typeId: 'bls', issued: '2020-01-01' }, change).registry;
    expect(() => addCredential(one, { id: 'x', staffId: 'b', typeId: 'bls', issued: '2020-01-01' }, change)).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => renewCredential(one, 'nope', { renewedOn: '2021-01-01' }, change)).toThrowError(expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }));
  });
  it('does not mutate its inputs', () => {
    const input = { id: 'c1', staffId: 'ana', typeId: 'cma', issued: '2019-02-10', verifications: [] };
    const copy = structuredClone(input);
    addCredential(createCredentialRegistry(), input, { at });
    expect(input).toEqual(copy);
  });
});
