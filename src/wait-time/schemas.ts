import { z } from 'zod';
import { IsoDateSchema, InstantSchema, TimeZoneSchema } from '../core/index.js';

// ---------------------------------------------------------------------------------------------
// Queueing
// ---------------------------------------------------------------------------------------------

/**
 * A queue with Poisson arrivals and exponential service (M/M/n): how many arrive in a period, how
 * long one service takes on average and how many servers (staff, lines, doctors) there are. All
 * times are in minutes.
 *
 * @example
 * ```ts
 * const phones = QueueSchema.parse({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3, servers: 14 });
 * ```
 * @category Queueing
 */
export const QueueSchema = z.object({
  /** Arrivals in one period (calls, walk-ins). */
  arrivals: z.number().finite().min(0),
  /** The period's length in minutes (60 unless told). */
  periodMinutes: z.number().finite().positive().default(60),
  /** Mean handling (service) time per arrival, minutes. */
  meanServiceMinutes: z.number().finite().positive(),
  /** Number of servers; a fractional number is allowed (Erlang B and C use the gamma-function extension). */
  servers: z.number().finite().positive(),
});

/**
 * A queue as accepted by the queueing functions (`periodMinutes` may be left out).
 *
 * @category Queueing
 */
export type QueueInput = z.input<typeof QueueSchema>;

/**
 * A parsed queue.
 *
 * @category Queueing
 */
export type Queue = z.output<typeof QueueSchema>;

/**
 * What {@link queueMetrics} reports for an M/M/n queue (Erlang C).
 *
 * @category Queueing
 */
export interface QueueMetrics {
  /** Offered load in erlangs: arrival rate times mean service time. */
  readonly trafficErlangs: number;
  /** Share of server time busy: traffic / servers (1 when overloaded). */
  readonly occupancy: number;
  /** Erlang C: the probability that an arrival has to wait. */
  readonly probabilityOfWaiting: number;
  /** Mean wait in the queue over all arrivals, minutes (Infinity when overloaded). */
  readonly meanWaitMinutes: number;
  /** Mean wait of those who do wait, minutes (Infinity when overloaded). */
  readonly meanWaitOfWaitersMinutes: number;
  /** Mean number waiting (Infinity when overloaded). */
  readonly meanQueueLength: number;
  /** Whether the load reaches or exceeds the number of servers (no steady state). */
  readonly overloaded: boolean;
}

/**
 * The target for {@link requiredStaff}: a service level (share answered within a time), an
 * occupancy cap and shrinkage, on top of the queue's arrivals and handling time.
 *
 * @example
 * ```ts
 * StaffingTargetSchema.parse({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3,
 *   targetServiceLevel: 0.8, targetWaitMinutes: 20 / 60, maxOccupancy: 0.85, shrinkage: 0.3 });
 * ```
 * @category Queueing
 */
export const StaffingTargetSchema = z.object({
  /** Arrivals in one period. */
  arrivals: z.number().finite().min(0),
  /** The period's length in minutes. */
  periodMinutes: z.number().finite().positive().default(60),
  /** Mean handling time, minutes. */
  meanServiceMinutes: z.number().finite().positive(),
  /** The share to be answered within `targetWaitMinutes` (0.8 for 80/20). */
  targetServiceLevel: z.number().min(0).max(1).lt(1).default(0.8),
  /** The answer-time target, minutes (20 seconds = 1/3). */
  targetWaitMinutes: z.number().finite().min(0),
  /** The highest acceptable occupancy, 0..1 (1 = no cap). */
  maxOccupancy: z.number().gt(0).max(1).default(1),
  /** Optional cap on the mean wait over all arrivals, minutes. */
  maxMeanWaitMinutes: z.number().finite().positive().optional(),
  /** Share of paid time not available to serve (breaks, training, absence), 0..1. */
  shrinkage: z.number().min(0).lt(1).default(0),
  /** Give up above this many servers (a guard against absurd inputs). */
  maxServers: z.number().int().positive().default(1_000_000),
  /** Mean patience of a waiting caller, minutes: when given, staffing uses Erlang A (callers who give up). */
  meanPatienceMinutes: z.number().finite().positive().optional(),
  /** With `meanPatienceMinutes`: the highest acceptable share of callers who give up. */
  maxAbandonment: z.number().min(0).max(1).optional(),
});

