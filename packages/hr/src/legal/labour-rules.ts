import { defineParameter, type Parameter } from '@bo/core';
import { z } from 'zod';
import { DECREE_145_2020, LABOUR_CODE_2019, RESOLUTION_17_2022 } from './references.js';

/** Overtime limits (giới hạn làm thêm giờ). Hours are whole numbers; the daily fraction is a decimal string. */
export interface OvertimeCaps {
  /** Overtime on a normal working day ≤ this fraction of the day's normal hours (0.5 = 50 %). */
  readonly dailyFractionOfNormal: string;
  /** Under a weekly schedule, normal + overtime hours on one day ≤ this. */
  readonly dailyTotalHours: number;
  /** Overtime on a weekly rest day or a public holiday ≤ this per day. */
  readonly restDayHours: number;
  /** Overtime in a calendar month ≤ this. */
  readonly monthlyHours: number;
  /** Overtime in a calendar year ≤ this (ordinary employers). */
  readonly yearlyHours: number;
  /** Yearly cap for the sectors and cases listed in Labour Code Art. 107(3) / Decree 145 Art. 61. */
  readonly yearlyHoursExtended: number;
}

const OvertimeCapsSchema = z.object({
  dailyFractionOfNormal: z.string(),
  dailyTotalHours: z.number().int().positive(),
  restDayHours: z.number().int().positive(),
  monthlyHours: z.number().int().positive(),
  yearlyHours: z.number().int().positive(),
  yearlyHoursExtended: z.number().int().positive(),
});

const caps2021: OvertimeCaps = {
  dailyFractionOfNormal: '0.5',
  dailyTotalHours: 12,
  restDayHours: 12,
  monthlyHours: 40,
  yearlyHours: 200,
  yearlyHoursExtended: 300,
};

/**
 * Overtime caps by date: Labour Code 2019 Art. 107(2)–(3) and Decree 145/2020 Art. 60–62 (40 h/month,
 * 200 or 300 h/year), with the temporary 60 h/month of Resolution 17/2022/UBTVQH15 (1 Apr – 31 Dec 2022).
 * @example valueAt(OVERTIME_CAPS, '2026-03-01').monthlyHours // 40
 */
export const OVERTIME_CAPS: Parameter<OvertimeCaps> = defineParameter(
  {
    id: 'vn.labour.overtimeCaps',
    description: 'Giới hạn làm thêm giờ — overtime caps per day, month and year',
    unit: 'hours',
    values: [
      {
        from: '2021-01-01',
        value: caps2021,
        reference: { ...LABOUR_CODE_2019, article: 'Art. 107(2)-(3); Decree 145/2020 Art. 60-62' },
      },
      {
        from: '2022-04-01',
        value: { ...caps2021, monthlyHours: 60 },
        reference: { ...RESOLUTION_17_2022, article: 'Art. 1' },
      },
      { from: '2023-01-01', value: caps2021, reference: { ...LABOUR_CODE_2019, article: 'Art. 107(2)-(3)' } },
    ],
  },
  OvertimeCapsSchema,
);

/** Night work window (làm việc ban đêm), minutes since midnight: 22:00 → 06:00 the next morning. */
export interface NightWindow {
  readonly startMinute: number;
  readonly endMinute: number;
}

/**
 * Night hours: 22:00 to 06:00 (Labour Code 2019 Art. 106).
 * @example valueAt(NIGHT_WINDOW, '2026-01-01') // { startMinute: 1320, endMinute: 360 }
 */
export const NIGHT_WINDOW: Parameter<NightWindow> = defineParameter(
  {
    id: 'vn.labour.nightWindow',
    description: 'Giờ làm việc ban đêm — night hours 22:00–06:00',
    unit: 'minutes',
    values: [
      {
        from: '2013-05-01',
        value: { startMinute: 22 * 60, endMinute: 6 * 60 },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 106 (same in Labour Code 2012 Art. 105)' },
      },
    ],
  },
  z.object({ startMinute: z.number().int(), endMinute: z.number().int() }),
);

/** Annual leave entitlement (nghỉ hằng năm), in working days per 12 months. */
export interface AnnualLeaveRule {
  /** Normal working conditions. */
  readonly normal: number;
  /** Minors, workers with disabilities, heavy/hazardous/dangerous jobs. */
  readonly heavy: number;
  /** Especially heavy, hazardous or dangerous jobs. */
  readonly especiallyHeavy: number;
  /** Every this many full years with the same employer adds `seniorityDays`. */
  readonly seniorityStepYears: number;
  /** Days added per seniority step. */
  readonly seniorityDays: number;
}

