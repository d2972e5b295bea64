import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays } from 'practiceops';
import { credentialAlerts } from 'practiceops/credentials';

const bls = (id: string, expires: string, staffId = 'ana') => ({ id, staffId, typeId: 'bls', issued: '2024-12-05', expires });

describe('credentialAlerts', () => {
  it('fires at the tightest window crossed (90, 60, 30, 0 and overdue)', () => {
    const today = '2026-11-23';
    const alerts = credentialAlerts({
      today,
      credentials: [bls('a', '2027-02-21'), bls('b', '2027-01-22', 'bo'), bls('c', '2026-12-23', 'cy'), bls('d', '2026-11-23', 'di'), bls('e', '2026-11-20', 'ed'), bls('f', '2027-02-22', 'fa')],
    });
    expect(alerts.map((a) => [a.credentialId, a.daysLeft, a.threshold])).toEqual([
      ['e', -3, 'overdue'],
      ['d', 0, 0],
      ['c', 30, 30],
      ['b', 60, 60],
      ['a', 90, 90],
    ]);
    expect(alerts[1]?.message).toMatch(/expires today/);
    expect(alerts[0]?.message).toMatch(/lapsed 3 days ago/);
  });
  it('honours configured windows and switching overdue off', () => {
    const alerts = credentialAlerts({ today: '2026-11-23', credentials: [bls('a', '2026-12-01'), bls('b', '2026-11-01', 'bo')], windows: [14], overdue: false });
    expect(alerts.map((a) => [a.credentialId, a.threshold])).toEqual([['a', 14]]);
  });
  it('deduplicates: already-sent keys, superseded credentials', () => {
    const first = credentialAlerts({ today: '2026-11-23', credentials: [bls('a', '2026-12-20')] });
    expect(first).toHaveLength(1);
    const again = credentialAlerts({ today: '2026-11-25', credentials: [bls('a', '2026-12-20')], alreadySent: first.map((a) => a.key) });
    expect(again).toEqual([]);
    // a tighter window is a new alert
    const later = credentialAlerts({ today: '2026-12-20', credentials: [bls('a', '2026-12-20')], alreadySent: first.map((a) => a.key) });
    expect(later.map((a) => a.threshold)).toEqual([0]);
    // a renewal on file supersedes the old record
    const renewed = credentialAlerts({ today: '2026-11-23', credentials: [bls('a', '2026-12-20'), { ...bls('a2', '2028-12-31'), issued: '2026-11-20' }] });
    expect(renewed).toEqual([]);
  });
  it('says whether the renewal window is open (DEA: 60 days)', () => {
    const dea = { id: 'd', staffId: 'lee', typeId: 'dea-registration', states: ['NY'], issued: '2024-06-01', expires: '2027-01-31' };
    const [early] = credentialAlerts({ today: '2026-11-23', credentials: [dea] });
    expect(early).toMatchObject({ threshold: 90, renewalWindowOpen: false, renewalOpensOn: '2026-12-02' });
    expect(early?.message).toMatch(/renewal window opens 2026-12-02/);
    const [open] = credentialAlerts({ today: '2026-12-02', credentials: [dea] });
    expect(open).toMatchObject({ threshold: 60, renewalWindowOpen: true });
  });
  it('lists the rota shifts a lapse would make ineligible', () => {
    const alerts = credentialAlerts({
      today: '2026-11-23',
      state: 'NY',
      credentials: [bls('b', '2026-12-31'), { id: 'c', staffId: 'ana', typeId: 'cma', issued: '2020-01-01', expires: '2030-01-31' }],
      requirements: [
        { roleId: 'ma', requires: { allOf: ['bls', 'cma'] } },
        { roleId: 'scribe', requires: 'cma' },
      ],
      shifts: [
        { id: 's1', staffId: 'ana', roleId: 'ma', date: '2026-12-31' },
        { id: 's2', staffId: 'ana', roleId: 'ma', date: '2027-01-02' },
        { id: 's3', staffId: 'ana', roleId: 'scribe', date: '2027-01-03' },
        { id: 's4', staffId: 'bo', roleId: 'ma', date: '2027-01-04' },
      ],
    });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.affectedShifts.map((s) => s.id)).toEqual(['s2']);
    expect(alerts[0]?.message).toMatch(/1 rota shift affected/);
  });
  it('a shift still covered by another credential is not affected', () => {
    const alerts = credentialAlerts({
      today: '2026-11-23',
      credentials: [
        { id: 'c', staffId: 'ana', typeId: 'cma', issued: '2020-01-01', expires: '2026-12-31' },
        { id: 'r', staffId: 'ana', typeId: 'rma', issued: '2020-01-01', expires: '2029-01-31' },
      ],
      requirements: [{ roleId: 'ma', requires: { anyOf: ['cma', 'rma'] } }],
      shifts: [{ id: 's1', staffId: 'ana', roleId: 'ma', date: '2027-01-05' }],
    });
    expect(alerts[0]?.affectedShifts).toEqual([]);
  });
  it('does not alert on credentials that never expire, or revoked ones', () => {
    expect(
      credentialAlerts({
        today: '2026-11-23',
        credentials: [
          { id: 'n', staffId: 'lee', typeId: 'npi', identifier: '1234567893', issued: '2010-01-01' },
          { ...bls('b', '2026-12-01'), status: 'revoked', statusDate: '2026-01-01' },
        ],
      }),
    ).toEqual([]);
  });
  it('event-driven: a policy change makes HIPAA re-training due in 30 days', () => {
    const alerts = credentialAlerts({
      today: '2026-03-05',
      credentials: [{ id: 'h', staffId: 'ana', typeId: 'hipaa-training', issued: '2025-09-01' }],
      events: [{ id: 'p1', kind: 'policy-change', date: '2026-03-01', description: 'New release-of-information policy' }],
    });
    expect(alerts.map((a) => [a.expires, a.daysLeft, a.threshold])).toEqual([['2026-03-31', 26, 30]]);
  });
  it('bad input is typed', () => {
    expect(() => credentialAlerts({ today: '23/11/2026', credentials: [] })).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['today'] }));
    expect(() => credentialAlerts({ today: '2026-11-23', credentials: [{ id: 'x', staffId: 'a', typeId: 'nope', issued: '2020-01-01' }] })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE' }),
    );
  });
});

