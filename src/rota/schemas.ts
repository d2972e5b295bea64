import { z } from 'zod';
import { IsoDateSchema, WeekdaySchema } from '../core/calendar.js';
import { CurrencyCodeSchema } from '../core/currency.js';
import { DecimalStringSchema } from '../core/money.js';
import { TimeZoneSchema, WallTimeSchema } from '../core/time.js';

const Id = z.string().min(1).max(200);
const Weight = z.number().finite().min(0);
const Minutes = z.int().min(0);

/**
 * Opening hours for one weekday: the site is open from `open` to `close` (wall clock).
 *
 * @example
 * ```ts
 * OpeningHoursSchema.parse({ weekday: 1, open: '08:00', close: '19:30' });
 * ```
 * @category Model
 */
export const OpeningHoursSchema = z.object({
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: WeekdaySchema,
  /** Opening time, `HH:mm`. */
  open: WallTimeSchema,
  /** Closing time, `HH:mm` (after `open`). */
  close: WallTimeSchema,
});

/**
 * A practice site: its time zone, opening hours, closures and public holidays.
 *
 * @example
 * ```ts
 * SiteSchema.parse({ id: 'riverside', timeZone: 'America/New_York' });
 * ```
 * @category Model
 */
export const SiteSchema = z.object({
  /** The site id. */
  id: Id,
  /** A readable name. */
  name: z.string().optional(),
  /** The IANA time zone every wall-clock time of the site is read in. */
  timeZone: TimeZoneSchema,
  /** Opening hours per weekday; a weekday not listed is closed. */
  openingHours: z.array(OpeningHoursSchema).default([]),
  /** Dates the site is closed (training days, works). */
  closures: z
    .array(
      z.object({
        /** The date closed. */
        date: IsoDateSchema,
        /** Why. */
        reason: z.string().optional(),
      }),
    )
    .default([]),
  /** Public holidays (closed unless a cover demand says otherwise). */
  publicHolidays: z
    .array(
      z.object({
        /** The date. */
        date: IsoDateSchema,
        /** The holiday's name. */
        name: z.string(),
      }),
    )
    .default([]),
});

/**
 * A practice site.
 *
 * @category Model
 */
export type Site = z.infer<typeof SiteSchema>;

/**
 * The limits a staff member works under. Every limit is optional: an absent limit is not checked.
 * Minutes are real elapsed minutes of the shifts worked.
 *
 * @example
 * ```ts
 * ContractSchema.parse({ id: 'full-time', maxMinutesPerWeek: 2400, maxConsecutiveWorkDays: 5, minRestMinutes: 660 });
 * ```
 * @category Model
 */
export const ContractSchema = z.object({
  /** The contract id. */
  id: Id,
  /** A readable name. */
  name: z.string().optional(),
  /** Minimum worked minutes on a day that is worked. */
  minMinutesPerDay: Minutes.optional(),
  /** Maximum worked minutes per day. */
  maxMinutesPerDay: Minutes.optional(),
  /** Minimum minutes per workweek (the staff member's workweek). */
  minMinutesPerWeek: Minutes.optional(),
  /** Maximum minutes per workweek. */
  maxMinutesPerWeek: Minutes.optional(),
  /** Length of a pay period in days (14 for bi-weekly). */
  payPeriodDays: z.int().min(1).optional(),
  /** First day of a pay period (any one); the horizon start when omitted. */
  payPeriodAnchor: IsoDateSchema.optional(),
  /** Minimum minutes per pay period. */
  minMinutesPerPayPeriod: Minutes.optional(),
  /** Maximum minutes per pay period. */
  maxMinutesPerPayPeriod: Minutes.optional(),
  /** Minimum minutes over the whole horizon. */
  minTotalMinutes: Minutes.optional(),
  /** Maximum minutes over the whole horizon. */
  maxTotalMinutes: Minutes.optional(),
  /** Maximum number of shifts of each type over the horizon, by shift type id. */
  maxShiftsPerType: z.record(z.string(), z.int().min(0)).optional(),
  /** Minimum length of a run of consecutive working days. */
  minConsecutiveWorkDays: z.int().min(1).optional(),
  /** Maximum length of a run of consecutive working days. */
  maxConsecutiveWorkDays: z.int().min(1).optional(),
  /** Minimum length of a run of consecutive days off. */
  minConsecutiveDaysOff: z.int().min(1).optional(),
  /** Maximum number of weekends worked over the horizon (a weekend is worked when Saturday or Sunday is). */
  maxWeekends: z.int().min(0).optional(),
  /** Minimum rest between the end of one shift and the start of the next, in real minutes. */
  minRestMinutes: Minutes.optional(),
});

