/**
 * @packageDocumentation
 * @bo/qc — statistical process control: control charts with textbook limits and run rules, capability,
 * ISO 2859-1 acceptance sampling, inspections, nonconformance and CAPA. Statistics use float64 numbers.
 * Guide: docs/qc.md.
 */
export type { QcErrorCode } from './errors.js';
export {
  CONTROL_CHART_CONSTANTS,
  CONTROL_CHART_CONSTANTS_SOURCE,
  CONSTANTS_MIN_N,
  CONSTANTS_MAX_N,
  chartConstants,
  type ControlChartConstants,
} from './constants/control-chart-constants.js';
export { normalCdf, normalQuantile } from './math/distributions.js';
export { c4 } from './charts/c4.js';
export {
  zoneLines,
  type ChartType,
  type SigmaMethod,
  type ProcessEstimate,
  type ControlChart,
  type ChartOptions,
} from './charts/control-chart.js';
export { xbarRChart, type VariablesChartPair } from './charts/xbar-r-chart.js';
export { xbarSChart, type XbarSOptions } from './charts/xbar-s-chart.js';
export { individualsChart, type IndividualsChartPair } from './charts/individuals-chart.js';
export {
  AttributeSampleSchema,
  type AttributeSample,
  type AttributeChartOptions,
} from './charts/attribute-sample.js';
export { pChart, npChart } from './charts/p-chart.js';
export { cChart } from './charts/c-chart.js';
export { uChart } from './charts/u-chart.js';
export { phaseOne, type PhaseOneOptions, type PhaseOneResult } from './charts/phase-one.js';
export {
  beyondLimitsRule,
  zoneCountRule,
  sameSideRule,
  trendRule,
  alternatingRule,
  withinZoneCRule,
  outsideZoneCRule,
  type RunRule,
  type RunRuleKind,
} from './rules/run-rule.js';
export { WESTERN_ELECTRIC_RULES, NELSON_RULES, defaultRules } from './rules/rule-sets.js';
export {
  evaluateRules,
  firstSignalPerPoint,
  type RuleSignal,
  type SignalSide,
  type EvaluateRulesOptions,
} from './rules/evaluate-rules.js';
export type {
  Subgroups,
  FlatSubgroups,
} from './charts/internal.js';
export {
  AD_PVALUE_TABLE,
  andersonDarling,
  type AndersonDarlingResult,
} from './capability/anderson-darling.js';
export {
  processCapability,
  SpecLimitsSchema,
  type SpecLimits,
  type CapabilityOptions,
  type CapabilityReport,
  type Interval,
} from './capability/process-capability.js';
export {
  SIGMA_SHIFT,
  dpmo,
  poissonYield,
  firstPassYield,
  rolledThroughputYield,
  sigmaLevel,
  dpmoAtSigmaLevel,
} from './capability/six-sigma.js';
export { cusumChart, type CusumOptions, type CusumChart } from './charts/cusum-chart.js';
export { ewmaChart, type EwmaOptions } from './charts/ewma-chart.js';
export { laneyPChart, laneyUChart } from './charts/laney-chart.js';
export { gChart } from './charts/g-chart.js';
export { tChart, T_CHART_POWER } from './charts/t-chart.js';
export { hotellingT2Chart, type HotellingChart } from './charts/hotelling-chart.js';
export {
  ISO_2859_SOURCE,
  INSPECTION_LEVELS,
  CODE_LETTERS,
  CODE_LETTER_TABLE,
  SAMPLE_SIZES,
  REDUCED_SAMPLE_SIZES,
  AQL_VALUES,
  TABLE_II_A_NORMAL,
  TABLE_II_B_TIGHTENED,
  TABLE_II_C_REDUCED,
  type InspectionLevel,
  type CodeLetter,
} from './sampling/iso2859-tables.js';
export {
  codeLetter,
  samplingPlan,
  lotDecision,
  SamplingPlanInputSchema,
  type SamplingPlan,
  type SamplingPlanInput,
  type InspectionSeverity,
} from './sampling/sampling-plan.js';
export {
  SWITCHING_RULES,
  startSwitching,
  recordLot,
  resumeInspection,
  type SwitchingState,
  type LotResult,
  type LotOutcome,
} from './sampling/switching-rules.js';
export {
  probabilityOfAcceptance,
  ocCurve,
  averageOutgoingQuality,
  averageOutgoingQualityLimit,
  type OcModel,
  type AttributePlan,
} from './sampling/oc-curve.js';
export { TimestampSchema, SignatureSchema, type Signature } from './quality/timestamp.js';
export { paretoAnalysis, type ParetoRow } from './quality/pareto.js';
export {
  InspectionPlanSchema,
  evaluateInspection,
  disposeLot,
  type Characteristic,
  type InspectionPlan,
  type UnitResult,
  type InspectionRecord,
  type InspectionEvaluation,
  type LotDisposition,
} from './quality/inspection.js';
export {
  CAPA_TRANSITIONS,
  NonconformanceInputSchema,
  openNonconformance,
  advanceNonconformance,
  linkComplaint,
  type CapaStatus,
  type CapaEvent,
  type CauseCategory,
  type Nonconformance,
  type NonconformanceInput,
  type CustomerComplaint,
} from './quality/nonconformance.js';
export { xbarOcCurve, chartOcCurve, type ChartOcPoint } from './charts/chart-oc-curve.js';
export { cusumArl, ewmaArl, type RunLengthPoint } from './charts/run-length.js';
export { CHART_LABELS } from './svg/chart-labels.js';
export type { SvgOptions } from './svg/plot.js';
export { renderChartSvg, type ChartSvgOptions } from './svg/render-chart-svg.js';
export { renderCusumSvg } from './svg/render-cusum-svg.js';
export { renderHotellingSvg } from './svg/render-hotelling-svg.js';
