/**
 * @packageDocumentation
 * @bo/hr — HR records by the Vietnamese Labour Code 2019: employees, dependants, contracts, holidays,
 * schedules and timesheets, leave, and the period summary @bo/payroll consumes. Guide: docs/hr.md.
 */
export {
  LABOUR_CODE_2019,
  LABOUR_CODE_2012,
  DECREE_145_2020,
  RESOLUTION_28_2026,
  RESOLUTION_17_2022,
  CIRCULAR_59_2021_BCA,
} from './legal/references.js';
export {
  OVERTIME_CAPS,
  NIGHT_WINDOW,
  ANNUAL_LEAVE,
  ANNUAL_LEAVE_PRORATION,
  PROBATION_RULES,
  CONTRACT_TERMS,
  NOTICE_PERIODS,
  SEVERANCE_RULES,
  PERSONAL_LEAVE,
  type OvertimeCaps,
  type NightWindow,
  type AnnualLeaveRule,
  type AnnualLeaveProrationRule,
  type ProbationJobLevel,
  type ProbationRule,
  type ContractTermRule,
  type NoticeRule,
  type NoticePeriods,
  type SeveranceRule,
  type PersonalLeaveReason,
  type PersonalLeaveEntry,
} from './legal/labour-rules.js';
export {
  CalendarDateSchema,
  YearMonthSchema,
  ClockTimeSchema,
  DecimalStringSchema,
  type YearMonth,
} from './internal/schemas.js';
export {
  CCCD_PROVINCE_CODES,
  parseNationalId,
  validateNationalId,
  NationalIdSchema,
  TaxCodeSchema,
  SocialInsuranceNumberSchema,
  type NationalIdParts,
} from './employee/national-id.js';
export {
  EmployeeSchema,
  EmploymentChangeSchema,
  EmploymentStatusSchema,
  WorkLocationSchema,
  MinimumWageRegionSchema,
  BankAccountSchema,
  parseEmployee,
  employmentAsOf,
  recordChange,
  type Employee,
  type EmployeeInput,
  type EmploymentChange,
  type EmploymentSnapshot,
  type EmploymentStatus,
  type WorkLocation,
  type MinimumWageRegion,
} from './employee/employee.js';
export {
  maskTail,
  maskNationalId,
  maskEmail,
  maskPhone,
  redactEmployee,
  type RedactedEmployee,
  type RedactOptions,
} from './employee/pii.js';
export { DependantSchema, type Dependant } from './dependants/dependant.js';
export {
  countDependants,
  findDependantConflicts,
  type DependantConflict,
} from './dependants/count-dependants.js';
export {
  solarToLunar,
  lunarToSolar,
  lunarNewYear,
  VIETNAM_TIME_ZONE_HOURS,
  type LunarDate,
} from './calendar/lunar-calendar.js';
export { VN_PUBLIC_HOLIDAYS, HolidayRuleSchema, type HolidayRule } from './calendar/holiday-rules.js';
export {
  VN_HOLIDAY_ARRANGEMENTS,
  HolidayArrangementSchema,
  type HolidayArrangement,
  type DaySwap,
} from './calendar/holiday-arrangements.js';
export {
  publicHolidays,
  holidayDates,
  type PublicHoliday,
  type HolidayCalendar,
  type PublicHolidaysOptions,
} from './calendar/public-holidays.js';
export {
  ContractSchema,
  AllowanceSchema,
  AmendmentSchema,
  TerminationSchema,
  SuccessiveRuleExemptionSchema,
  parseContract,
  contractLastDay,
  type Contract,
  type ContractInput,
  type Allowance,
  type Amendment,
  type ParseContractOptions,
} from './contracts/contract.js';
export { contractTermsAsOf, type ContractTerms } from './contracts/contract-terms.js';
export { checkContractSequence } from './contracts/contract-sequence.js';
export {
  requiredNotice,
  earliestTerminationDate,
  checkNotice,
  type NoticeRequirement,
  type NoticeCheck,
} from './contracts/notice-period.js';
export {
  severanceAllowance,
  SeveranceInputSchema,
  type SeveranceResult,
  type SeveranceStep,
} from './contracts/severance.js';
export { jobLossAllowance, JOB_LOSS_RULES, type JobLossRule } from './contracts/job-loss-allowance.js';
export {
  ShiftSchema,
  WorkScheduleSchema,
  parseWorkSchedule,
  shiftMinutes,
  nightMinutesBetween,
  type Shift,
  type WorkSchedule,
} from './time/work-schedule.js';
export {
  TimeSegmentSchema,
  TimesheetDaySchema,
  LeaveDaySchema,
  type TimeSegment,
  type TimesheetDay,
  type LeaveDay,
} from './time/timesheet.js';
export { LeaveTypeSchema, DEFAULT_LEAVE_TYPES, leaveTypeMap, type LeaveType } from './leave/leave-types.js';
export {
  preparePeriod,
  DAY_WORKING,
  DAY_REST,
  DAY_HOLIDAY,
  type PeriodContext,
  type PreparePeriodOptions,
  type StandardDaysPolicy,
} from './summary/period-context.js';
export {
  summarizePeriod,
  minutesToHours,
  type PayrollPeriodSummary,
  type EmployeePeriodInput,
  type OvertimeMinutes,
  type OvertimeViolation,
} from './summary/period-summary.js';
export {
  annualLeaveEntitlement,
  type AnnualLeaveInput,
  type AnnualLeaveEntitlement,
} from './leave/annual-leave.js';
export { LeavePolicySchema, parseLeavePolicy, type LeavePolicy } from './leave/leave-policy.js';
export {
  leaveBalance,
  postLeaveMovement,
  accrualMovements,
  yearEndMovements,
  expireCarryOver,
  encashmentOnTermination,
  type LeaveMovement,
  type LeaveMovementKind,
  type LeaveLedger,
} from './leave/leave-ledger.js';
export {
  LeaveRequestSchema,
  validateLeaveRequest,
  takenMovement,
  type LeaveRequest,
  type LeaveRequestContext,
  type LeaveRequestCheck,
} from './leave/leave-request.js';
export {
  PIPELINE_STAGES,
  PIPELINE_TRANSITIONS,
  RequisitionSchema,
  CandidateSchema,
  parseCandidate,
  moveCandidate,
  requisitionProgress,
  type RequisitionProgress,
  type PipelineStage,
  type Requisition,
  type Candidate,
} from './recruitment/pipeline.js';
export {
  findDuplicateCandidates,
  foldName,
  normalizePhone,
  type DuplicateMatch,
} from './recruitment/duplicates.js';
export {
  ScreeningCriterionSchema,
  screenCandidates,
  type ScreeningCriterion,
  type ScreeningResult,
} from './recruitment/screening.js';
export {
  ScorecardSchema,
  summarizeScorecards,
  type Scorecard,
  type ScorecardSummary,
} from './recruitment/scorecards.js';
export { OfferSchema, acceptOffer, candidateToEmployee, type Offer } from './recruitment/offer.js';
export {
  ReviewCycleSchema,
  GoalSchema,
  scoreReview,
  type ReviewCycle,
  type Goal,
  type Rating,
  type ReviewScore,
} from './performance/review.js';
export {
  calibrate,
  type DistributionBand,
  type CalibratedRating,
  type Calibration,
} from './performance/calibration.js';
export {
  CourseSchema,
  TrainingSessionSchema,
  enrol,
  issueCertificates,
  certificatesExpiringBefore,
  type Course,
  type TrainingSession,
  type Attendance,
  type Certificate,
} from './training/training.js';
export {
  headcountAt,
  turnover,
  absenteeism,
  type TurnoverFigures,
  type AbsenteeismFigures,
} from './analytics/hr-figures.js';
export {
  safeParseEmployee,
  safeParseContract,
  safeValidateLeaveRequest,
  safeSummarizePeriod,
} from './safe.js';
export { timesheetDayFromPunches, type PunchOptions } from './time/punches.js';