/**
 * A contract: the limits a staff member works under.
 *
 * @category Model
 */
export type Contract = z.infer<typeof ContractSchema>;

/**
 * Which overtime law applies to a non-exempt staff member: US FLSA weekly overtime (over 40 hours
 * in a workweek), California daily overtime (over 8 hours a day, double time over 12, and the
 * seventh consecutive day of a workweek), or none.
 *
 * @example
 * ```ts
 * OvertimeRuleSchema.parse('california');
 * ```
 * @category Model
 */
export const OvertimeRuleSchema = z.enum({
  /** US FLSA: over 40 hours in the workweek at 1.5x. */
  flsa: 'flsa',
  /** California: daily overtime over 8 h, double time over 12 h, the seventh consecutive day, and over 40 h a week. */
  california: 'california',
  /** No overtime premium. */
  none: 'none',
});

/**
 * An overtime law; see {@link OvertimeRuleSchema}.
 *
 * @category Model
 */
export type OvertimeRule = z.infer<typeof OvertimeRuleSchema>;

/**
 * A staff member.
 *
 * @example
 * ```ts
 * StaffSchema.parse({ id: 'ana', roles: ['rn'], contractId: 'full-time', payRate: '44.50' });
 * ```
 * @category Model
 */
export const StaffSchema = z.object({
  /** The staff id. */
  id: Id,
  /** The name shown on the rota. */
  name: z.string().optional(),
  /** Roles held (`rn`, `ma`, `front-desk`...). */
  roles: z.array(Id).default([]),
  /** Skills held (`phlebotomy`, `spanish`...). */
  skills: z.array(Id).default([]),
  /** The id of the staff member's contract. */
  contractId: Id,
  /** Full-time equivalent, 1.0 for full time. */
  fte: z.number().min(0).max(2).default(1),
  /** The weekday the staff member's workweek starts on (FLSA workweek); Sunday by default. */
  workweekStartsOn: WeekdaySchema.default(0),
  /** Hourly pay rate as a decimal string, in the problem's currency. */
  payRate: DecimalStringSchema.optional(),
  /** Exempt from overtime (salaried professionals). */
  exempt: z.boolean().default(false),
  /** The overtime law that applies when not exempt. */
  overtimeRule: OvertimeRuleSchema.default('flsa'),
  /** The site the staff member usually works at. */
  homeSiteId: Id.optional(),
});

/**
 * A staff member.
 *
 * @category Model
 */
export type Staff = z.infer<typeof StaffSchema>;

/**
 * A kind of shift: its wall-clock start and length, the skills and roles it needs, and the shift
 * types that may not follow it on the next day.
 *
 * @example
 * ```ts
 * ShiftTypeSchema.parse({ id: 'N', start: '22:00', durationMinutes: 540, forbiddenSuccessors: ['D'] });
 * ```
 * @category Model
 */
export const ShiftTypeSchema = z.object({
  /** The shift type id (`D`, `early`, `night`). */
  id: Id,
  /** A readable name. */
  name: z.string().optional(),
  /** Wall-clock start, `HH:mm`. */
  start: WallTimeSchema,
  /** Length in wall-clock minutes: the shift ends when the wall clock shows start + length, whatever DST does. */
  durationMinutes: z.int().min(1).max(24 * 60),
  /** Unpaid break minutes within the shift (labour cost only). */
  unpaidBreakMinutes: Minutes.default(0),
  /** Skills the person working it must all have. */
  requiredSkills: z.array(Id).default([]),
  /** Roles that may work it; any role when empty. */
  roles: z.array(Id).default([]),
  /** Shift types that may not be worked on the day after this one. */
  forbiddenSuccessors: z.array(Id).default([]),
  /** Counts as a night shift for fairness; by default a shift that crosses midnight. */
  night: z.boolean().optional(),
});

/**
 * A kind of shift.
 *
 * @category Model
 */
export type ShiftType = z.infer<typeof ShiftTypeSchema>;