/**
 * A staffing target as accepted by {@link requiredStaff}.
 *
 * @category Queueing
 */
export type StaffingTargetInput = z.input<typeof StaffingTargetSchema>;

/**
 * What {@link requiredStaff} answers.
 *
 * @category Queueing
 */
export interface StaffingResult {
  /** Staff needed on duty (working) at once. */
  readonly servers: number;
  /** Staff to schedule once shrinkage is allowed for: ceil(servers / (1 - shrinkage)). */
  readonly scheduled: number;
  /** Offered load in erlangs. */
  readonly trafficErlangs: number;
  /** Service level reached with `servers`. */
  readonly serviceLevel: number;
  /** Erlang C probability of waiting with `servers`. */
  readonly probabilityOfWaiting: number;
  /** Occupancy with `servers`. */
  readonly occupancy: number;
  /** Mean wait over all arrivals with `servers`, minutes. */
  readonly meanWaitMinutes: number;
  /** Which constraint set the number: `service-level`, `occupancy`, `mean-wait`, `abandonment` or `stability`. */
  readonly bindingConstraint: 'service-level' | 'occupancy' | 'mean-wait' | 'abandonment' | 'stability';
  /** The queueing model used: `erlang-c`, or `erlang-a` when a mean patience was given. */
  readonly model: 'erlang-c' | 'erlang-a';
  /** Erlang A only: the share of callers who give up with `servers`. */
  readonly probabilityOfAbandoning?: number;
}

/**
 * An M/M/n+M queue (Erlang A): an M/M/n queue whose waiting callers give up after an exponential
 * patience with the given mean.
 *
 * @example
 * ```ts
 * ErlangAQueueSchema.parse({ arrivals: 100, periodMinutes: 30, meanServiceMinutes: 3, servers: 10, meanPatienceMinutes: 2 });
 * ```
 * @category Queueing
 */
export const ErlangAQueueSchema = QueueSchema.extend({
  /** Servers, a whole number for Erlang A. */
  servers: z.number().int().positive(),
  /** Mean patience of a waiting caller, minutes. */
  meanPatienceMinutes: z.number().positive(),
});

/**
 * An Erlang A queue as accepted by {@link erlangA}.
 *
 * @category Queueing
 */
export type ErlangAQueueInput = z.input<typeof ErlangAQueueSchema>;

/**
 * What {@link erlangA} reports.
 *
 * @category Queueing
 */
export interface ErlangAResult {
  /** Offered load in erlangs. */
  readonly trafficErlangs: number;
  /** Probability that an arrival finds all servers busy and has to wait. */
  readonly probabilityOfWaiting: number;
  /** Probability that an arrival gives up before being served. */
  readonly probabilityOfAbandoning: number;
  /** Mean time in queue over all arrivals (served or not), minutes. */
  readonly meanWaitMinutes: number;
  /** Mean number waiting. */
  readonly meanQueueLength: number;
  /** Share of server time busy. */
  readonly occupancy: number;
  /** Service level P(served after waiting at most t), when a target wait was given. */
  readonly serviceLevel?: number;
}

// ---------------------------------------------------------------------------------------------
// Visits and timelines
// ---------------------------------------------------------------------------------------------

/**
 * What happened to a visit, as a front-desk or EHR system records it.
 *
 * @example
 * ```ts
 * VisitEventKindSchema.parse('checked-in');
 * ```
 * @category Timelines
 */
export const VisitEventKindSchema = z.literal([
  'scheduled',
  'checked-in',
  'roomed',
  'seen',
  'checked-out',
  'no-show',
  'left-without-being-seen',
]);

/**
 * A kind of visit event.
 *
 * @category Timelines
 */
export type VisitEventKind = z.infer<typeof VisitEventKindSchema>;

/**
 * One visit event. For `scheduled`, `at` is the appointment time itself.
 *
 * @example
 * ```ts
 * VisitEventSchema.parse({ visitId: 'v1', kind: 'checked-in', at: '2026-11-23T08:55:00-05:00', visitType: 'follow-up' });
 * ```
 * @category Timelines
 */
