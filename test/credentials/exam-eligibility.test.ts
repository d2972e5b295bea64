import { describe, expect, it } from 'vitest';
import { checkExamEligibility, CMM_EXAM_ELIGIBILITY } from 'practiceops/credentials';

// PAHCOM CMM eligibility as issue 5 states it: 3 years' experience in a healthcare setting and
// 12 college credit hours in health services or business management.
const asOf = '2026-11-23';
const eligible = {
  experience: [{ setting: 'physician-practice', from: '2022-01-03' }],
  collegeCredits: [
    { subject: 'health-services', hours: 6 },
    { subject: 'business-management', hours: 6 },
  ],
};

describe('checkExamEligibility (CMM)', () => {
  it('is eligible with both conditions met', () => {
    const r = checkExamEligibility(CMM_EXAM_ELIGIBILITY, eligible, { asOf });
    expect(r.eligible).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.met).toHaveLength(2);
  });
  it('says experience is missing when it is short', () => {
    const r = checkExamEligibility(CMM_EXAM_ELIGIBILITY, { ...eligible, experience: [{ setting: 'clinic', from: '2024-01-02' }] }, { asOf });
    expect(r.eligible).toBe(false);
    expect(r.missing.map((c) => c.condition.kind)).toEqual(['experience']);
    expect(r.met.map((c) => c.condition.kind)).toEqual(['college-credits']);
    expect(r.missing[0]?.message).toMatch(/36 months/);
  });
  it('says college credits are missing when short or in other subjects', () => {
    const r = checkExamEligibility(CMM_EXAM_ELIGIBILITY, { ...eligible, collegeCredits: [{ subject: 'health-services', hours: 6 }, { subject: 'art-history', hours: 30 }] }, { asOf });
    expect(r.eligible).toBe(false);
    expect(r.missing.map((c) => c.condition.kind)).toEqual(['college-credits']);
    expect(r.missing[0]?.actual).toBe('6 credit hours');
  });
  it('says both are missing for a new candidate', () => {
    const r = checkExamEligibility(CMM_EXAM_ELIGIBILITY, {}, { asOf });
    expect(r.missing.map((c) => c.condition.kind)).toEqual(['experience', 'college-credits']);
  });
  it('counts overlapping jobs once, non-healthcare jobs not at all, and nothing after asOf', () => {
    const overlapping = checkExamEligibility(
      CMM_EXAM_ELIGIBILITY,
      { ...eligible, experience: [{ setting: 'a', from: '2024-01-01', to: '2025-12-31' }, { setting: 'b', from: '2024-06-01', to: '2025-06-30' }] },
      { asOf },
    );
    expect(overlapping.eligible).toBe(false); // 2 years, not 3
    const retail = checkExamEligibility(CMM_EXAM_ELIGIBILITY, { ...eligible, experience: [{ setting: 'retail', healthcare: false, from: '2015-01-01' }] }, { asOf });
    expect(retail.missing.map((c) => c.condition.kind)).toEqual(['experience']);
    const future = checkExamEligibility(CMM_EXAM_ELIGIBILITY, eligible, { asOf: '2024-06-01' });
    expect(future.missing.map((c) => c.condition.kind)).toEqual(['experience']);
  });
  it('the boundary: exactly 36 months (1096 days at 365.25/12 days a month) is enough', () => {
    const ok = checkExamEligibility(CMM_EXAM_ELIGIBILITY, { ...eligible, experience: [{ setting: 'a', from: '2020-01-01', to: '2022-12-31' }] }, { asOf });
    expect(ok.eligible).toBe(true); // 1096 days
    const short = checkExamEligibility(CMM_EXAM_ELIGIBILITY, { ...eligible, experience: [{ setting: 'a', from: '2020-01-01', to: '2022-12-30' }] }, { asOf });
    expect(short.eligible).toBe(false);
  });
  it('any pathway suffices; credential and education conditions', () => {
    const rule = {
      id: 'x',
      name: 'X',
      pathways: [
        { id: 'credential', conditions: [{ kind: 'credential' as const, anyOf: ['cma', 'rma'] }] },
        { id: 'degree', conditions: [{ kind: 'education' as const, anyOf: ['bachelor'] }] },
      ],
    };
    expect(checkExamEligibility(rule, { credentials: ['rma'] }, { asOf }).eligible).toBe(true);
    expect(checkExamEligibility(rule, { education: ['Bachelor'] }, { asOf }).eligible).toBe(true);
    const none = checkExamEligibility(rule, {}, { asOf });
    expect(none.eligible).toBe(false);
    expect(none.pathways.map((p) => p.missing.length)).toEqual([1, 1]);
  });
  it('bad input is a typed error', () => {
    expect(() => checkExamEligibility(CMM_EXAM_ELIGIBILITY, { experience: [{ setting: 'a', from: 'yesterday' }] }, { asOf })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['experience', 0, 'from'] }),
    );
  });
});