describe('credentialAlerts properties', () => {
  it('one alert per credential at most, none again once sent, inputs untouched (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ staff: fc.constantFrom('a', 'b', 'c'), type: fc.constantFrom('bls', 'cma', 'osha-bbp'), start: fc.integer({ min: 0, max: 1500 }), length: fc.integer({ min: 0, max: 900 }) }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 2500 }),
        (raw, offset) => {
          const credentials = raw.map((c, i) => ({ id: `c${i}`, staffId: c.staff, typeId: c.type, issued: addCalendarDays('2022-01-01', c.start), expires: addCalendarDays('2022-01-01', c.start + c.length) }));
          const input = { today: addCalendarDays('2022-01-01', offset), credentials };
          const copy = structuredClone(input);
          const alerts = credentialAlerts(input);
          expect(input).toEqual(copy);
          expect(new Set(alerts.map((a) => a.credentialId)).size).toBe(alerts.length);
          // at most one alert per staff member and type (superseded credentials are quiet)
          expect(new Set(alerts.map((a) => `${a.staffId}|${a.typeId}`)).size).toBe(alerts.length);
          for (const a of alerts) {
            if (a.threshold === 'overdue') expect(a.daysLeft).toBeLessThan(0);
            else expect(a.daysLeft >= 0 && a.daysLeft <= a.threshold).toBe(true);
          }
          expect(credentialAlerts({ ...input, alreadySent: alerts.map((a) => a.key) })).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