export const VisitEventSchema = z.object({
  /** The visit (encounter, appointment) the event belongs to. */
  visitId: z.string().min(1),
  /** What happened. */
  kind: VisitEventKindSchema,
  /** When, as an ISO instant with offset. */
  at: InstantSchema,
  /** The visit type (new patient, follow-up, walk-in...). */
  visitType: z.string().min(1).optional(),
  /** The provider seeing the patient. */
  provider: z.string().min(1).optional(),
});

/**
 * A visit event as accepted.
 *
 * @category Timelines
 */
export type VisitEvent = z.infer<typeof VisitEventSchema>;

/**
 * How a visit ended when it did not end in a consultation.
 *
 * @example
 * ```ts
 * VisitOutcomeSchema.parse('left-without-being-seen');
 * ```
 * @category Timelines
 */
export const VisitOutcomeSchema = z.literal(['no-show', 'left-without-being-seen', 'cancelled']);

/**
 * A visit's outcome.
 *
 * @category Timelines
 */
export type VisitOutcome = z.infer<typeof VisitOutcomeSchema>;

/**
 * One visit's timeline: the instants of its milestones (each optional), who and what it is for,
 * and where each timestamp came from.
 *
 * @example
 * ```ts
 * VisitTimelineSchema.parse({ id: 'v1', scheduledAt: '2026-11-23T09:00:00-05:00', checkedInAt: '2026-11-23T08:52:00-05:00' });
 * ```
 * @category Timelines
 */
export const VisitTimelineSchema = z.object({
  /** The visit's id. */
  id: z.string().min(1),
  /** Visit type. */
  visitType: z.string().min(1).optional(),
  /** Provider. */
  provider: z.string().min(1).optional(),
  /** The appointment time (absent for walk-ins). */
  scheduledAt: InstantSchema.optional(),
  /** Arrival at the front desk. */
  checkedInAt: InstantSchema.optional(),
  /** Taken to an exam room. */
  roomedAt: InstantSchema.optional(),
  /** First seen by the provider. */
  seenAt: InstantSchema.optional(),
  /** Left after the visit. */
  checkedOutAt: InstantSchema.optional(),
  /** A non-consultation ending. */
  outcome: VisitOutcomeSchema.optional(),
  /** When a walk-out left (if recorded). */
  leftAt: InstantSchema.optional(),
  /** Where each timestamp came from, by field name (for example `checkedInAt: 'Encounter.statusHistory[0].period.start'`). */
  sources: z.record(z.string(), z.string()).optional(),
});

/**
 * A visit timeline as accepted.
 *
 * @category Timelines
 */
export type VisitTimelineInput = z.input<typeof VisitTimelineSchema>;

/**
 * A parsed visit timeline.
 *
 * @category Timelines
 */
export type VisitTimeline = z.output<typeof VisitTimelineSchema>;

/**
 * Where the waiting clock starts: at check-in, or at the later of check-in and the appointment
 * time (so an early patient's wait counts from the appointment).
 *
 * @example
 * ```ts
 * ClockStartSchema.parse('later-of-check-in-and-appointment');
 * ```
 * @category Timelines
 */
export const ClockStartSchema = z.literal(['check-in', 'later-of-check-in-and-appointment']);

/**
 * A clock start rule.
 *
 * @category Timelines
 */
export type ClockStart = z.infer<typeof ClockStartSchema>;

/**
 * The per-visit intervals. `lobby-wait` (check-in to roomed), `room-to-provider`, `provider-time`
 * (seen to check-out) and `cycle-time` (check-in to check-out) are physical; `door-to-room` and
 * `door-to-provider` run from the clock start; `lateness` is check-in minus appointment time
 * (positive = late).
 *
 * @example
 * ```ts
 * MeasureSchema.parse('door-to-provider');
 * ```
 * @category Timelines
 */
export const MeasureSchema = z.literal([
  'lobby-wait',
  'door-to-room',
  'room-to-provider',
  'door-to-provider',
  'provider-time',
  'cycle-time',
  'lateness',
]);

/**
 * A per-visit interval name.
 *
 * @category Timelines
 */
export type Measure = z.infer<typeof MeasureSchema>;

/**
 * One visit's intervals in minutes; `null` where a milestone is missing or out of order.
 *
 * @category Timelines
 */