/**
 * Annual leave 12/14/16 days (Labour Code 2019 Art. 113(1)) plus 1 day per full 5 years (Art. 114).
 * @example valueAt(ANNUAL_LEAVE, '2026-01-01').normal // 12
 */
export const ANNUAL_LEAVE: Parameter<AnnualLeaveRule> = defineParameter(
  {
    id: 'vn.labour.annualLeave',
    description: 'Nghỉ hằng năm — annual leave days by job type and seniority',
    unit: 'days',
    values: [
      {
        from: '2021-01-01',
        value: { normal: 12, heavy: 14, especiallyHeavy: 16, seniorityStepYears: 5, seniorityDays: 1 },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 113(1), Art. 114' },
      },
    ],
  },
  z.object({
    normal: z.number().int(),
    heavy: z.number().int(),
    especiallyHeavy: z.number().int(),
    seniorityStepYears: z.number().int().positive(),
    seniorityDays: z.number().int(),
  }),
);

/** Job level for the probation limits of Labour Code Art. 25. */
export type ProbationJobLevel = 'enterprise-manager' | 'college-or-above' | 'intermediate' | 'other';

/** Probation limits (thử việc). */
export interface ProbationRule {
  /** Maximum calendar days by job level, except `other`, which counts working days. */
  readonly maxDays: Readonly<Record<ProbationJobLevel, number>>;
  /** How `maxDays` counts, by job level. */
  readonly dayKind: Readonly<Record<ProbationJobLevel, 'calendar' | 'working'>>;
  /** Probation pay ≥ this percentage of the job's salary. */
  readonly minPayPercent: number;
  /** No probation for labour contracts shorter than this many months (Art. 24(3)). */
  readonly noProbationBelowMonths: number;
}

/**
 * Probation: ≤ 180 days (enterprise managers), 60 days (college degree or higher), 30 days (intermediate,
 * technical workers), 6 working days (others) — Labour Code 2019 Art. 25; pay ≥ 85 % (Art. 26); none
 * for contracts under 1 month (Art. 24(3)).
 * @example valueAt(PROBATION_RULES, '2026-01-01').maxDays['college-or-above'] // 60
 */
export const PROBATION_RULES: Parameter<ProbationRule> = defineParameter(
  {
    id: 'vn.labour.probation',
    description: 'Thử việc — maximum probation by job level and minimum probation pay',
    unit: 'days',
    values: [
      {
        from: '2021-01-01',
        value: {
          maxDays: { 'enterprise-manager': 180, 'college-or-above': 60, intermediate: 30, other: 6 },
          dayKind: {
            'enterprise-manager': 'calendar',
            'college-or-above': 'calendar',
            intermediate: 'calendar',
            other: 'working',
          },
          minPayPercent: 85,
          noProbationBelowMonths: 1,
        },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 24(3), Art. 25, Art. 26' },
      },
    ],
  },
  z.object({
    maxDays: z.record(
      z.enum(['enterprise-manager', 'college-or-above', 'intermediate', 'other']),
      z.number().int(),
    ),
    dayKind: z.record(
      z.enum(['enterprise-manager', 'college-or-above', 'intermediate', 'other']),
      z.enum(['calendar', 'working']),
    ),
    minPayPercent: z.number(),
    noProbationBelowMonths: z.number().int(),
  }),
);

/** Contract-term rules (thời hạn hợp đồng). */
export interface ContractTermRule {
  /** A definite-term contract lasts at most this many months. */
  readonly definiteMaxMonths: number;
  /** How many definite-term contracts may follow each other before the next must be indefinite. */
  readonly maxSuccessiveDefinite: number;
  /** After a definite contract expires, a new one must be signed within this many days (Art. 20(2)(a)). */
  readonly renewalWithinDays: number;
}

/**
 * Definite-term contracts ≤ 36 months (Labour Code 2019 Art. 20(1)(b)); only two in a row, the third must
 * be indefinite, except for directors hired by state-capital enterprises and the cases of Art. 149(1)
 * (elderly workers), 151(2) (foreign workers) and 177(4) (union officers) (Art. 20(2)(c)). A contract not
 * renewed within 30 days of expiry while the worker keeps working becomes indefinite (Art. 20(2)(a)–(b)).
 * @example valueAt(CONTRACT_TERMS, '2026-01-01').definiteMaxMonths // 36
 */
