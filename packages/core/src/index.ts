/**
 * @packageDocumentation
 * @bo/core — money on decimal.js with explicit rounding and exact allocation, calendar dates and
 * periods that never shift with a time zone, day counts and proration, effective-dated legal
 * parameters and progressive scales, typed errors and explain traces. Guide: docs/core.md.
 */
export { Decimal, type DecimalInput } from './decimal.js';
export { toDecimal } from './to-decimal.js';
export {
  BoError,
  BoValidationError,
  BoCurrencyError,
  BoRuleError,
  BoStateError,
  isBoError,
  formatPath,
  type BoErrorCode,
  type BoErrorInit,
  type FieldPath,
} from './errors/bo-error.js';
export { attempt, safely, ok, err, unwrap, type Result } from './errors/result.js';
export { parseWith } from './errors/from-zod.js';
export {
  type RoundingMode,
  type RoundingRule,
  ROUNDING_MODES,
  roundDecimal,
  decimalRounding,
} from './rounding.js';
export {
  CURRENCIES,
  defineCurrency,
  getCurrency,
  type Currency,
  type CurrencyInput,
  type KnownCurrencyCode,
} from './money/currency.js';
export {
  money,
  moneyFromMinor,
  toMinor,
  zero,
  moneyToJSON,
  moneyFromJSON,
  isMoney,
  assertSameCurrency,
  checkMoney,
  type Money,
  type MoneyJSON,
} from './money/money.js';
export { add, subtract, negate, abs, multiply, divide, sum } from './money/arithmetic.js';
export {
  compare,
  equals,
  lessThan,
  greaterThan,
  isZero,
  isPositive,
  isNegative,
  minimum,
  maximum,
} from './money/compare.js';
export { roundMoney, isRounded } from './money/round-money.js';
export { allocate, split, type AllocateOptions } from './money/allocate.js';
export {
  calendarDate,
  isCalendarDate,
  dateOf,
  dateParts,
  toEpochDay,
  fromEpochDay,
  addDays,
  addMonths,
  diffDays,
  compareDates,
  weekday,
  startOfMonth,
  endOfMonth,
  isoWeek,
  isLeapYear,
  daysInMonth,
  maxDate,
  minDate,
  type CalendarDate,
  type IsoWeekday,
} from './dates/calendar-date.js';
export { formatMoney, type FormatMoneyOptions } from './money/format-money.js';
export { parseMoney, type ParseMoneyOptions } from './money/parse-money.js';
export {
  period,
  dayPeriod,
  monthPeriod,
  monthOf,
  quarterPeriod,
  yearPeriod,
  fiscalYearPeriod,
  fiscalYearOf,
  periodLength,
  containsDate,
  overlaps,
  intersect,
  eachDay,
  splitPeriod,
  type Period,
  type PeriodUnit,
} from './periods/period.js';
export {
  workWeek,
  workingDays,
  MON_FRI,
  MON_SAT,
  MON_SAT_HALF,
  type WorkWeek,
  type WorkCalendar,
} from './periods/work-week.js';
export {
  prorate,
  prorationFraction,
  type ProrationBasis,
  type ProrationFraction,
} from './periods/prorate.js';
export {
  formatReference,
  LegalReferenceSchema,
  type LegalReference,
} from './params/legal-reference.js';
export {
  defineParameter,
  parameterAt,
  valueAt,
  parameterSchema,
  type DatedValue,
  type Parameter,
} from './params/parameter.js';
export {
  defineScale,
  marginalAmount,
  marginalBreakdown,
  quickTable,
  quickAmount,
  ScaleInputSchema,
  type Scale,
  type ScaleBracket,
  type ScaleBracketResult,
  type QuickTableRow,
} from './params/scale.js';
export {
  reform,
  type ParameterSet,
  type ParameterValueType,
  type ReformChanges,
  type DatedValueInput,
} from './params/reform.js';
export { trace, renderTrace, type Trace, type RenderTraceOptions } from './trace/trace.js';
export {
  CalendarDateSchema,
  YearMonthSchema,
  DecimalStringSchema,
  CurrencyCodeSchema,
  MoneySchema,
  PeriodSchema,
  RoundingModeSchema,
} from './schemas.js';
export {
  safeMoney,
  safeMoneyFromJSON,
  safeParseMoney,
  safeCalendarDate,
  safePeriod,
  safeDecimal,
} from './safe.js';
