import { z } from 'zod';
import { IsoDateSchema, toDayNumber, type IsoDate } from '../core/calendar.js';
import { Dec } from '../core/internal/decimal.js';
import { parseInput } from '../core/parse.js';
import { CredentialTypeIdSchema } from './schemas.js';

/** Average days per month (365.25 / 12), used to turn months of experience into days. */
const DAYS_PER_MONTH = 30.4375;

/**
 * One condition of an exam-eligibility rule:
 * - `experience`: months of work (overlapping jobs counted once), optionally only in some settings, by default only in healthcare;
 * - `college-credits`: credit hours in any of some subjects;
 * - `credential`: holding any of some credential types;
 * - `education`: any of some education levels.
 *
 * @example
 * ```ts
 * ExamConditionSchema.parse({ kind: 'college-credits', hours: 12, subjects: ['health-services', 'business-management'] });
 * ```
 * @category Exam eligibility
 */
export const ExamConditionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /** Months of work experience. */
      kind: z.literal('experience'),
      /** Months needed. */
      months: z.number().int().min(1),
      /** Settings that count (any when left out). */
      settings: z.array(z.string().min(1)).optional(),
      /** Only experience marked as in a healthcare setting counts. */
      healthcareOnly: z.boolean().default(true),
    })
    .strict(),
  z
    .object({
      /** College credit hours. */
      kind: z.literal('college-credits'),
      /** Hours needed. */
      hours: z.number().positive(),
      /** Subjects that count. */
      subjects: z.array(z.string().min(1)).min(1),
    })
    .strict(),
  z
    .object({
      /** Holding a credential. */
      kind: z.literal('credential'),
      /** Any of these credential types. */
      anyOf: z.array(CredentialTypeIdSchema).min(1),
    })
    .strict(),
  z
    .object({
      /** An education level. */
      kind: z.literal('education'),
      /** Any of these levels. */
      anyOf: z.array(z.string().min(1)).min(1),
    })
    .strict(),
]);

/**
 * A condition of an exam-eligibility rule.
 *
 * @category Exam eligibility
 */
export type ExamCondition = z.infer<typeof ExamConditionSchema>;

/**
 * An exam-eligibility rule: one or more pathways, each a list of conditions that must all be met.
 *
 * @example
 * ```ts
 * ExamEligibilityRuleSchema.parse({ id: 'x', name: 'X exam', pathways: [{ id: 'p', conditions: [{ kind: 'education', anyOf: ['associate'] }] }] });
 * ```
 * @category Exam eligibility
 */
export const ExamEligibilityRuleSchema = z
  .object({
    /** The rule's id. */
    id: z.string().min(1),
    /** The exam's name. */
    name: z.string().min(1),
    /** Ways to qualify: any one pathway, all of its conditions. */
    pathways: z
      .array(
        z
          .object({
            /** The pathway's id. */
            id: z.string().min(1),
            /** Its name. */
            name: z.string().optional(),
            /** Conditions that must all be met. */
            conditions: z.array(ExamConditionSchema).min(1),
          })
          .strict(),
      )
      .min(1),
    /** Where the rule comes from. */
    source: z.string().optional(),
  })
  .strict();

/**
 * An exam-eligibility rule.
 *
 * @category Exam eligibility
 */
export type ExamEligibilityRule = z.infer<typeof ExamEligibilityRuleSchema>;

/**
 * A candidate's record for an eligibility check: jobs, college credits, credentials held and education.
 *
 * @example
 * ```ts
 * CandidateSchema.parse({ experience: [{ setting: 'physician-practice', from: '2021-01-04' }], collegeCredits: [{ subject: 'business-management', hours: 12 }] });
 * ```
 * @category Exam eligibility
 */
