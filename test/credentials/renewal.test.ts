import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPracticeOpsError } from 'practiceops';
import {
  computeExpiry,
  credentialStanding,
  nextCycleEnd,
  renewalWindowOpens,
  US_CREDENTIAL_TYPES,
} from 'practiceops/credentials';

describe('computeExpiry: month-end', () => {
  it('AAMA CMA: 60 months to the end of the month', () => {
    // AAMA: the CMA (AAMA) credential is current for 60 months, to the last day of the month
    // (the worked example: certified 2010-02-15 expires 2015-02-28).
    expect(computeExpiry({ kind: 'month-end', months: 60 }, { issued: '2010-02-15' })).toBe('2015-02-28');
  });
  it('lands on 29 February in a leap year', () => {
    // Issue 5, "Done when": a CMA certified 2019-02-10 expires 2024-02-29 (2024 is a leap year).
    expect(computeExpiry({ kind: 'month-end', months: 60 }, { issued: '2019-02-10' })).toBe('2024-02-29');
  });
  it('counts from the last renewal and handles month ends of 31-day months', () => {
    expect(computeExpiry({ kind: 'month-end', months: 24 }, { issued: '2020-01-31', completed: '2023-12-31' })).toBe('2025-12-31');
    expect(computeExpiry({ kind: 'month-end', months: 1 }, { issued: '2025-01-31' })).toBe('2025-02-28');
  });
  it('always ends on a month end, never before issue (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 120 }), (day, months) => {
        const issued = new Date(Date.UTC(1990, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const expires = computeExpiry({ kind: 'month-end', months }, { issued }) as string;
        const next = new Date(`${expires}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.getUTCDate()).toBe(1);
        expect(expires > issued).toBe(true);
      }),
    );
  });
});

describe('computeExpiry: rolling days', () => {
  it('bloodborne-pathogen training is due within 365 days of the last one', () => {
    // 29 CFR 1910.1030(g)(2)(ii)(B): at least annually thereafter, within one year of the previous training.
    expect(computeExpiry({ kind: 'rolling-days', days: 365 }, { issued: '2024-03-01', completed: '2025-03-10' })).toBe('2026-03-10');
    expect(computeExpiry({ kind: 'rolling-days', days: 365 }, { issued: '2023-03-01' })).toBe('2024-02-29');
  });
});

describe('computeExpiry: issuer-set', () => {
  it('takes the issuer date, and none when not given', () => {
    expect(computeExpiry({ kind: 'issuer-set', typicalMonths: 36 }, { issued: '2024-06-01', issuerExpiry: '2027-05-31' })).toBe('2027-05-31');
    expect(computeExpiry({ kind: 'issuer-set' }, { issued: '2024-06-01' })).toBeUndefined();
  });
  it('DEA re-registration opens 60 days before expiry', () => {
    // DEA Diversion Control: registrants may renew within 60 days of the expiration date.
    const dea = US_CREDENTIAL_TYPES.find((t) => t.id === 'dea-registration');
    expect(dea?.renewal).toEqual({ kind: 'issuer-set', typicalMonths: 36, windowOpensDaysBefore: 60 });
    expect(renewalWindowOpens(dea!.renewal, '2027-05-31')).toBe('2027-04-01');
    const before = credentialStanding(
      { id: 'd1', staffId: 'lee', typeId: 'dea-registration', states: ['NY'], issued: '2024-06-01', expires: '2027-05-31' },
      { today: '2027-03-31' },
    );
    expect(before.renewalWindowOpen).toBe(false);
    expect(before.renewalOpensOn).toBe('2027-04-01');
    const open = credentialStanding(
      { id: 'd1', staffId: 'lee', typeId: 'dea-registration', states: ['NY'], issued: '2024-06-01', expires: '2027-05-31' },
      { today: '2027-04-01' },
    );
    expect(open).toMatchObject({ standing: 'valid', daysLeft: 60, renewalWindowOpen: true });
  });
  it('renewal is always open without a window', () => {
    expect(renewalWindowOpens({ kind: 'month-end', months: 60 }, '2027-05-31')).toBeUndefined();
  });
});

describe('computeExpiry: fixed cycle', () => {
  it('early renewal does not move the cycle', () => {
    const rule = { kind: 'fixed-cycle', months: 36 } as const;
    expect(computeExpiry(rule, { issued: '2020-06-15' })).toBe('2023-06-15');
    // renewed six months early: next cycle end, counted from the anchor
    expect(computeExpiry(rule, { issued: '2020-06-15', completed: '2022-12-01', previousExpiry: '2023-06-15' })).toBe('2026-06-15');
    // renewed on the last day: same result
    expect(computeExpiry(rule, { issued: '2020-06-15', completed: '2023-06-15', previousExpiry: '2023-06-15' })).toBe('2026-06-15');
    // renewed late (after a lapse): the cycle still runs from the anchor
    expect(computeExpiry(rule, { issued: '2020-06-15', completed: '2024-01-10', previousExpiry: '2023-06-15' })).toBe('2026-06-15');
  });
  it('cycle ends are counted from the anchor, so 31st anchors never drift', () => {
    expect(nextCycleEnd('2020-01-31', 1, false, '2020-02-29')).toBe('2020-03-31');
    expect(nextCycleEnd('2020-01-31', 1, false, '2020-02-01')).toBe('2020-02-29');
    expect(nextCycleEnd('2020-01-31', 12, true, '2030-05-05')).toBe('2031-01-31');
  });
  it('is the first cycle end strictly after the date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 8_000 }), fc.integer({ min: 1, max: 60 }), (a, gap, months) => {
        const day = (n: number) => new Date(Date.UTC(1980, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const anchor = day(a);
        const after = day(a + gap);
        const end = nextCycleEnd(anchor, months, false, after);
        expect(end > after).toBe(true);
        // the previous cycle end is not after `after`
        const previousMonths = (Number(end.slice(0, 4)) - Number(anchor.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(anchor.slice(5, 7)) - months;
        if (previousMonths > 0) {
          const prev = nextCycleEnd(anchor, months, false, day(a - 1));
          expect(prev <= end).toBe(true);
        }
      }),
    );
  });
});

describe('computeExpiry: event-driven', () => {
  const rule = { kind: 'event-driven' as const, events: ['policy-change'], dueWithinDays: 30, everyDays: 365 };
  it('re-training is due 30 days after a policy change', () => {
    const events = [{ id: 'e1', kind: 'policy-change', date: '2026-03-01' }];
    expect(computeExpiry(rule, { issued: '2025-09-01' }, events)).toBe('2026-03-31');
  });
  it('ignores events before the last completion and other kinds', () => {
    const events = [
      { id: 'e1', kind: 'policy-change', date: '2025-08-01' },
      { id: 'e2', kind: 'new-equipment', date: '2025-10-01' },
    ];
    expect(computeExpiry(rule, { issued: '2025-09-01' }, events)).toBe('2026-09-01');
  });
  it('without a periodic refresher it is due only after an event', () => {
    expect(computeExpiry({ kind: 'event-driven', events: ['policy-change'], dueWithinDays: 14 }, { issued: '2025-09-01' })).toBeUndefined();
  });
});

describe('computeExpiry: none, and bad input', () => {
  it('an NPI never expires', () => {
    expect(computeExpiry({ kind: 'none' }, { issued: '2010-01-01' })).toBeUndefined();
  });
  it('an unparseable date is a typed INVALID_INPUT error with a path', () => {
    try {
      computeExpiry({ kind: 'month-end', months: 60 }, { issued: '2019-02-30' });
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'INVALID_INPUT')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['issued']);
    }
  });
  it('an unknown rule kind is rejected', () => {
    expect(() => computeExpiry({ kind: 'yearly' } as never, { issued: '2019-02-01' })).toThrowError(/renewal rule/);
  });
  it('a completion before issue is a CONFLICT', () => {
    expect(() => computeExpiry({ kind: 'rolling-days', days: 365 }, { issued: '2020-01-01', completed: '2019-01-01' })).toThrowError(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});

describe('credentialStanding', () => {
  it('tells valid, expired, not yet valid, revoked', () => {
    const base = { id: 'c', staffId: 'ana', typeId: 'bls', issued: '2024-01-10', expires: '2026-01-31' };
    expect(credentialStanding(base, { today: '2026-01-31' })).toMatchObject({ standing: 'valid', daysLeft: 0 });
    expect(credentialStanding(base, { today: '2026-02-01' })).toMatchObject({ standing: 'expired', daysLeft: -1 });
    expect(credentialStanding(base, { today: '2023-12-31' }).standing).toBe('not-yet-valid');
    expect(credentialStanding({ ...base, status: 'revoked', statusDate: '2025-05-01' }, { today: '2025-05-01' })).toMatchObject({
      standing: 'revoked',
      renewalWindowOpen: false,
    });
    expect(credentialStanding({ ...base, status: 'revoked', statusDate: '2025-05-01' }, { today: '2025-04-30' }).standing).toBe('valid');
  });
  it('an unknown credential type is UNKNOWN_REFERENCE', () => {
    expect(() => credentialStanding({ id: 'c', staffId: 'ana', typeId: 'acls', issued: '2024-01-10' }, { today: '2025-01-01' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', path: ['typeId'] }),
    );
  });
  it('expiry before issue is a CONFLICT', () => {
    expect(() =>
      credentialStanding({ id: 'c', staffId: 'ana', typeId: 'bls', issued: '2024-01-10', expires: '2023-01-10' }, { today: '2025-01-01' }),
    ).toThrowError(expect.objectContaining({ code: 'CONFLICT', path: ['expires'] }));
  });
});