export const CONTRACT_TERMS: Parameter<ContractTermRule> = defineParameter(
  {
    id: 'vn.labour.contractTerms',
    description: 'Hợp đồng xác định thời hạn — maximum term and successive-contract rule',
    unit: 'months',
    values: [
      {
        from: '2021-01-01',
        value: { definiteMaxMonths: 36, maxSuccessiveDefinite: 2, renewalWithinDays: 30 },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 20' },
      },
    ],
  },
  z.object({
    definiteMaxMonths: z.number().int(),
    maxSuccessiveDefinite: z.number().int(),
    renewalWithinDays: z.number().int(),
  }),
);

/** A notice period: a number of calendar or working days. */
export interface NoticeRule {
  readonly days: number;
  readonly kind: 'calendar' | 'working';
}

/** Notice periods for unilateral termination (thời hạn báo trước), by contract length. */
export interface NoticePeriods {
  /** Indefinite-term contracts. */
  readonly indefinite: NoticeRule;
  /** Definite-term contracts of 12 to 36 months. */
  readonly definite12To36: NoticeRule;
  /** Definite-term contracts under 12 months. */
  readonly definiteUnder12: NoticeRule;
  /** Special jobs (Decree 145 Art. 7): indefinite or ≥ 12 months. */
  readonly specialLong: NoticeRule;
  /** Special jobs under 12 months: this fraction of the contract term, in calendar days. */
  readonly specialShortFraction: string;
}

const NoticeRuleSchema = z.object({ days: z.number().int(), kind: z.enum(['calendar', 'working']) });
/**
 * Notice: ≥ 45 days (indefinite), ≥ 30 days (12–36 months), ≥ 3 working days (< 12 months); special jobs
 * ≥ 120 days or ¼ of the term. The same for the employee (Labour Code 2019 Art. 35(1)) and the employer
 * (Art. 36(2)); special jobs in Decree 145/2020 Art. 7.
 * @example valueAt(NOTICE_PERIODS, '2026-01-01').indefinite // { days: 45, kind: 'calendar' }
 */
export const NOTICE_PERIODS: Parameter<NoticePeriods> = defineParameter(
  {
    id: 'vn.labour.noticePeriods',
    description: 'Thời hạn báo trước khi đơn phương chấm dứt hợp đồng lao động',
    unit: 'days',
    values: [
      {
        from: '2021-01-01',
        value: {
          indefinite: { days: 45, kind: 'calendar' },
          definite12To36: { days: 30, kind: 'calendar' },
          definiteUnder12: { days: 3, kind: 'working' },
          specialLong: { days: 120, kind: 'calendar' },
          specialShortFraction: '0.25',
        },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 35(1), Art. 36(2); Decree 145/2020 Art. 7' },
      },
    ],
  },
  z.object({
    indefinite: NoticeRuleSchema,
    definite12To36: NoticeRuleSchema,
    definiteUnder12: NoticeRuleSchema,
    specialLong: NoticeRuleSchema,
    specialShortFraction: z.string(),
  }),
);

/** Severance allowance rule (trợ cấp thôi việc). */
export interface SeveranceRule {
  /** Months of salary per year of service (0.5). */
  readonly monthsPerYear: string;
  /** Minimum regular work with the employer, in months, to qualify. */
  readonly minServiceMonths: number;
  /** Salary basis: average of this many months before termination. */
  readonly averagingMonths: number;
  /** Leftover months ≤ this count as half a year; more count as a full year. */
  readonly halfYearMaxMonths: number;
  /** Clauses of Labour Code Art. 34 that give the right to severance. */
  readonly qualifyingClauses: readonly number[];
}

/**
 * Severance: ½ month's salary per year of service not covered by unemployment insurance, for terminations
 * under Art. 34 clauses 1, 2, 3, 4, 6, 7, 9, 10 after ≥ 12 months (Labour Code 2019 Art. 46); service
 * counted in months, leftovers ≤ 6 months = ½ year, > 6 = 1 year; salary = average of the last 6 months
 * (Labour Code Art. 46(3); Decree 145/2020 Art. 8(3)(c)).
 * @example valueAt(SEVERANCE_RULES, '2026-01-01').monthsPerYear // '0.5'
 */