export interface VisitIntervals {
  /** The visit's id. */
  readonly id: string;
  /** Check-in to roomed. */
  readonly lobbyWait: number | null;
  /** Clock start to roomed. */
  readonly doorToRoom: number | null;
  /** Roomed to seen. */
  readonly roomToProvider: number | null;
  /** Clock start to seen. */
  readonly doorToProvider: number | null;
  /** Seen to checked out. */
  readonly providerTime: number | null;
  /** Check-in to checked out. */
  readonly cycleTime: number | null;
  /** Check-in minus appointment time, minutes (positive = late). */
  readonly lateness: number | null;
  /** Milestones recorded out of order, such as `roomed-before-check-in`. */
  readonly anomalies: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------

/**
 * How a percentile is computed: `nearest-rank` (the smallest value with at least p% of the data at
 * or below it; always an observed value) or `linear` (interpolation between order statistics,
 * Hyndman & Fan type 7, the spreadsheet default).
 *
 * @example
 * ```ts
 * PercentileMethodSchema.parse('nearest-rank');
 * ```
 * @category Metrics
 */
export const PercentileMethodSchema = z.literal(['nearest-rank', 'linear']);

/**
 * A percentile method.
 *
 * @category Metrics
 */
export type PercentileMethod = z.infer<typeof PercentileMethodSchema>;

/**
 * A dimension to group metrics by.
 *
 * @example
 * ```ts
 * GroupBySchema.parse('provider');
 * ```
 * @category Metrics
 */
export const GroupBySchema = z.literal(['day', 'hour', 'provider', 'visit-type']);

/**
 * A grouping dimension.
 *
 * @category Metrics
 */
export type GroupBy = z.infer<typeof GroupBySchema>;

/**
 * Options for {@link summariseWaits} and {@link createWaitStream}.
 *
 * @example
 * ```ts
 * SummaryOptionsSchema.parse({ zone: 'America/New_York', groupBy: ['provider'], goalMinutes: 17 });
 * ```
 * @category Metrics
 */
export const SummaryOptionsSchema = z.object({
  /** The site's time zone, for days and hours. */
  zone: TimeZoneSchema,
  /** The interval summarised. */
  measure: MeasureSchema.default('door-to-provider'),
  /** Where the waiting clock starts. */
  clockStart: ClockStartSchema.default('check-in'),
  /** Grouping dimensions, in order; none gives one overall group. */
  groupBy: z.array(GroupBySchema).default([]),
  /** Percentiles to report, 0 < p <= 100. */
  percentiles: z.array(z.number().gt(0).max(100)).default([50, 90, 95]),
  /** How percentiles are computed. */
  method: PercentileMethodSchema.default('nearest-rank'),
  /** The goal, in minutes, for `shareWithinGoal`. */
  goalMinutes: z.number().finite().min(0).optional(),
});

/**
 * Summary options as accepted.
 *
 * @category Metrics
 */
export type SummaryOptionsInput = z.input<typeof SummaryOptionsSchema>;

/**
 * The key of a metrics group: the value of each grouping dimension (absent ones are not grouped).
 *
 * @category Metrics
 */
export interface GroupKey {
  /** Local calendar date. */
  readonly day?: string;
  /** Local hour of day, 0..23. */
  readonly hour?: number;
  /** Provider (`(none)` when not recorded). */
  readonly provider?: string;
  /** Visit type (`(none)` when not recorded). */
  readonly visitType?: string;
}

/**
 * Metrics of one group.
 *
 * @category Metrics
 */
export interface WaitSummaryGroup {
  /** The group's key. */
  readonly key: GroupKey;
  /** Visits in the group (all outcomes). */
  readonly visits: number;
  /** Visits with the measure defined. */
  readonly count: number;
  /** Mean of the measure, minutes (null when count is 0). */
  readonly mean: number | null;
  /** Median (by the chosen method), minutes. */
  readonly median: number | null;
  /** Requested percentiles by their number as a string (`"90"`), minutes. */
  readonly percentiles: Readonly<Record<string, number | null>>;
  /** Largest value, minutes. */
  readonly max: number | null;
  /** Share of `count` at or within the goal (null without a goal or data). */
  readonly shareWithinGoal: number | null;
  /** No-shows. */
  readonly noShows: number;
  /** Left without being seen. */
  readonly walkOuts: number;
}

/**
 * The result of {@link summariseWaits} or a wait stream.
 *
 * @category Metrics
 */
export interface WaitSummary {
  /** The interval summarised. */
  readonly measure: Measure;
  /** The percentile method used. */
  readonly method: PercentileMethod;
  /** How values were held: `exact` (all kept) or `histogram` with its resolution. */
  readonly storage: 'exact' | 'histogram';
  /** Bound on the absolute error of a percentile, minutes (0 when exact). */
  readonly percentileErrorMinutes: number;
  /** The groups, sorted by key. */
  readonly groups: readonly WaitSummaryGroup[];
}

// ---------------------------------------------------------------------------------------------
// Goals and the monitor
// ---------------------------------------------------------------------------------------------

const goalCommon = {
  /** A stable id for the goal. */
  id: z.string().min(1),
  /** The interval the goal is about. */
  measure: MeasureSchema.default('door-to-provider'),
  /** Where the clock starts. */
  clockStart: ClockStartSchema.default('check-in'),
  /** Visit types the goal applies to (all when absent). */
  visitTypes: z.array(z.string().min(1)).optional(),
};

/**
 * A percentile goal: "90% of patients seen by a provider within 17 minutes of check-in".
 *
 * @example
 * ```ts
 * PercentileGoalSchema.parse({ kind: 'percentile', id: 'seen-17', targetMinutes: 17, share: 0.9 });
 * ```
 * @category Goals
 */
export const PercentileGoalSchema = z.object({
  /** Discriminator. */
  kind: z.literal('percentile'),
  ...goalCommon,
  /** The time within which `share` of patients must fall, minutes. */
  targetMinutes: z.number().finite().min(0),
  /** The share required, 0..1. */
  share: z.number().gt(0).max(1).default(0.9),
});

/**
 * A maximum goal: "no single wait over 30 minutes".
 *
 * @example
 * ```ts
 * MaxWaitGoalSchema.parse({ kind: 'max', id: 'max-30', maxMinutes: 30 });
 * ```
 * @category Goals
 */
export const MaxWaitGoalSchema = z.object({
  /** Discriminator. */
  kind: z.literal('max'),
  ...goalCommon,
  /** No wait may exceed this, minutes. */
  maxMinutes: z.number().finite().min(0),
});

/**
 * A wait-time goal, percentile or maximum.
 *
 * @example
 * ```ts
 * WaitGoalSchema.parse({ kind: 'percentile', id: 'seen-within-17', measure: 'door-to-provider', targetMinutes: 17, share: 0.9 });
 * ```
 * @category Goals
 */
export const WaitGoalSchema = z.discriminatedUnion('kind', [PercentileGoalSchema, MaxWaitGoalSchema]);

/**
 * A goal as accepted.
 *
 * @category Goals
 */
export type WaitGoalInput = z.input<typeof WaitGoalSchema>;

/**
 * A parsed goal.
 *
 * @category Goals
 */
export type WaitGoal = z.output<typeof WaitGoalSchema>;

/**
 * A percentile goal, parsed.
 *
 * @category Goals
 */
export type PercentileGoal = z.output<typeof PercentileGoalSchema>;

/**
 * A maximum goal, parsed.
 *
 * @category Goals
 */
export type MaxWaitGoal = z.output<typeof MaxWaitGoalSchema>;

/**
 * The default goals: 90% seen by a provider within 17 minutes of check-in, and no wait over 30.
 *
 * @example
 * ```ts
 * monitorQueue(visits, now, DEFAULT_WAIT_GOALS);
 * ```
 * @category Goals
 */
export const DEFAULT_WAIT_GOALS: readonly WaitGoalInput[] = Object.freeze([
  Object.freeze({ kind: 'percentile', id: 'seen-within-17', measure: 'door-to-provider', targetMinutes: 17, share: 0.9 } as const),
  Object.freeze({ kind: 'max', id: 'no-wait-over-30', measure: 'door-to-provider', maxMinutes: 30 } as const),
]);

/**
 * Options for {@link monitorQueue}.
 *
 * @example
 * ```ts
 * MonitorOptionsSchema.parse({ warnLeadMinutes: 5 });
 * ```
 * @category Monitor
 */
export const MonitorOptionsSchema = z.object({
  /** A patient turns `warn` this many minutes before the limit. */
  warnLeadMinutes: z.number().finite().min(0).default(5),
});

/**
 * Monitor options as accepted.
 *
 * @category Monitor
 */
export type MonitorOptionsInput = z.input<typeof MonitorOptionsSchema>;

/**
 * A waiting patient's state: `ok`, `warn` (within the warning lead of the limit), `breach` (past it).
 *
 * @category Monitor
 */
export type MonitorState = 'ok' | 'warn' | 'breach';

/**
 * One waiting patient on the front-desk list.
 *
 * @category Monitor
 */
export interface MonitorEntry {
  /** The visit's id. */
  readonly visitId: string;
  /** Visit type. */
  readonly visitType?: string;
  /** Provider. */
  readonly provider?: string;
  /** Where the patient is waiting: `lobby` (not yet roomed) or `room` (roomed, waiting for the provider), or `provider` (with the provider, for provider-time goals). */
  readonly stage: 'lobby' | 'room' | 'provider';
  /** The goal whose timer runs out first. */
  readonly goalId: string;
  /** The interval that goal measures. */
  readonly measure: Measure;
  /** When the clock started (ISO instant, UTC). */
  readonly clockStartedAt: string;
  /** Minutes on the clock so far (0 before the clock starts). */
  readonly elapsedMinutes: number;
  /** The limit, minutes. */
  readonly limitMinutes: number;
  /** Minutes until the limit (negative once breached). */
  readonly minutesLeft: number;
  /** ok, warn or breach. */
  readonly state: MonitorState;
}

/**
 * The attainment of one goal over a set of visits (see {@link checkGoals}).
 *
 * @category Goals
 */
export interface GoalResult {
  /** The goal's id. */
  readonly goalId: string;
  /** The goal's kind. */
  readonly kind: 'percentile' | 'max';
  /** Visits with the measure defined. */
  readonly count: number;
  /** Share within the target (percentile goals), or share not over the max (max goals); null without data. */
  readonly share: number | null;
  /** For percentile goals: the nearest-rank percentile at the goal's share, minutes. */
  readonly percentileMinutes: number | null;
  /** Largest value, minutes. */
  readonly maxMinutes: number | null;
  /** Whether the goal was met (true when there is no data). */
  readonly met: boolean;
  /** Visits over the target (percentile goals) or over the maximum (max goals), with their minutes. */
  readonly over: readonly GoalOverage[];
}

/**
 * A visit over a goal's target or maximum.
 *
 * @category Goals
 */
export interface GoalOverage {
  /** The visit's id. */
  readonly visitId: string;
  /** Its minutes on the goal's measure. */
  readonly minutes: number;
}

// ---------------------------------------------------------------------------------------------
// Rule catalog subject
// ---------------------------------------------------------------------------------------------

/**
 * The wait-time catalog's subject: one plain snapshot of the visits of yesterday and today at a
 * site (others are ignored), with the site's time zone.
 *
 * @example
 * ```ts
 * const subject: WaitTimeSubject = { zone: 'America/New_York', visits };
 * ```
 * @category Rules
 */
export const WaitTimeSubjectSchema = z.object({
  /** The site's time zone. */
  zone: TimeZoneSchema,
  /** Visit timelines. */
  visits: z.array(VisitTimelineSchema),
});

/**
 * The catalog's subject: the site's time zone and the visit timelines of yesterday and today.
 *
 * @category Rules
 */
export interface WaitTimeSubject {
  /** The site's IANA time zone. */
  readonly zone: string;
  /** Visit timelines (others than yesterday's and today's are ignored). */
  readonly visits: readonly VisitTimelineInput[];
}

/**
 * The catalog's context: today's date at the site and the current instant.
 *
 * @example
 * ```ts
 * const context: WaitTimeContext = { today: '2026-11-23', now: '2026-11-23T10:15:00-05:00' };
 * ```
 * @category Rules
 */
export const WaitTimeContextSchema = z.object({
  /** Today's date at the site; yesterday is the day before. */
  today: IsoDateSchema,
  /** Now, for the queue state. */
  now: InstantSchema,
});

/**
 * The catalog's context.
 *
 * @category Rules
 */
export interface WaitTimeContext {
  /** Today's date at the site, `YYYY-MM-DD`; yesterday is the day before. */
  readonly today: string;
  /** The current instant (ISO with offset), for the queue state. */
  readonly now: string;
}

// ---------------------------------------------------------------------------------------------
// Appointment templates
// ---------------------------------------------------------------------------------------------

/**
 * A probability distribution of minutes: service times, lateness (negative = early).
 * `lognormal` and `gamma` are given by their own mean and standard deviation.
 *
 * @example
 * ```ts
 * DistributionSchema.parse({ kind: 'lognormal', mean: 15, sd: 7 });
 * DistributionSchema.parse({ kind: 'discrete', values: [{ value: 10, probability: 0.5 }, { value: 20, probability: 0.5 }] });
 * ```
 * @category Templates
 */
export const DistributionSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Always this value. */
    kind: z.literal('fixed'),
    /** The value, minutes. */
    value: z.number().finite(),
  }),
  z.object({
    /** Exponential. */
    kind: z.literal('exponential'),
    /** Its mean, minutes. */
    mean: z.number().finite().positive(),
  }),
  z.object({
    /** Uniform on [min, max]. */
    kind: z.literal('uniform'),
    /** Lower end. */
    min: z.number().finite(),
    /** Upper end (>= min). */
    max: z.number().finite(),
  }),
  z.object({
    /** Normal (service times are cut at 0). */
    kind: z.literal('normal'),
    /** Mean. */
    mean: z.number().finite(),
    /** Standard deviation. */
    sd: z.number().finite().min(0),
  }),
  z.object({
    /** Lognormal with this mean and standard deviation. */
    kind: z.literal('lognormal'),
    /** Mean. */
    mean: z.number().finite().positive(),
    /** Standard deviation. */
    sd: z.number().finite().positive(),
  }),
  z.object({
    /** Gamma with this mean and standard deviation. */
    kind: z.literal('gamma'),
    /** Mean. */
    mean: z.number().finite().positive(),
    /** Standard deviation. */
    sd: z.number().finite().positive(),
  }),
  z.object({
    /** Finitely many values with probabilities summing to 1. */
    kind: z.literal('discrete'),
    /** The values and their probabilities. */
    values: z
      .array(
        z.object({
          /** A value, minutes. */
          value: z.number().finite(),
          /** Its probability. */
          probability: z.number().min(0).max(1),
        }),
      )
      .min(1),
  }),
]);

