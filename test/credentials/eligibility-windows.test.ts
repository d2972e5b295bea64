import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCalendarDays, EligibilityWindowSchema } from 'practiceops';
import { checkRoleEligibility, computeEligibilityWindows } from 'practiceops/credentials';

const requirements = [
  { roleId: 'rn', requires: { allOf: ['rn-license', 'bls'] } },
  { roleId: 'ma', requires: { allOf: ['bls', { anyOf: ['cma', 'rma'] }] } },
];

describe('computeEligibilityWindows', () => {
  it('opens and closes windows as credentials start and lapse', () => {
    const windows = computeEligibilityWindows({
      credentials: [
        { id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31' },
        { id: 'c1', staffId: 'ana', typeId: 'cma', issued: '2026-12-15', expires: '2031-12-31' },
      ],
      requirements,
      state: 'NY',
      from: '2026-12-01',
      to: '2027-03-31',
      roleIds: ['ma'],
    });
    expect(windows).toEqual([
      { staffId: 'ana', roleId: 'ma', from: '2026-12-01', to: '2026-12-14', eligible: false, reason: 'missing cma or rma' },
      { staffId: 'ana', roleId: 'ma', from: '2026-12-15', to: '2027-01-31', eligible: true, reason: 'holds bls, cma' },
      { staffId: 'ana', roleId: 'ma', from: '2027-02-01', to: '2027-03-31', eligible: false, reason: 'missing bls' },
    ]);
    for (const w of windows) expect(() => EligibilityWindowSchema.parse(w)).not.toThrow();
  });
  it("a state licence counts only in the site's state", () => {
    const credentials = [
      { id: 'l1', staffId: 'bo', typeId: 'rn-license', states: ['NJ'], issued: '2020-01-01', expires: '2028-01-31' },
      { id: 'b1', staffId: 'bo', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31' },
    ];
    const ny = computeEligibilityWindows({ credentials, requirements, state: 'NY', from: '2026-06-01', to: '2026-06-30', roleIds: ['rn'] });
    expect(ny).toEqual([{ staffId: 'bo', roleId: 'rn', from: '2026-06-01', to: '2026-06-30', eligible: false, reason: 'missing rn-license' }]);
    const nj = computeEligibilityWindows({ credentials, requirements, state: 'NJ', from: '2026-06-01', to: '2026-06-30', roleIds: ['rn'] });
    expect(nj[0]?.eligible).toBe(true);
  });
  it('a multistate licence counts in other Nurse Licensure Compact states only', () => {
    // NCSBN: a multistate licence issued by a compact home state authorises practice in the other member states.
    const credentials = [
      { id: 'l1', staffId: 'bo', typeId: 'rn-license', states: ['TX'], multistate: true, issued: '2020-01-01', expires: '2028-01-31' },
      { id: 'b1', staffId: 'bo', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31' },
    ];
    const at = (state: string, list = credentials) =>
      checkRoleEligibility({ staffId: 'bo', roleId: 'rn', date: '2026-06-01', credentials: list, requirements, state }).eligible;
    expect(at('FL')).toBe(true);
    expect(at('NY')).toBe(false); // not a compact state
    expect(at('FL', [{ ...credentials[0]!, multistate: false }, credentials[1]!])).toBe(false); // single-state licence
    expect(at('FL', [{ ...credentials[0]!, states: ['CA'] }, credentials[1]!])).toBe(false); // home state outside the compact
  });
  it('a renewal on file joins the windows; an open horizon ends with an open window', () => {
    const windows = computeEligibilityWindows({
      credentials: [
        { id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2023-01-10', expires: '2025-01-31' },
        { id: 'b2', staffId: 'ana', typeId: 'bls', issued: '2025-01-20', expires: '2027-01-31' },
      ],
      requirements: [{ roleId: 'front', requires: 'bls' }],
      from: '2024-06-01',
    });
    expect(windows).toEqual([
      { staffId: 'ana', roleId: 'front', from: '2024-06-01', to: '2027-01-31', eligible: true, reason: 'holds bls' },
      { staffId: 'ana', roleId: 'front', from: '2027-02-01', eligible: false, reason: 'missing bls' },
    ]);
  });
  it('revocation closes the window from its date; staff without credentials get an ineligible window', () => {
    const windows = computeEligibilityWindows({
      credentials: [{ id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31', status: 'revoked', statusDate: '2026-03-01' }],
      requirements: [{ roleId: 'front', requires: 'bls' }],
      from: '2026-02-01',
      to: '2026-03-31',
      staffIds: ['ana', 'cy'],
    });
    expect(windows.map((w) => [w.staffId, w.from, w.to, w.eligible])).toEqual([
      ['ana', '2026-02-01', '2026-02-28', true],
      ['ana', '2026-03-01', '2026-03-31', false],
      ['cy', '2026-02-01', '2026-03-31', false],
    ]);
  });
  it('requireVerification counts a credential from its first successful verification', () => {
    const windows = computeEligibilityWindows({
      credentials: [
        { id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31', verifications: [{ source: 'AHA eCard', date: '2026-02-10', result: 'verified' }] },
      ],
      requirements: [{ roleId: 'front', requires: 'bls' }],
      from: '2026-02-01',
      to: '2026-02-28',
      requireVerification: true,
    });
    expect(windows.map((w) => [w.from, w.eligible])).toEqual([
      ['2026-02-01', false],
      ['2026-02-10', true],
    ]);
  });
  it('windows tile the horizon without gaps or overlaps, alternating in content (property)', () => {
    const day = (n: number) => addCalendarDays('2025-01-01', n);
    fc.assert(
      fc.property(
        fc.array(fc.record({ type: fc.constantFrom('bls', 'cma', 'rma'), start: fc.integer({ min: 0, max: 700 }), length: fc.integer({ min: 0, max: 500 }) }), { maxLength: 8 }),
        (raw) => {
          const credentials = raw.map((c, i) => ({ id: `c${i}`, staffId: 'ana', typeId: c.type, issued: day(c.start), expires: day(c.start + c.length) }));
          const windows = computeEligibilityWindows({ credentials, requirements, from: day(100), to: day(600), staffIds: ['ana'], roleIds: ['ma'] });
          expect(windows[0]?.from).toBe(day(100));
          expect(windows[windows.length - 1]?.to).toBe(day(600));
          for (let i = 1; i < windows.length; i++) {
            expect(windows[i]!.from).toBe(addCalendarDays(windows[i - 1]!.to!, 1));
            expect(windows[i]!.eligible !== windows[i - 1]!.eligible || windows[i]!.reason !== windows[i - 1]!.reason).toBe(true);
          }
          // spot check against the point query
          for (const w of windows) {
            const point = checkRoleEligibility({ staffId: 'ana', roleId: 'ma', date: w.from, credentials, requirements });
            expect(point.eligible).toBe(w.eligible);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
  it('does not mutate its input', () => {
    const input = {
      credentials: [{ id: 'b1', staffId: 'ana', typeId: 'bls', issued: '2025-01-10', expires: '2027-01-31' }],
      requirements,
      from: '2026-01-01',
    };
    const copy = structuredClone(input);
    computeEligibilityWindows(input);
    expect(input).toEqual(copy);
  });
  it('bad input is typed: horizon end before start, unknown type, expiry before issue', () => {
    expect(() => computeEligibilityWindows({ credentials: [], requirements, from: '2026-02-01', to: '2026-01-01' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['to'] }),
    );
    expect(() =>
      computeEligibilityWindows({ credentials: [{ id: 'x', staffId: 'a', typeId: 'pilot-license', issued: '2020-01-01' }], requirements, from: '2026-01-01' }),
    ).toThrowError(expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['credentials', 0, 'typeId'] }));
    expect(() =>
      computeEligibilityWindows({ credentials: [{ id: 'x', staffId: 'a', typeId: 'bls', issued: '2020-01-01', expires: '2019-01-01' }], requirements, from: '2026-01-01' }),
    ).toThrowError(expect.objectContaining({ code: 'CONFLICT', path: ['credentials', 0, 'expires'] }));
  });
});

describe('checkRoleEligibility', () => {
  it('says what is missing, and unrestricted roles are open to all', () => {
    expect(checkRoleEligibility({ staffId: 'ana', roleId: 'ma', date: '2026-12-01', credentials: [], requirements })).toEqual({
      eligible: false,
      restricted: true,
      missing: ['bls', 'cma or rma'],
      satisfiedBy: [],
    });
    expect(checkRoleEligibility({ staffId: 'ana', roleId: 'front-desk', date: '2026-12-01', credentials: [], requirements }).eligible).toBe(true);
  });
  it('state-limited requirements apply only in their states', () => {
    const reqs = [{ roleId: 'ma', states: ['WA'], requires: 'cma' }];
    expect(checkRoleEligibility({ staffId: 'a', roleId: 'ma', date: '2026-01-01', credentials: [], requirements: reqs, state: 'WA' }).eligible).toBe(false);
    expect(checkRoleEligibility({ staffId: 'a', roleId: 'ma', date: '2026-01-01', credentials: [], requirements: reqs, state: 'OR' }).eligible).toBe(true);
  });
});
