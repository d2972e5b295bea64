import { describe, expectTypeOf, it } from 'vitest';
import {
  maxWaitRule,
  monitorQueue,
  percentileGoalRule,
  type MonitorEntry,
  type MonitorState,
  type VisitTimeline,
  type WaitGoal,
  type WaitTimeContext,
  type WaitTimeSubject,
  WaitGoalSchema,
  buildTimelines,
  erlangB,
  requiredStaff,
  type StaffingResult,
} from '../../src/wait-time/index.js';

describe('wait-time types', () => {
  it('types the monitor and the timelines', () => {
    expectTypeOf(monitorQueue).returns.toEqualTypeOf<MonitorEntry[]>();
    expectTypeOf<MonitorEntry['state']>().toEqualTypeOf<MonitorState>();
    expectTypeOf<MonitorState>().toEqualTypeOf<'ok' | 'warn' | 'breach'>();
    expectTypeOf(buildTimelines).returns.toEqualTypeOf<VisitTimeline[]>();
    expectTypeOf(erlangB).returns.toBeNumber();
    expectTypeOf(requiredStaff).returns.toEqualTypeOf<StaffingResult>();
  });

  it('discriminates goals by kind', () => {
    const goal = WaitGoalSchema.parse({ kind: 'max', id: 'm', maxMinutes: 30 });
    expectTypeOf(goal).toEqualTypeOf<WaitGoal>();
    if (goal.kind === 'max') expectTypeOf(goal.maxMinutes).toBeNumber();
    // @ts-expect-error a percentile goal has no maxMinutes
    if (goal.kind === 'percentile') void goal.maxMinutes;
  });

  it('gives the catalog rules the subject and context of the daily review', () => {
    expectTypeOf(percentileGoalRule.check).parameter(2).toEqualTypeOf<WaitTimeContext | undefined>();
    expectTypeOf(percentileGoalRule.check).parameter(1).toHaveProperty('goals');
    expectTypeOf(maxWaitRule.check).parameter(0).toEqualTypeOf<WaitTimeSubject>();
  });
});