/**
 * A distribution as accepted.
 *
 * @category Templates
 */
export type DistributionInput = z.input<typeof DistributionSchema>;

/**
 * An appointment template for one session (a morning or an afternoon): when each slot starts,
 * relative to the session start, and how many patients are booked into it.
 *
 * @example
 * ```ts
 * AppointmentTemplateSchema.parse({ sessionMinutes: 180, slots: [{ atMinute: 0, patients: 2 }, { atMinute: 15, patients: 1 }] });
 * ```
 * @category Templates
 */
export const AppointmentTemplateSchema = z.object({
  /** Planned session length, minutes; finishing later is overtime. */
  sessionMinutes: z.number().finite().positive(),
  /** The slots, by start minute. */
  slots: z
    .array(
      z.object({
        /** Slot start, minutes after the session start (>= 0). */
        atMinute: z.number().finite().min(0),
        /** Patients booked into the slot. */
        patients: z.number().int().min(0),
      }),
    )
    .min(1),
});

/**
 * A template as accepted.
 *
 * @category Templates
 */
export type AppointmentTemplateInput = z.input<typeof AppointmentTemplateSchema>;

/**
 * A parsed template.
 *
 * @category Templates
 */
export type AppointmentTemplate = z.output<typeof AppointmentTemplateSchema>;

