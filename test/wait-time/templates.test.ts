import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTemplate, evaluateTemplate, simulateTemplate, type DistributionInput } from 'practiceops/wait-time';
import { isPracticeOpsError } from 'practiceops';

const twoPoint: DistributionInput = { kind: 'discrete', values: [{ value: 10, probability: 0.5 }, { value: 30, probability: 0.5 }] };

describe('buildTemplate', () => {
  it('builds individual, Bailey-Welch and block templates', () => {
    expect(buildTemplate({ rule: 'individual', patients: 3, slotMinutes: 20 })).toEqual({
      sessionMinutes: 60,
      slots: [
        { atMinute: 0, patients: 1 },
        { atMinute: 20, patients: 1 },
        { atMinute: 40, patients: 1 },
      ],
    });
    const bw = buildTemplate({ rule: 'bailey-welch', patients: 5, slotMinutes: 15 });
    expect(bw.slots.map((s) => [s.atMinute, s.patients])).toEqual([
      [0, 2],
      [15, 1],
      [30, 1],
      [45, 1],
    ]);
    const block = buildTemplate({ rule: 'block', patients: 5, blockSize: 2, slotMinutes: 10 });
    expect(block.slots.map((s) => [s.atMinute, s.patients])).toEqual([
      [0, 2],
      [20, 2],
      [40, 1],
    ]);
  });

  it('overbooks at the start, the end or spread, keeping the patient count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom('start', 'end', 'spread' as const), (patients, extra, where) => {
        const t = buildTemplate({ rule: 'individual', patients, slotMinutes: 15, overbook: extra, overbookAt: where });
        expect(t.slots.reduce((s, x) => s + x.patients, 0)).toBe(patients + extra);
        expect(t.sessionMinutes).toBe(patients * 15);
      }),
    );
  });
});

describe('evaluateTemplate (exact)', () => {
  it('is exact for a hand-computable case', () => {
    // Patients at 0, 20, 40; service 10 or 30 minutes with equal chance. Waits: 0; 0 or 10; and
    // 0, 10, 0, 20 over the four service pairs. Means 0, 5, 7.5.
    const r = evaluateTemplate(buildTemplate({ rule: 'individual', patients: 3, slotMinutes: 20 }), { serviceTime: twoPoint, goalMinutes: 5 });
    expect(r.patients.map((p) => p.meanWaitMinutes)).toEqual([0, 5, 7.5]);
    expect(r.meanWaitMinutes).toBeCloseTo(12.5 / 3, 12);
    expect(r.patients.map((p) => p.shareWithinGoal)).toEqual([1, 0.5, 0.5]);
    // Finish: 0+10|30, ... the mean finish = 60.0 + expected overtime; idle = E[max(F,60)] − 60.
    expect(r.meanFinishMinutes).toBeGreaterThan(60);
    expect(r.meanIdleMinutes + 3 * 20).toBeCloseTo(60 + r.meanOvertimeMinutes, 12);
  });

  it('Bailey-Welch with service equal to the slot: everyone after the first waits one slot, no idle, no overtime', () => {
    // Bailey (1952): with two patients at the start the provider is never idle when service times equal the slot.
    const r = evaluateTemplate(buildTemplate({ rule: 'bailey-welch', patients: 12, slotMinutes: 15 }), { serviceTime: { kind: 'fixed', value: 15 } });
    expect(r.meanWaitMinutes).toBeCloseTo((11 / 12) * 15, 12);
    expect(r.meanIdleMinutes).toBeCloseTo(0, 12);
    expect(r.meanOvertimeMinutes).toBeCloseTo(0, 12);
  });

  it('a block of n at once with fixed service s gives a mean wait of (n − 1)s/2', () => {
    const r = evaluateTemplate({ sessionMinutes: 60, slots: [{ atMinute: 0, patients: 4 }] }, { serviceTime: { kind: 'fixed', value: 15 } });
    expect(r.meanWaitMinutes).toBeCloseTo(22.5, 12);
  });

  it('agrees with the seeded simulation on a grid distribution with no-shows', () => {
    const template = buildTemplate({ rule: 'bailey-welch', patients: 10, slotMinutes: 20, overbook: 1 });
    const model = { serviceTime: twoPoint, noShowProbability: 0.15, goalMinutes: 15 };
    const exact = evaluateTemplate(template, model, { stepMinutes: 1 });
    const sim = simulateTemplate(template, model, { replications: 40_000, seed: 11 });
    const se = sim.standardErrors;
    expect(Math.abs(sim.meanWaitMinutes - exact.meanWaitMinutes)).toBeLessThan(4 * (se?.meanWaitMinutes ?? 0) + 0.05);
    expect(Math.abs(sim.meanIdleMinutes - exact.meanIdleMinutes)).toBeLessThan(4 * (se?.meanIdleMinutes ?? 0));
    expect(Math.abs(sim.meanOvertimeMinutes - exact.meanOvertimeMinutes)).toBeLessThan(4 * (se?.meanOvertimeMinutes ?? 0));
    expect(sim.shareWithinGoal).toBeCloseTo(exact.shareWithinGoal, 2);
    expect(exact.expectedPatientsSeen).toBeCloseTo(11 * 0.85, 12);
  });

  it('refuses varying lateness (that needs the simulator)', () => {
    try {
      evaluateTemplate(buildTemplate({ rule: 'individual', patients: 3, slotMinutes: 20 }), { serviceTime: twoPoint, lateness: { kind: 'normal', mean: 0, sd: 5 } });
      expect.unreachable();
    } catch (error) {
      expect(isPracticeOpsError(error, 'OUT_OF_DOMAIN')).toBe(true);
      expect((error as { path: unknown }).path).toEqual(['model', 'lateness']);
    }
  });

  it('rejects probabilities that do not sum to 1', () => {
    expect(() =>
      evaluateTemplate(buildTemplate({ rule: 'individual', patients: 2, slotMinutes: 20 }), { serviceTime: { kind: 'discrete', values: [{ value: 10, probability: 0.4 }] } }),
    ).toThrow(/sum to 1/);
  });
});

