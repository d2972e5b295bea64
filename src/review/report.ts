import { z } from 'zod';

/**
 * How soon a finding needs acting on: `act-now` (errors), `this-week` (warnings), `for-info`.
 *
 * @example
 * ```ts
 * UrgencySchema.parse('act-now');
 * ```
 * @category Report
 */
export const UrgencySchema = z.enum(['act-now', 'this-week', 'for-info']);

/**
 * How soon a finding needs acting on.
 *
 * @category Report
 */
export type Urgency = z.infer<typeof UrgencySchema>;

/**
 * The domains a review covers.
 *
 * @example
 * ```ts
 * ReviewDomainSchema.parse('inventory');
 * ```
 * @category Report
 */
export const ReviewDomainSchema = z.enum(['rota', 'credentials', 'inventory', 'budget', 'wait-time']);

/**
 * A domain a review covers.
 *
 * @category Report
 */
export type ReviewDomain = z.infer<typeof ReviewDomainSchema>;

/**
 * A finding as it appears in the review: the rule engine's finding plus its domain.
 *
 * @example
 * ```ts
 * report.groups[0]?.findings.every((f) => ReviewFindingSchema.safeParse(f).success);
 * ```
 * @category Report
 */
export const ReviewFindingSchema = z.object({
  domain: ReviewDomainSchema,
  ruleId: z.string(),
  severity: z.enum(['error', 'warn', 'info']),
  messageId: z.string(),
  data: z.record(z.string(), z.unknown()),
  message: z.string(),
  subject: z.object({
    type: z.string(),
    id: z.string(),
    dates: z.array(z.string()).optional(),
    label: z.string().optional(),
  }),
  actual: z.union([z.number(), z.string()]).optional(),
  threshold: z.union([z.number(), z.string()]).optional(),
  suggestedAction: z
    .object({ kind: z.string(), description: z.string(), data: z.record(z.string(), z.unknown()).optional() })
    .optional(),
});

/**
 * A finding in the review.
 *
 * @category Report
 */
export type ReviewFinding = z.infer<typeof ReviewFindingSchema>;

/**
 * A table in a report section: column titles and rows of cells.
 *
 * @example
 * ```ts
 * ReportTableSchema.parse({ title: 'Orders', columns: ['Item', 'Units'], rows: [['Gloves', '900']] });
 * ```
 * @category Report
 */
export const ReportTableSchema = z.object({
  title: z.string(),
  columns: z.array(z.string()),
  /** Cells as text; the renderers right-align cells that look like numbers. */
  rows: z.array(z.array(z.string())),
});

/**
 * A table in a report section.
 *
 * @category Report
 */
export type ReportTable = z.infer<typeof ReportTableSchema>;

/**
 * The rota as a grid of staff by day: each cell a shift id or empty for a day off, with marks for
 * cells that have findings.
 *
 * @example
 * ```ts
 * const grid = report.sections.find((s) => s.domain === 'rota')?.rotaGrid;
 * ```
 * @category Report
 */
export const RotaGridSchema = z.object({
  dates: z.array(z.string()),
  rows: z.array(z.object({ staffId: z.string(), label: z.string(), cells: z.array(z.string()) })),
  /** Shift ids and what they mean. */
  legend: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Cover per date: assigned and required people. */
  cover: z.array(z.object({ date: z.string(), assigned: z.int(), required: z.int() })),
});

/**
 * The rota as a grid of staff by day.
 *
 * @category Report
 */
export type RotaGrid = z.infer<typeof RotaGridSchema>;

/**
 * Budget lines as bars: spent (actual + committed) against the prorated and the full budget. Status: `stop` over the prorated budget, `warn` within 3% of it, `ok` below.
 *
 * @example
 * ```ts
 * const bars = report.sections.find((s) => s.domain === 'budget')?.varianceBars;
 * ```
 * @category Report
 */
export const VarianceBarsSchema = z.object({
  currency: z.string(),
  bars: z.array(
    z.object({
      label: z.string(),
      budget: z.string(),
      prorated: z.string(),
      actual: z.string(),
      status: z.enum(['ok', 'warn', 'stop']),
    }),
  ),
});

/**
 * Budget lines as bars.
 *
 * @category Report
 */
export type VarianceBars = z.infer<typeof VarianceBarsSchema>;

/**
 * The distribution of waits against the goal.
 *
 * @example
 * ```ts
 * const waits = report.sections.find((s) => s.domain === 'wait-time')?.waitDistribution;
 * ```
 * @category Report
 */
export const WaitDistributionSchema = z.object({
  goalMinutes: z.number(),
  targetShare: z.number(),
  shareWithinGoal: z.number(),
  bins: z.array(z.object({ fromMinutes: z.number(), toMinutes: z.number(), count: z.int() })),
});

/**
 * The distribution of waits against the goal.
 *
 * @category Report
 */
export type WaitDistribution = z.infer<typeof WaitDistributionSchema>;

/**
 * One domain's part of the review: headline figures, tables, and a picture where one helps.
 *
 * @example
 * ```ts
 * report.sections.every((s) => ReviewSectionSchema.safeParse(s).success);
 * ```
 * @category Report
 */
export const ReviewSectionSchema = z.object({
  domain: ReviewDomainSchema,
  title: z.string(),
  /** Headline figures: label and value. */
  headlines: z.array(z.object({ label: z.string(), value: z.string() })),
  tables: z.array(ReportTableSchema),
  rotaGrid: RotaGridSchema.optional(),
  varianceBars: VarianceBarsSchema.optional(),
  waitDistribution: WaitDistributionSchema.optional(),
});

/**
 * One domain's part of the review.
 *
 * @category Report
 */
export type ReviewSection = z.infer<typeof ReviewSectionSchema>;

/**
 * The daily review: every finding grouped by urgency, and a section per domain.
 *
 * @example
 * ```ts
 * ReviewReportSchema.parse(JSON.parse(jsonOutput)); // validates `npm run demo -- --json`
 * ```
 * @category Report
 */
export const ReviewReportSchema = z.object({
  practice: z.object({ name: z.string(), timeZone: z.string() }),
  today: z.string(),
  counts: z.object({ error: z.int(), warn: z.int(), info: z.int() }),
  groups: z.array(z.object({ urgency: UrgencySchema, title: z.string(), findings: z.array(ReviewFindingSchema) })),
  sections: z.array(ReviewSectionSchema),
});

/**
 * The daily review report.
 *
 * @category Report
 */
export type ReviewReport = z.infer<typeof ReviewReportSchema>;

/**
 * The JSON Schema of the review report, so other tools can validate `--json` output.
 *
 * @returns a JSON Schema (draft 2020-12)
 * @example
 * ```ts
 * const schema = reviewReportJsonSchema();
 * ```
 * @category Report
 */
export function reviewReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReviewReportSchema) as Record<string, unknown>;
}