/**
 * How to build a template (see {@link buildTemplate}): `individual` (one patient per slot),
 * `bailey-welch` (two patients in the first slot, then one per slot), `block` (patients in blocks
 * of `blockSize`), each with optional overbooking.
 *
 * @example
 * ```ts
 * TemplateSpecSchema.parse({ rule: 'bailey-welch', patients: 12, slotMinutes: 15 });
 * ```
 * @category Templates
 */
export const TemplateSpecSchema = z.object({
  /** The booking rule. */
  rule: z.literal(['individual', 'bailey-welch', 'block']),
  /** Patients booked (before overbooking). */
  patients: z.number().int().min(1).max(10_000),
  /** Slot length, minutes (usually the mean service time). */
  slotMinutes: z.number().finite().positive(),
  /** Patients per block for `block` (default 2). */
  blockSize: z.number().int().min(1).default(2),
  /** Patients in the first slot for `bailey-welch` (default 2). */
  initialPatients: z.number().int().min(1).default(2),
  /** Extra patients double-booked to make up for no-shows. */
  overbook: z.number().int().min(0).default(0),
  /** Where the extra patients go: the first slots, the last slots or spread evenly. */
  overbookAt: z.literal(['start', 'end', 'spread']).default('spread'),
});

/**
 * A template specification as accepted.
 *
 * @category Templates
 */
