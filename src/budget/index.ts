/**
 * The budget domain of practiceops: budget lines by account, cost centre and fiscal month;
 * spreading and proration; actuals, commitments and projections from core `CostEntry` records;
 * variance reports with roll-ups and an unbudgeted bucket; flexible budgets; year-end forecasts;
 * practice KPIs; CSV import; and the budget rule catalog for the daily review.
 *
 * @module budget
 */
export * from './schemas.js';
export { fiscalPeriods, periodOfDate } from './periods.js';
export { spreadAmount } from './spread.js';
export type { SpreadMethod, SpreadOptions, SpreadPart } from './spread.js';
export { spreadLines } from './spread-lines.js';
export type { SpreadLinesInput } from './spread-lines.js';
export { prorateBudget } from './prorate.js';
export type { ProrateOptions } from './prorate.js';
export { budgetVariance } from './variance.js';
export type { BudgetVarianceInput, BudgetVarianceResult } from './variance.js';
export { flexibleBudget, flexibleVariances } from './flexible.js';
export type { FlexibleBudgetInput, FlexibleBudgetResult, FlexibleVariancesInput, FlexibleVariancesResult, SignedVariance } from './flexible.js';
export { parseBudget } from './parse-budget.js';
export { costEntriesToLayers } from './layers.js';
export type { BudgetLayers, LayerTotal } from './layers.js';
export { budgetReport, budgetReportByPeriod } from './report.js';
export type { BudgetReport, BudgetReportByPeriodOptions, BudgetReportOptions, BudgetReportRow, ReportTotal, UnbudgetedRow } from './report.js';
export { formatBudgetReport } from './format-report.js';
export type { FormatReportOptions } from './format-report.js';
export { forecastYearEnd } from './forecast.js';
export type { Forecast, ForecastMethod, ForecastOptions, ForecastRow, ForecastRule } from './forecast.js';
export {
  fteFromHours,
  totalFte,
  overheadRatio,
  operatingCostPerFtePhysician,
  staffCostPercentOfRevenue,
  netCollectionRate,
  daysInAccountsReceivable,
} from './kpis.js';
export type { FteOptions, NetCollectionInput, DaysInArInput } from './kpis.js';
export { parseBudgetLinesCsv, parseCostEntriesCsv } from './csv.js';
export type { CostEntriesCsvOptions } from './csv.js';
export { MGMA_CHART_OF_ACCOUNTS } from './chart.js';
export { budgetCatalog, budgetPolicyJsonSchema } from './catalog.js';
export { accountOverBudget } from './rules/account-over-budget.js';
export { costCentreOverBudget } from './rules/cost-centre-over-budget.js';
export { totalOverBudget } from './rules/total-over-budget.js';
export { unbudgetedSpend } from './rules/unbudgeted-spend.js';
export { revenueBelowBudget } from './rules/revenue-below-budget.js';
export { forecastOverBudget } from './rules/forecast-over-budget.js';
export { decideBudget, checkSpend } from './decide.js';
export type { BudgetOutcome, BudgetOverride, DecisionReason, BudgetDecision, DecideOptions } from './decide.js';
export { transferBudget } from './transfer-budget.js';
export type { BudgetPatch, BudgetLineKey, BudgetTransfer, TransferredBudget } from './transfer-budget.js';
