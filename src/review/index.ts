/**
 * The office manager's daily review: every domain's rule catalog under one policy, in one report
 * grouped by urgency, with a section per domain, and renderers for the terminal and the browser.
 *
 * @module review
 */
export { reviewPractice } from './review-practice.js';
export { practiceCatalog, practicePolicyJsonSchema } from './catalog.js';
export {
  PracticeSnapshotSchema,
  RotaSnapshotSchema,
  WaitTimeSnapshotSchema,
  practiceSnapshotJsonSchema,
} from './schemas.js';
export type { PracticeSnapshot, PracticeSnapshotInput } from './schemas.js';
export {
  UrgencySchema,
  ReviewDomainSchema,
  ReviewFindingSchema,
  ReportTableSchema,
  RotaGridSchema,
  VarianceBarsSchema,
  WaitDistributionSchema,
  ReviewSectionSchema,
  ReviewReportSchema,
  reviewReportJsonSchema,
} from './report.js';
export type {
  Urgency,
  ReviewDomain,
  ReviewFinding,
  ReportTable,
  RotaGrid,
  VarianceBars,
  WaitDistribution,
  ReviewSection,
  ReviewReport,
} from './report.js';
export { renderReviewText } from './render-text.js';
export type { RenderTextOptions } from './render-text.js';
export { renderReviewHtml } from './render-html.js';