export type TemplateSpecInput = z.input<typeof TemplateSpecSchema>;

/**
 * The clinic behaviour a template is evaluated under.
 *
 * @example
 * ```ts
 * TemplateModelSchema.parse({ serviceTime: { kind: 'gamma', mean: 15, sd: 7.5 }, noShowProbability: 0.1, goalMinutes: 17 });
 * ```
 * @category Templates
 */
export const TemplateModelSchema = z.object({
  /** Probability that a booked patient does not come. */
  noShowProbability: z.number().min(0).max(1).default(0),
  /** Service (consultation) time. */
  serviceTime: DistributionSchema,
  /** Patient lateness, minutes (negative = early); punctual when absent. */
  lateness: DistributionSchema.optional(),
  /** When the provider starts, minutes after the session start (may be late). */
  providerStartMinutes: z.number().finite().min(0).default(0),
  /** The wait goal, minutes, for `shareWithinGoal`. */
  goalMinutes: z.number().finite().min(0).default(17),
  /** Where a patient's wait starts (default: later of arrival and appointment, so early birds do not count). */
  clockStart: ClockStartSchema.default('later-of-check-in-and-appointment'),
});

/**
 * A template model as accepted.
 *
 * @category Templates
 */
export type TemplateModelInput = z.input<typeof TemplateModelSchema>;

