/**
 * The kernel every domain builds on: exact money, time zones and calendar dates, branded ids,
 * one error class with stable codes, a Result type, and the records that cross domains.
 *
 * @module core
 */
export { ERROR_CODES, PracticeOpsError, isPracticeOpsError, practiceOpsError } from './errors.js';
export type { ErrorCode, ErrorIssue, PracticeOpsErrorInit } from './errors.js';
export { ok, err, unwrap } from './result.js';
export type { Ok, Err, Result } from './result.js';
export { describeValue, toErrorIssues, safeParseInput, parseInput } from './parse.js';
export type { ParseInputOptions } from './parse.js';
export { CURRENCY_MINOR_UNITS, CurrencyCodeSchema, minorUnits } from './currency.js';
export type { CurrencyCode } from './currency.js';
export { RoundingModeSchema } from './rounding.js';
export type { RoundingMode } from './rounding.js';
export {
  DecimalStringSchema,
  MoneySchema,
  money,
  zeroMoney,
  moneyFromMinorUnits,
  toMinorUnits,
  addMoney,
  subtractMoney,
  sumMoney,
  multiplyMoney,
  roundMoney,
  compareMoney,
  negateMoney,
  isZeroMoney,
  formatMoneyAmount,
  moneyRatio,
} from './money.js';
export type { Money, RoundingOptions } from './money.js';
export { allocate } from './allocate.js';
export {
  IsoDateSchema,
  WeekdaySchema,
  toDayNumber,
  fromDayNumber,
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  weekdayOf,
  eachDate,
  startOfWeekDate,
  endOfMonthDate,
} from './calendar.js';
export type { IsoDate, Weekday } from './calendar.js';
export {
  isValidTimeZone,
  TimeZoneSchema,
  InstantSchema,
  WallTimeSchema,
  wallTimeToMinutes,
  wallClockToEpoch,
  wallClockInterval,
  elapsedMinutes,
  intervalsOverlap,
  instantToEpoch,
  epochToInstant,
  localDateOf,
} from './time.js';
export type { Instant, WallTime, EpochInterval } from './time.js';
export { idSchema, StaffIdSchema, SiteIdSchema, RoleIdSchema } from './ids.js';
export type { Brand, StaffId, SiteId, RoleId } from './ids.js';
export { formatMessage } from './messages.js';
export { CostEntrySchema } from './cost-entry.js';
export type { CostEntry } from './cost-entry.js';
export { EligibilityWindowSchema } from './eligibility.js';
export type { StatePatch } from './state-patch.js';
export type { EligibilityWindow } from './eligibility.js';