/**
 * Demand for cover on one day: for a shift type, or for a wall-clock time window; counting
 * everyone, or only those with a role or a skill. `min` is hard; `ideal` is soft, with a weight
 * per person under and per person over.
 *
 * @example
 * ```ts
 * CoverDemandSchema.parse({ date: '2026-12-01', shiftTypeId: 'D', role: 'rn', min: 1, ideal: 2, underWeight: 20 });
 * ```
 * @category Model
 */
export const CoverDemandSchema = z
  .object({
    /** The date. */
    date: IsoDateSchema,
    /** The shift type to cover (or give `window`). */
    shiftTypeId: Id.optional(),
    /** A wall-clock window to cover: a person counts when their shift covers the whole window. */
    window: z
      .object({
        /** Window start, `HH:mm`. */
        start: WallTimeSchema,
        /** Window end, `HH:mm` (at or before `start` means the next day). */
        end: WallTimeSchema,
      })
      .optional(),
    /** Count only staff with this role. */
    role: Id.optional(),
    /** Count only staff with this skill. */
    skill: Id.optional(),
    /** Hard minimum number of people. */
    min: z.int().min(0).default(0),
    /** The ideal number of people. */
    ideal: z.int().min(0),
    /** Penalty per person short of the ideal. */
    underWeight: Weight.default(1),
    /** Penalty per person over the ideal. */
    overWeight: Weight.default(1),
  })
  .refine((demand) => (demand.shiftTypeId === undefined) !== (demand.window === undefined), {
    message: 'Give exactly one of shiftTypeId or window',
    path: ['shiftTypeId'],
  });

/**
 * Demand for cover on one day.
 *
 * @category Model
 */
export type CoverDemand = z.infer<typeof CoverDemandSchema>;

/**
 * Leave over a span of days (both included). Approved leave is hard; pending leave is a soft
 * request with a weight.
 *
 * @example
 * ```ts
 * LeaveSchema.parse({ id: 'lv-1', staffId: 'ana', start: '2026-12-21', end: '2026-12-24', status: 'approved' });
 * ```
 * @category Model
 */
export const LeaveSchema = z.object({
  /** The leave id. */
  id: Id,
  /** Who is on leave. */
  staffId: Id,
  /** First day of leave. */
  start: IsoDateSchema,
  /** Last day of leave (included). */
  end: IsoDateSchema,
  /** Approved (hard) or pending (soft). */
  status: z.enum({
    /** Approved: working on it is a hard violation. */
    approved: 'approved',
    /** Pending: working on it costs the weight per day. */
    pending: 'pending',
  }),
  /** The kind of leave. */
  kind: z
    .enum({
      /** Vacation. */
      vacation: 'vacation',
      /** Sick leave. */
      sick: 'sick',
      /** Training or study leave. */
      training: 'training',
      /** Anything else. */
      other: 'other',
    })
    .default('vacation'),
  /** Penalty per day worked during pending leave. */
  weight: Weight.default(1),
});

/**
 * Leave over a span of days.
 *
 * @category Model
 */
export type Leave = z.infer<typeof LeaveSchema>;

/**
 * A staff member's wish for one day: a day off, to work a shift (`shift-on`), or not to work a
 * shift (`shift-off`), with the penalty for not honouring it.
 *
 * @example
 * ```ts
 * RotaRequestSchema.parse({ staffId: 'ana', date: '2026-12-24', kind: 'day-off', weight: 8 });
 * ```
 * @category Model
 */
export const RotaRequestSchema = z
  .object({
    /** Who asks. */
    staffId: Id,
    /** The day. */
    date: IsoDateSchema,
    /** What they ask for. */
    kind: z.enum({
      /** Not to work at all that day. */
      'day-off': 'day-off',
      /** To work the given shift type. */
      'shift-on': 'shift-on',
      /** Not to work the given shift type. */
      'shift-off': 'shift-off',
    }),
    /** The shift type, for `shift-on` and `shift-off`. */
    shiftTypeId: Id.optional(),
    /** The penalty when the request is not honoured. */
    weight: Weight.default(1),
  })
  .refine((request) => request.kind === 'day-off' || request.shiftTypeId !== undefined, {
    message: 'shift-on and shift-off requests need a shiftTypeId',
    path: ['shiftTypeId'],
  });

/**
 * A staff member's wish for one day.
 *
 * @category Model
 */
export type RotaRequest = z.infer<typeof RotaRequestSchema>;

/**
 * One staff member working one shift type on one date.
 *
 * @example
 * ```ts
 * AssignmentSchema.parse({ staffId: 'ana', date: '2026-12-01', shiftTypeId: 'D' });
 * ```
 * @category Model
 */