export const CandidateSchema = z
  .object({
    /** Jobs held. */
    experience: z
      .array(
        z
          .object({
            /** The setting (`physician-practice`, `hospital`). */
            setting: z.string().min(1),
            /** Whether the setting is a healthcare setting. */
            healthcare: z.boolean().default(true),
            /** First day. */
            from: IsoDateSchema,
            /** Last day (inclusive); still there when left out. */
            to: IsoDateSchema.optional(),
          })
          .strict(),
      )
      .default([]),
    /** College credits earned. */
    collegeCredits: z
      .array(
        z
          .object({
            /** The subject (`health-services`, `business-management`). */
            subject: z.string().min(1),
            /** Credit hours. */
            hours: z.number().positive(),
            /** Where. */
            institution: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    /** Credential type ids currently held. */
    credentials: z.array(CredentialTypeIdSchema).default([]),
    /** Education levels attained (`associate`, `bachelor`...). */
    education: z.array(z.string().min(1)).default([]),
  })
  .strict();

/**
 * A candidate's record (input form).
 *
 * @category Exam eligibility
 */
export type Candidate = z.input<typeof CandidateSchema>;

/**
 * How one condition came out.
 *
 * @category Exam eligibility
 */
export interface ConditionResult {
  /** The condition. */
  readonly condition: ExamCondition;
  /** Whether it is met. */
  readonly met: boolean;
  /** What was required, for example `36 months`. */
  readonly required: string;
  /** What the candidate has, for example `35.5 months`. */
  readonly actual: string;
  /** A readable sentence. */
  readonly message: string;
}

/**
 * How one pathway of an exam-eligibility rule came out.
 *
 * @category Exam eligibility
 */
export interface PathwayResult {
  /** The pathway's id. */
  readonly id: string;
  /** Whether all its conditions are met. */
  readonly eligible: boolean;
  /** The conditions met. */
  readonly met: readonly ConditionResult[];
  /** The conditions missing. */
  readonly missing: readonly ConditionResult[];
}

/**
 * The outcome of an exam-eligibility check.
 *
 * @category Exam eligibility
 */
export interface ExamEligibilityResult {
  /** The rule checked. */
  readonly ruleId: string;
  /** Whether any pathway is fully met. */
  readonly eligible: boolean;
  /** Each pathway with its met and missing conditions. */
  readonly pathways: readonly PathwayResult[];
  /** Met conditions of the best pathway (the met one, else the one with fewest missing). */
  readonly met: readonly ConditionResult[];
  /** Missing conditions of the best pathway. */
  readonly missing: readonly ConditionResult[];
}

/**
 * PAHCOM's Certified Medical Manager exam eligibility, as the issue states it: three years'
 * experience in a healthcare setting and 12 college credit hours in health services or business management.
 *
 * @example
 * ```ts
 * checkExamEligibility(CMM_EXAM_ELIGIBILITY, candidate, { asOf: '2026-11-23' });
 * ```
 * @category Exam eligibility
 */
export const CMM_EXAM_ELIGIBILITY: ExamEligibilityRule = /* @__PURE__ */ Object.freeze(
  ExamEligibilityRuleSchema.parse({
    id: 'cmm-exam',
    name: 'Certified Medical Manager exam (PAHCOM)',
    pathways: [
      {
        id: 'experience-and-college',
        conditions: [
          { kind: 'experience', months: 36 },
          { kind: 'college-credits', hours: 12, subjects: ['health-services', 'business-management'] },
        ],
      },
    ],
    source: 'PAHCOM CMM eligibility: 3 years in a healthcare setting and 12 college credit hours in health services or business management',
  }),
);

const lower = (values: readonly string[]): Set<string> => new Set(values.map((v) => v.trim().toLowerCase()));

function experienceDays(candidate: z.output<typeof CandidateSchema>, condition: Extract<ExamCondition, { kind: 'experience' }>, asOf: IsoDate): number {
  const settings = condition.settings === undefined ? undefined : lower(condition.settings);
  const spans = candidate.experience
    .filter((job) => (!condition.healthcareOnly || job.healthcare) && (settings === undefined || settings.has(job.setting.trim().toLowerCase())))
    .map((job) => ({ from: toDayNumber(job.from), to: toDayNumber(job.to === undefined || job.to > asOf ? asOf : job.to) }))
    .filter((span) => span.to >= span.from)
    .sort((a, b) => a.from - b.from);
  let days = 0;
  let end = -Infinity;
  for (const span of spans) {
    const start = Math.max(span.from, end + 1);
    if (span.to >= start) days += span.to - start + 1;
    end = Math.max(end, span.to);
  }
  return days;
}

function checkCondition(condition: ExamCondition, candidate: z.output<typeof CandidateSchema>, asOf: IsoDate): ConditionResult {
  switch (condition.kind) {
    case 'experience': {
      const days = experienceDays(candidate, condition, asOf);
      const needed = Math.ceil(condition.months * DAYS_PER_MONTH);
      const months = Math.floor((days / DAYS_PER_MONTH) * 10) / 10;
      const where = condition.settings === undefined ? (condition.healthcareOnly ? ' in a healthcare setting' : '') : ` in ${condition.settings.join(' or ')}`;
      const met = days >= needed;
      return {
        condition,
        met,
        required: `${condition.months} months`,
        actual: `${months} months`,
        message: `${met ? 'Has' : 'Needs'} ${condition.months} months of experience${where} (has ${months})`,
      };
    }
    case 'college-credits': {
      const subjects = lower(condition.subjects);
      const hours = candidate.collegeCredits
        .filter((c) => subjects.has(c.subject.trim().toLowerCase()))
        .reduce((sum, c) => sum.plus(c.hours), new Dec(0));
      const met = hours.gte(condition.hours);
      return {
        condition,
        met,
        required: `${condition.hours} credit hours`,
        actual: `${hours.toString()} credit hours`,
        message: `${met ? 'Has' : 'Needs'} ${condition.hours} college credit hours in ${condition.subjects.join(' or ')} (has ${hours.toString()})`,
      };
    }
    case 'credential': {
      const held = condition.anyOf.filter((id) => candidate.credentials.includes(id));
      const met = held.length > 0;
      return {
        condition,
        met,
        required: condition.anyOf.join(' or '),
        actual: held.join(', ') || 'none',
        message: `${met ? 'Holds' : 'Needs'} ${condition.anyOf.join(' or ')}`,
      };
    }
    case 'education': {
      const levels = lower(candidate.education);
      const held = condition.anyOf.filter((level) => levels.has(level.trim().toLowerCase()));
      const met = held.length > 0;
      return {
        condition,
        met,
        required: condition.anyOf.join(' or '),
        actual: candidate.education.join(', ') || 'none',
        message: `${met ? 'Has' : 'Needs'} education: ${condition.anyOf.join(' or ')}`,
      };
    }
  }
}

/**
 * Options for {@link checkExamEligibility}.
 *
 * @category Exam eligibility
 */
export interface CheckExamEligibilityOptions {
  /** The day to judge on: ongoing jobs count up to it, later ones not at all. */
  readonly asOf: IsoDate;
}

/**
 * Checks a candidate against an exam-eligibility rule (such as {@link CMM_EXAM_ELIGIBILITY}) and
 * says which conditions are met and which are missing. Experience is counted in days, overlapping
 * jobs once, and a month is 365.25 / 12 days.
 *
 * @param rule - the rule
 * @param candidate - the candidate's experience, college credits, credentials and education
 * @param options - the day to judge on
 * @returns whether the candidate is eligible, with met and missing conditions
 * @throws PracticeOpsError `INVALID_INPUT` for malformed data
 * @example
 * ```ts
 * const r = checkExamEligibility(CMM_EXAM_ELIGIBILITY,
 *   { experience: [{ setting: 'clinic', from: '2022-01-03' }], collegeCredits: [{ subject: 'health-services', hours: 6 }] },
 *   { asOf: '2026-11-23' });
 * r.eligible; // false: 6 of 12 credit hours
 * r.missing.map((c) => c.message);
 * ```
 * @category Exam eligibility
 */
export function checkExamEligibility(rule: z.input<typeof ExamEligibilityRuleSchema>, candidate: Candidate, options: CheckExamEligibilityOptions): ExamEligibilityResult {
  const r = parseInput(ExamEligibilityRuleSchema, rule, { label: 'exam eligibility rule' });
  const c = parseInput(CandidateSchema, candidate, { label: 'candidate' });
  const { asOf } = parseInput(z.object({ asOf: IsoDateSchema }), options, { label: 'options' });
  const pathways = r.pathways.map((pathway): PathwayResult => {
    const results = pathway.conditions.map((condition) => checkCondition(condition, c, asOf));
    const missing = results.filter((result) => !result.met);
    return { id: pathway.id, eligible: missing.length === 0, met: results.filter((result) => result.met), missing };
  });
  const best = pathways.find((p) => p.eligible) ?? [...pathways].sort((a, b) => a.missing.length - b.missing.length)[0];
  return {
    ruleId: r.id,
    eligible: pathways.some((p) => p.eligible),
    pathways,
    met: best?.met ?? [],
    missing: best?.missing ?? [],
  };
}