export const SEVERANCE_RULES: Parameter<SeveranceRule> = defineParameter(
  {
    id: 'vn.labour.severance',
    description: 'Trợ cấp thôi việc — severance allowance',
    unit: 'months',
    values: [
      {
        from: '2021-01-01',
        value: {
          monthsPerYear: '0.5',
          minServiceMonths: 12,
          averagingMonths: 6,
          halfYearMaxMonths: 6,
          qualifyingClauses: [1, 2, 3, 4, 6, 7, 9, 10],
        },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 46(1)-(3); Decree 145/2020 Art. 8(3)' },
      },
    ],
  },
  z.object({
    monthsPerYear: z.string(),
    minServiceMonths: z.number().int(),
    averagingMonths: z.number().int(),
    halfYearMaxMonths: z.number().int(),
    qualifyingClauses: z.array(z.number().int()),
  }),
);

/** Kinds of personal leave (nghỉ việc riêng) of Labour Code Art. 115. */
export type PersonalLeaveReason =
  | 'own-marriage'
  | 'child-marriage'
  | 'death-of-parent-spouse-or-child'
  | 'death-of-grandparent-or-sibling'
  | 'marriage-of-parent-or-sibling';

/** Days of personal leave per event, and whether they are paid. */
export interface PersonalLeaveEntry {
  readonly days: number;
  readonly paid: boolean;
}

/**
 * Personal leave: own marriage 3 paid days, child's marriage 1, death of a parent (own or spouse's),
 * spouse or child 3 (Art. 115(1)); 1 unpaid day for the death of a grandparent or sibling, or the
 * marriage of a parent or sibling (Art. 115(2)).
 * @example valueAt(PERSONAL_LEAVE, '2026-01-01')['own-marriage'] // { days: 3, paid: true }
 */
export const PERSONAL_LEAVE: Parameter<Readonly<Record<PersonalLeaveReason, PersonalLeaveEntry>>> =
  defineParameter(
    {
      id: 'vn.labour.personalLeave',
      description: 'Nghỉ việc riêng — personal leave per event',
      unit: 'days',
      values: [
        {
          from: '2021-01-01',
          value: {
            'own-marriage': { days: 3, paid: true },
            'child-marriage': { days: 1, paid: true },
            'death-of-parent-spouse-or-child': { days: 3, paid: true },
            'death-of-grandparent-or-sibling': { days: 1, paid: false },
            'marriage-of-parent-or-sibling': { days: 1, paid: false },
          },
          reference: { ...LABOUR_CODE_2019, article: 'Art. 115(1)-(2)' },
        },
      ],
    },
    z.record(
      z.enum([
        'own-marriage',
        'child-marriage',
        'death-of-parent-spouse-or-child',
        'death-of-grandparent-or-sibling',
        'marriage-of-parent-or-sibling',
      ]),
      z.object({ days: z.number().int(), paid: z.boolean() }),
    ),
  );

/** Pro-rating of annual leave for a partial year (Decree 145/2020 Art. 66). */
export interface AnnualLeaveProrationRule {
  /** A month counts when worked + paid days in it reach this fraction of its normal working days. */
  readonly monthCountsFromFraction: string;
}

/**
 * Annual leave for less than 12 months = (entitlement + seniority days) / 12 × months worked; a month
 * counts when worked + paid days reach 50 % of its normal working days (Decree 145/2020 Art. 66). The
 * rounding of the result is a policy choice (see `annualLeaveEntitlement`).
 * @example valueAt(ANNUAL_LEAVE_PRORATION, '2026-01-01').monthCountsFromFraction // '0.5'
 */
export const ANNUAL_LEAVE_PRORATION: Parameter<AnnualLeaveProrationRule> = defineParameter(
  {
    id: 'vn.labour.annualLeaveProration',
    description: 'Cách tính số ngày nghỉ hằng năm khi làm việc chưa đủ 12 tháng',
    unit: 'days',
    values: [
      {
        from: '2021-01-01',
        value: { monthCountsFromFraction: '0.5' },
        reference: { ...DECREE_145_2020, article: 'Art. 66' },
      },
    ],
  },
  z.object({ monthCountsFromFraction: z.string() }),
);
