import { addCalendarDays, epochToInstant, localDateOf, type IsoDate } from '../../core/index.js';
import { evaluate, type CompiledPolicy } from '../../rules/index.js';
import {
  DEFAULT_WAIT_GOALS,
  buildTimelines,
  monitorQueue,
  visitIntervals,
  type VisitEvent,
  type VisitTimeline,
  type WaitGoalInput,
  type WaitTimeContext,
  type WaitTimeSubject,
} from '../../wait-time/index.js';
import type { WaitDistribution } from '../report.js';
import { tagFindings, type DomainReview } from './domain-review.js';

const BIN_MINUTES = 5;
const LAST_BIN = 45;

function dayOf(visit: VisitTimeline, zone: string): IsoDate | undefined {
  const anchor = visit.checkedInAt ?? visit.scheduledAt;
  return anchor === undefined ? undefined : localDateOf(Date.parse(anchor), zone);
}

function distribution(visits: readonly VisitTimeline[], goals: readonly WaitGoalInput[]): WaitDistribution {
  const goal = goals.find((g) => g.kind === 'percentile');
  const goalMinutes = goal?.kind === 'percentile' ? goal.targetMinutes : 17;
  const targetShare = goal?.kind === 'percentile' ? (goal.share ?? 0.9) : 0.9;
  const waits = visits.map((visit) => visitIntervals(visit).doorToProvider).filter((w): w is number => w !== null);
  const bins = [];
  for (let from = 0; from < LAST_BIN; from += BIN_MINUTES) {
    bins.push({ fromMinutes: from, toMinutes: from + BIN_MINUTES, count: waits.filter((w) => w >= from && w < from + BIN_MINUTES).length });
  }
  bins.push({ fromMinutes: LAST_BIN, toMinutes: Math.max(LAST_BIN + BIN_MINUTES, Math.ceil(Math.max(0, ...waits))), count: waits.filter((w) => w >= LAST_BIN).length });
  return {
    goalMinutes,
    targetShare,
    shareWithinGoal: waits.length === 0 ? 1 : waits.filter((w) => w <= goalMinutes).length / waits.length,
    bins,
  };
}

/**
 * Reviews patient waits: yesterday's goals (findings and the distribution of waits against the
 * goal) and today's queue as the front desk sees it now, most urgent first.
 */
export function reviewWaitTime(
  events: readonly VisitEvent[],
  goals: readonly WaitGoalInput[] | undefined,
  zone: string,
  policy: CompiledPolicy<WaitTimeSubject, WaitTimeContext>,
  today: IsoDate,
  now: string,
): DomainReview {
  const visits = buildTimelines(events);
  const findings = evaluate(policy, { zone, visits }, { today, now });
  const yesterday = addCalendarDays(today, -1);
  const yesterdayVisits = visits.filter((visit) => dayOf(visit, zone) === yesterday);
  const todayVisits = visits.filter((visit) => dayOf(visit, zone) === today);
  const monitorGoals = goals ?? DEFAULT_WAIT_GOALS;
  const queue = monitorQueue(todayVisits, now, monitorGoals);
  const dist = distribution(yesterdayVisits, monitorGoals);
  const time = (instant: string) => epochToInstant(Date.parse(instant), zone).slice(11, 16);
  return {
    findings: tagFindings('wait-time', findings),
    section: {
      domain: 'wait-time',
      title: 'Patient waits',
      headlines: [
        { label: `Visits ${yesterday}`, value: String(yesterdayVisits.length) },
        { label: `Within ${dist.goalMinutes} min`, value: `${(dist.shareWithinGoal * 100).toFixed(1)}%` },
        { label: `Waiting now (${time(now)})`, value: String(new Set(queue.map((entry) => entry.visitId)).size) },
      ],
      waitDistribution: dist,
      tables: [
        {
          title: `The queue at ${time(now)}, most urgent first`,
          columns: ['Visit', 'Provider', 'Stage', 'Goal', 'Waited min', 'Left min', 'State'],
          rows: queue.map((entry) => [
            entry.visitId,
            entry.provider ?? '-',
            entry.stage,
            entry.goalId,
            entry.elapsedMinutes.toFixed(0),
            entry.minutesLeft.toFixed(0),
            entry.state,
          ]),
        },
      ],
    },
  };
}