export const AssignmentSchema = z.object({
  /** Who. */
  staffId: Id,
  /** The date the shift starts on. */
  date: IsoDateSchema,
  /** The shift type. */
  shiftTypeId: Id,
});

/**
 * One staff member working one shift type on one date.
 *
 * @category Model
 */
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * A fixed decision the solver and repair must keep: a shift (`shiftTypeId`) or a day off (`null`).
 *
 * @example
 * ```ts
 * PinnedAssignmentSchema.parse({ staffId: 'ana', date: '2026-12-01', shiftTypeId: null }); // a pinned day off
 * ```
 * @category Model
 */
export const PinnedAssignmentSchema = z.object({
  /** Who. */
  staffId: Id,
  /** The date. */
  date: IsoDateSchema,
  /** The shift type, or null for a pinned day off. */
  shiftTypeId: Id.nullable(),
});

/**
 * A fixed decision the solver must keep.
 *
 * @category Model
 */
export type PinnedAssignment = z.infer<typeof PinnedAssignmentSchema>;

/**
 * A rota: the assignments over the horizon. Days without an assignment are days off.
 *
 * @example
 * ```ts
 * RotaSchema.parse({ assignments: [{ staffId: 'ana', date: '2026-12-01', shiftTypeId: 'D' }] });
 * ```
 * @category Model
 */
export const RotaSchema = z.object({
  /** The assignments. */
  assignments: z.array(AssignmentSchema),
});

/**
 * A rota: the assignments over the horizon.
 *
 * @category Model
 */
export type Rota = z.infer<typeof RotaSchema>;

/**
 * Everything a rota is built for: the site, the horizon, staff and contracts, shift types, cover
 * demand, leave, requests, fixed days off, pinned assignments, and history before the horizon
 * (shifts worked on the days just before `horizon.start`, which still count for rest, consecutive
 * days and weekends). Runs of working days or days off that touch the horizon start are judged
 * with the history; runs that touch a horizon edge without history are held to the maximums but
 * not to the minimums (days outside the horizon count as off).
 *
 * @example
 * ```ts
 * const problem = RotaProblemSchema.parse(JSON.parse(text));
 * ```
 * @category Model
 */
export const RotaProblemSchema = z.object({
  /** A name for the problem (the benchmark instance name, say). */
  id: z.string().optional(),
  /** The site. */
  site: SiteSchema,
  /** The horizon: the first date and the number of days. */
  horizon: z.object({
    /** The first date. */
    start: IsoDateSchema,
    /** The number of days. */
    days: z.int().min(1).max(3660),
  }),
  /** The currency of pay rates. */
  currency: CurrencyCodeSchema.default('USD'),
  /** Contracts, referenced by staff. */
  contracts: z.array(ContractSchema).min(1),
  /** Staff. */
  staff: z.array(StaffSchema).min(1),
  /** Shift types. */
  shiftTypes: z.array(ShiftTypeSchema).min(1),
  /** Cover demand. */
  cover: z.array(CoverDemandSchema).default([]),
  /** Leave. */
  leave: z.array(LeaveSchema).default([]),
  /** Requests. */
  requests: z.array(RotaRequestSchema).default([]),
  /** Days a staff member can never work (hard). */
  fixedDaysOff: z
    .array(
      z.object({
        /** Who. */
        staffId: Id,
        /** The day off. */
        date: IsoDateSchema,
      }),
    )
    .default([]),
  /** Pinned decisions. */
  pinned: z.array(PinnedAssignmentSchema).default([]),
  /** Assignments before the horizon that still count for rolling rules. */
  history: z.array(AssignmentSchema).default([]),
});

/**
 * A rota problem, after parsing (defaults filled in).
 *
 * @category Model
 */
export type RotaProblem = z.infer<typeof RotaProblemSchema>;

/**
 * A rota problem as written by an app (defaults may be left out).
 *
 * @category Model
 */
export type RotaProblemInput = z.input<typeof RotaProblemSchema>;

/**
 * A hard/soft score: hard is the total penalty of broken hard rules (0 = feasible), soft the total
 * soft penalty. Lower is better; compare hard first.
 *
 * @category Scoring
 */
export interface HardSoftScore {
  /** Total hard penalty; 0 means feasible. */
  readonly hard: number;
  /** Total soft penalty. */
  readonly soft: number;
}