/**
 * The performance of a template.
 *
 * @category Templates
 */
export interface TemplateEvaluation {
  /** `exact` (distribution recursion) or `simulation`. */
  readonly method: 'exact' | 'simulation';
  /** Patients booked. */
  readonly patientsBooked: number;
  /** Expected patients seen. */
  readonly expectedPatientsSeen: number;
  /** Mean wait of a patient who comes, minutes. */
  readonly meanWaitMinutes: number;
  /** Share of patients seen within the goal. */
  readonly shareWithinGoal: number;
  /** Mean provider idle time within [provider start, max(session end, last finish)], minutes. */
  readonly meanIdleMinutes: number;
  /** Mean overtime past the session end, minutes. */
  readonly meanOvertimeMinutes: number;
  /** Mean time the provider finishes, minutes after the session start. */
  readonly meanFinishMinutes: number;
  /** Per booked patient, in appointment order: appointment minute, mean wait and share within the goal. */
  readonly patients: readonly TemplatePatientResult[];
  /** Simulation only: replications run. */
  readonly replications?: number;
  /** Simulation only: standard errors of the mean wait, idle time and overtime (over replications). */
  readonly standardErrors?: TemplateStandardErrors;
  /** Exact only: the grid step in minutes (continuous service times are discretised to it). */
  readonly stepMinutes?: number;
}

/**
 * Standard errors of a simulated {@link TemplateEvaluation}, from the spread of the replications.
 *
 * @category Templates
 */
export interface TemplateStandardErrors {
  /** Of the mean wait, minutes. */
  readonly meanWaitMinutes: number;
  /** Of the mean idle time, minutes. */
  readonly meanIdleMinutes: number;
  /** Of the mean overtime, minutes. */
  readonly meanOvertimeMinutes: number;
}

/**
 * One booked patient's result in a {@link TemplateEvaluation}.
 *
 * @category Templates
 */
export interface TemplatePatientResult {
  /** Appointment minute. */
  readonly atMinute: number;
  /** Mean wait if the patient comes, minutes. */
  readonly meanWaitMinutes: number;
  /** Probability of being seen within the goal if the patient comes. */
  readonly shareWithinGoal: number;
}
