/**
 * @packageDocumentation
 * @bo/analytics — back-office data to KPIs, reports and forecasts: exact grouping and pivots over money,
 * time buckets on calendar dates, typed CSV, exponential smoothing and Holt–Winters forecasts matching
 * R's `HoltWinters()`, classical decomposition, best sellers by season, ABC/XYZ, anomaly flags, KPIs
 * with cited formulas and a small SVG chart. Guide: docs/analytics.md.
 */
export { ANALYTICS_ERRORS, type AnalyticsErrorCode } from './errors.js';
// tables
export { type MissingPolicy, isMissing } from './table/missing.js';
export {
  type Accumulator,
  type Aggregate,
  type ValueOptions,
  type SumMoneyOptions,
  count,
  sum,
  sumMoney,
  mean,
  variance,
  stdev,
  quantile,
  median,
  min,
  max,
  distinct,
  distinctCount,
  weightedMean,
  first,
  last,
} from './table/aggregates.js';
export {
  type AggregateSpec,
  type AggregateResult,
  type Row,
  aggregate,
  groupBy,
  groupRows,
} from './table/group-by.js';
export { type PivotOptions, type PivotResult, type UnpivotOptions, pivot, unpivot } from './table/pivot.js';
export { type JoinOptions, innerJoin, leftJoin } from './table/join.js';
export { type SortKey, sortBy, topN } from './table/sort.js';
export { derive, filterRows } from './table/derive.js';
export {
  type WindowReducer,
  type WindowOptions,
  type RollingOptions,
  rolling,
  cumulative,
} from './table/window.js';
export { type PeriodChangeOptions, periodChange } from './table/period-change.js';
export { columns, parseRows } from './table/columns.js';
// time
export {
  type BucketUnit,
  type FiscalBucket,
  type BucketSpec,
  type FillBucketsOptions,
  bucketKey,
  bucketStart,
  bucketEnd,
  bucketPeriod,
  nextBucket,
  bucketRange,
  fillBuckets,
} from './time/bucket.js';
// CSV
export {
  type CsvColumnType,
  type CsvColumn,
  type CsvSchema,
  type CsvRow,
  type ParseCsvOptions,
  CsvSchemaSchema,
  parseCsv,
  readCsvRecords,
} from './csv/parse-csv.js';
export { type FormatCsvOptions, formatCsv } from './csv/format-csv.js';
// forecasting
export { normalQuantile } from './forecast/normal-quantile.js';
export {
  type MinimizeOptions,
  type MinimizeResult,
  minimizeBounded,
  minimizeScalar,
} from './forecast/optimize.js';
export { movingAverage, weightedMovingAverage, movingAverageForecast } from './forecast/moving-average.js';
export {
  type SmoothingParameters,
  type SmoothingInitialState,
  type SmoothingModel,
  type SesOptions,
  type HoltOptions,
  type HoltWintersOptions,
  HoltWintersOptionsSchema,
  type Forecast,
  simpleExponentialSmoothing,
  holt,
  holtWinters,
  forecastSmoothing,
} from './forecast/exponential-smoothing.js';
export { type Accuracy, type AccuracyOptions, accuracy } from './forecast/accuracy.js';
export {
  type BacktestOptions,
  type BacktestFold,
  type BacktestResult,
  rollingOriginBacktest,
} from './forecast/backtest.js';
// patterns
export {
  type SeasonalType,
  type Decomposition,
  centredMovingAverage,
  classicalDecomposition,
} from './patterns/decompose.js';
export { type SeasonalityStrength, seasonalityStrength } from './patterns/seasonality-strength.js';
export {
  type SeasonalBestSellersOptions,
  type SeasonalSeller,
  type SeasonSummary,
  type ProductSeasonality,
  type SeasonalBestSellersResult,
  seasonalBestSellers,
} from './patterns/seasonal-best-sellers.js';
export {
  type AbcBoundary,
  type AbcOptions,
  type AbcItem,
  type XyzOptions,
  type XyzItem,
  type XyzResult,
  abcClassification,
  xyzClassification,
} from './patterns/abc-xyz.js';
export {
  type AnomalyFlag,
  zScoreAnomalies,
  iqrAnomalies,
  seasonalResidualAnomalies,
} from './patterns/anomalies.js';
// KPIs
export { type KpiResult, type KpiId, type Figure, KPI_DEFINITIONS } from './kpi/kpi-result.js';
export {
  type BudgetVariance,
  revenueGrowth,
  grossMargin,
  operatingMargin,
  netMargin,
  currentRatio,
  quickRatio,
  dso,
  dpo,
  dio,
  cashConversionCycle,
  budgetVariance,
} from './kpi/finance.js';
export {
  type EmploymentSpell,
  DAYS_PER_YEAR,
  headcount,
  turnoverRate,
  annualisedTurnover,
  retentionRate,
  absenteeismRate,
  averageTenure,
  overtimeRatio,
} from './kpi/hr.js';
export {
  type OeeInput,
  PER_MILLION,
  SIGMA_SHIFT,
  defectRate,
  dpmo,
  sigmaLevel,
  firstPassYield,
  rolledThroughputYield,
  oee,
} from './kpi/quality.js';
// chart
export {
  type ChartPoint,
  type ChartForecastPoint,
  type LineChartOptions,
  lineChartSvg,
} from './chart/line-chart-svg.js';
export {
  financeFiguresFromStatements,
  VAS_FINANCE_LINES,
  type FinanceFigures,
  type FinanceLineMap,
} from './kpi/finance-figures-from-statements.js';
