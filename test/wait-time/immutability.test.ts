import { describe, expect, it } from 'vitest';
import {
  buildTemplate,
  buildTimelines,
  checkGoals,
  DEFAULT_WAIT_GOALS,
  evaluateTemplate,
  monitorQueue,
  requiredStaff,
  simulateTemplate,
  summariseWaits,
  timelinesFromFhir,
  visitIntervals,
  waitTimeCatalog,
  type VisitEvent,
} from 'practiceops/wait-time';
import { compilePolicy, evaluate } from 'practiceops/rules';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('inputs are never mutated (deep-frozen inputs work everywhere)', () => {
  const events: VisitEvent[] = deepFreeze([
    { visitId: 'a', kind: 'scheduled', at: '2026-11-23T09:00:00-05:00', provider: 'lee', visitType: 'new' },
    { visitId: 'a', kind: 'checked-in', at: '2026-11-23T08:55:00-05:00' },
    { visitId: 'a', kind: 'roomed', at: '2026-11-23T09:05:00-05:00' },
    { visitId: 'a', kind: 'seen', at: '2026-11-23T09:20:00-05:00' },
    { visitId: 'b', kind: 'checked-in', at: '2026-11-23T09:10:00-05:00' },
  ]);

  it('timelines, metrics, goals, monitor and rules', () => {
    const visits = deepFreeze(buildTimelines(events));
    const goals = deepFreeze([...DEFAULT_WAIT_GOALS]);
    expect(visitIntervals(deepFreeze(visits[0] as never)).doorToProvider).toBe(25);
    expect(summariseWaits(visits, deepFreeze({ zone: 'America/New_York', groupBy: ['provider' as const] })).groups).toHaveLength(2);
    expect(checkGoals(visits, goals)).toHaveLength(2);
    expect(monitorQueue(visits, '2026-11-23T09:30:00-05:00', goals).map((e) => e.visitId)).toEqual(['b']);
    const findings = evaluate(compilePolicy(waitTimeCatalog), deepFreeze({ zone: 'America/New_York', visits }), deepFreeze({ today: '2026-11-23', now: '2026-11-23T09:30:00-05:00' }));
    expect(findings.map((f) => f.ruleId)).toEqual(['wait-time/queue-breach']);
  });

  it('queueing, templates and FHIR', () => {
    expect(requiredStaff(deepFreeze({ arrivals: 0, meanServiceMinutes: 3, targetWaitMinutes: 1 })).servers).toBe(0);
    const template = deepFreeze(buildTemplate(deepFreeze({ rule: 'block' as const, patients: 4, slotMinutes: 15 })));
    const model = deepFreeze({ serviceTime: { kind: 'discrete' as const, values: [{ value: 10, probability: 0.5 }, { value: 20, probability: 0.5 }] } });
    expect(evaluateTemplate(template, model).patientsBooked).toBe(4);
    expect(simulateTemplate(template, model, deepFreeze({ replications: 50 })).patientsBooked).toBe(4);
    const { timelines } = timelinesFromFhir(
      deepFreeze({ appointments: [{ resourceType: 'Appointment' as const, id: 'x', status: 'noshow' as const, participant: [] }] }),
    );
    expect(timelines[0]?.outcome).toBe('no-show');
  });
});