describe('simulateTemplate', () => {
  const template = buildTemplate({ rule: 'individual', patients: 12, slotMinutes: 15 });
  const model = {
    serviceTime: { kind: 'gamma', mean: 15, sd: 7.5 },
    lateness: { kind: 'normal', mean: -5, sd: 6 },
    noShowProbability: 0.1,
  } as const;

  it('is reproducible from its seed', () => {
    const a = simulateTemplate(template, model, { replications: 500, seed: 5 });
    const b = simulateTemplate(template, model, { replications: 500, seed: 5 });
    const c = simulateTemplate(template, model, { replications: 500, seed: 6 });
    expect(a).toEqual(b);
    expect(c.meanWaitMinutes).not.toBe(a.meanWaitMinutes);
  });

  it('shows the classic trade-off: Bailey-Welch lowers idle time and raises waits against individual slots', () => {
    const bw = buildTemplate({ rule: 'bailey-welch', patients: 12, slotMinutes: 15 });
    const punctual = { serviceTime: { kind: 'gamma', mean: 15, sd: 7.5 }, noShowProbability: 0.1 } as const;
    const i = simulateTemplate(template, punctual, { replications: 4000, seed: 1 });
    const b = simulateTemplate(bw, punctual, { replications: 4000, seed: 1 });
    expect(b.meanIdleMinutes).toBeLessThan(i.meanIdleMinutes);
    expect(b.meanWaitMinutes).toBeGreaterThan(i.meanWaitMinutes);
  });

  it('with exponential service and punctual patients matches the exact evaluator closely', () => {
    const m = { serviceTime: { kind: 'exponential', mean: 15 }, noShowProbability: 0.1 } as const;
    const exact = evaluateTemplate(template, m, { stepMinutes: 0.25 });
    const sim = simulateTemplate(template, m, { replications: 40_000, seed: 2 });
    expect(Math.abs(sim.meanWaitMinutes - exact.meanWaitMinutes)).toBeLessThan(4 * (sim.standardErrors?.meanWaitMinutes ?? 0) + 0.1);
    expect(Math.abs(sim.meanOvertimeMinutes - exact.meanOvertimeMinutes)).toBeLessThan(4 * (sim.standardErrors?.meanOvertimeMinutes ?? 0) + 0.1);
  });
});
