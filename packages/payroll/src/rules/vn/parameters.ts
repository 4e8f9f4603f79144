import { defineParameter } from '@bo/core';
import { z } from 'zod';
import { VN_REFERENCES as R } from './references.js';

const amount = z.string().regex(/^\d+$/, 'whole đồng as a digit string');
const rate = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal fraction such as 0.08');

/** Zod schema of a progressive tariff value: brackets `{ lower, rate }` per month. @example VnTariffSchema.parse([{ lower: '0', rate: '0.05' }]) */
export const VnTariffSchema = z.array(z.object({ lower: amount, rate }).strict()).min(1);
/** Zod schema of the regional minimum wage table. @example VnMinimumWageSchema.shape.I */
export const VnMinimumWageSchema = z
  .object({
    I: z.object({ monthly: amount, hourly: amount.optional() }).strict(),
    II: z.object({ monthly: amount, hourly: amount.optional() }).strict(),
    III: z.object({ monthly: amount, hourly: amount.optional() }).strict(),
    IV: z.object({ monthly: amount, hourly: amount.optional() }).strict(),
  })
  .strict();
const socialRates = z
  .object({
    employee: rate,
    sicknessMaternity: rate,
    retirementSurvivorship: rate,
    occupationalAccident: rate,
    occupationalAccidentReduced: rate,
  })
  .strict();
const pairRates = z.object({ employee: rate, employer: rate }).strict();
const overtime = z
  .object({ weekday: rate, restDay: rate, holiday: rate, nightPremium: rate, nightOvertimeDayShare: rate })
  .strict();

const tariff7 = [
  { lower: '0', rate: '0.05' },
  { lower: '5000000', rate: '0.10' },
  { lower: '10000000', rate: '0.15' },
  { lower: '18000000', rate: '0.20' },
  { lower: '32000000', rate: '0.25' },
  { lower: '52000000', rate: '0.30' },
  { lower: '80000000', rate: '0.35' },
];
const tariff5 = [
  { lower: '0', rate: '0.05' },
  { lower: '10000000', rate: '0.10' },
  { lower: '30000000', rate: '0.20' },
  { lower: '60000000', rate: '0.30' },
  { lower: '100000000', rate: '0.35' },
];

/**
 * The Vietnamese payroll rule pack: every statutory value as effective-dated data with its legal
 * reference. PIT parameters are dated by **tax period** (they start on 1 January of the tax year
 * they apply to) and are looked up with the payment date; insurance and labour parameters are
 * dated by their effective date and looked up with the first day of the contribution month.
 *
 * Override any value for a what-if with core's `reform` (never mutate this object).
 *
 * @example
 * ```ts
 * import { valueAt } from '@bo/core';
 * import { VN_PAYROLL_PARAMETERS } from '@bo/payroll';
 * valueAt(VN_PAYROLL_PARAMETERS.pitSelfDeduction, '2026-03-31'); // '15500000'
 * ```
 */
export const VN_PAYROLL_PARAMETERS = {
  pitResidentTariff: defineParameter(
    {
      id: 'pitResidentTariff',
      description:
        'Progressive PIT tariff on monthly assessable employment income (biểu thuế lũy tiến từng phần)',
      unit: 'VND per month / rate',
      values: [
        { from: '2009-01-01', value: tariff7, reference: R.pitLaw2007 },
        { from: '2026-01-01', value: tariff5, reference: R.pitLaw2025 },
      ],
    },
    VnTariffSchema,
  ),
  pitSelfDeduction: defineParameter(
    {
      id: 'pitSelfDeduction',
      description: 'Family deduction for the taxpayer (giảm trừ bản thân), per month',
      unit: 'VND per month',
      values: [
        {
          from: '2009-01-01',
          value: '4000000',
          reference: { document: 'Law 04/2007/QH12', article: 'Art. 19', note: '[S]' },
        },
        { from: '2013-07-01', value: '9000000', reference: R.pitLaw2012Deductions },
        { from: '2020-01-01', value: '11000000', reference: R.resolution954 },
        { from: '2026-01-01', value: '15500000', reference: R.resolution110 },
      ],
    },
    amount,
  ),
  pitDependantDeduction: defineParameter(
    {
      id: 'pitDependantDeduction',
      description: 'Family deduction per registered dependant (giảm trừ người phụ thuộc), per month',
      unit: 'VND per month',
      values: [
        {
          from: '2009-01-01',
          value: '1600000',
          reference: { document: 'Law 04/2007/QH12', article: 'Art. 19', note: '[S]' },
        },
        { from: '2013-07-01', value: '3600000', reference: R.pitLaw2012Deductions },
        { from: '2020-01-01', value: '4400000', reference: R.resolution954 },
        { from: '2026-01-01', value: '6200000', reference: R.resolution110 },
      ],
    },
    amount,
  ),
  pitNonResidentRate: defineParameter(
    {
      id: 'pitNonResidentRate',
      description: 'Flat PIT rate on a non-resident’s Vietnam-source employment income',
      unit: 'rate',
      values: [
        { from: '2009-01-01', value: '0.20', reference: R.pitLaw2007NonResident },
        { from: '2026-01-01', value: '0.20', reference: R.pitLaw2025NonResident },
      ],
    },
    rate,
  ),
  pitCasualWithholding: defineParameter(
    {
      id: 'pitCasualWithholding',
      description:
        '10 % withholding on payments to residents without a labour contract or with one under 3 months, at or above a threshold per payment',
      unit: 'rate / VND per payment',
      values: [
        { from: '2013-09-01', value: { rate: '0.10', threshold: '2000000' }, reference: R.circular111 },
        { from: '2026-07-01', value: { rate: '0.10', threshold: '5000000' }, reference: R.decree253Casual },
      ],
    },
    z.object({ rate, threshold: amount }).strict(),
  ),
  pitOvertimeExemption: defineParameter(
    {
      id: 'pitOvertimeExemption',
      description:
        'Which part of overtime and night-work pay is exempt from PIT: the premium only, or the whole pay (within the Labour Code limits)',
      unit: 'premium | whole',
      values: [
        { from: '2009-01-01', value: 'premium' as const, reference: R.circular111Overtime },
        { from: '2026-01-01', value: 'whole' as const, reference: R.pitLaw2025Overtime },
      ],
    },
    z.enum(['premium', 'whole']),
  ),
  pitMealAllowanceCap: defineParameter(
    {
      id: 'pitMealAllowanceCap',
      description: 'Cash meal allowance (phụ cấp ăn giữa ca) not taxable up to this amount per month',
      unit: 'VND per month',
      values: [
        { from: '2016-10-15', value: '730000', reference: R.circular26Meal },
        { from: '2026-07-01', value: '1200000', reference: R.decree253Meal },
      ],
    },
    amount,
  ),
  pitHousingTaxableShare: defineParameter(
    {
      id: 'pitHousingTaxableShare',
      description:
        'Housing (rent) the employer pays for counts in taxable income at most at this share of the total taxable income excluding it',
      unit: 'rate',
      values: [
        { from: '2013-09-01', value: '0.15', reference: R.circular111Housing },
        { from: '2026-01-01', value: '0.15', reference: R.decree253Housing },
      ],
    },
    rate,
  ),
  pitVoluntaryPensionCap: defineParameter(
    {
      id: 'pitVoluntaryPensionCap',
      description:
        'Voluntary pension (and from 2026 life insurance) premiums deductible up to this amount per month',
      unit: 'VND per month',
      values: [
        { from: '2013-09-01', value: '1000000', reference: R.circular111Pension },
        { from: '2026-01-01', value: '3000000', reference: R.decree253Pension },
      ],
    },
    amount,
  ),
  pitAnnualMedicalCap: defineParameter(
    {
      id: 'pitAnnualMedicalCap',
      description: 'Annual deduction for medical expenses (finalisation only); 0 before tax period 2026',
      unit: 'VND per year',
      values: [
        {
          from: '2009-01-01',
          value: '0',
          reference: {
            document: 'Law 04/2007/QH12',
            note: 'no medical-expense deduction before tax period 2026',
          },
        },
        { from: '2026-01-01', value: '23000000', reference: R.decree253Annual },
      ],
    },
    amount,
  ),
  pitAnnualEducationCap: defineParameter(
    {
      id: 'pitAnnualEducationCap',
      description:
        'Annual deduction for education and training fees (finalisation only); 0 before tax period 2026',
      unit: 'VND per year',
      values: [
        {
          from: '2009-01-01',
          value: '0',
          reference: { document: 'Law 04/2007/QH12', note: 'no education deduction before tax period 2026' },
        },
        { from: '2026-01-01', value: '24000000', reference: R.decree253Annual },
      ],
    },
    amount,
  ),
  pitFinalisationSmallAmount: defineParameter(
    {
      id: 'pitFinalisationSmallAmount',
      description:
        'Small-amount rule of the annual PIT finalisation: a balance payable of at most this much is waived, an overpayment of at most this much is offset against later periods instead of refunded; 0 = no such rule modelled',
      unit: 'VND',
      values: [
        {
          from: '2009-01-01',
          value: '0',
          reference: {
            document: 'Law 04/2007/QH12',
            note: 'not modelled before tax period 2026 (an earlier small-amount waiver may apply; not verified)',
          },
        },
        { from: '2026-01-01', value: '50000', reference: R.decree252SmallAmount },
      ],
    },
    amount,
  ),
  terminationAllowances: defineParameter(
    {
      id: 'terminationAllowances',
      description:
        'Severance (trợ cấp thôi việc) and job-loss allowance (trợ cấp mất việc làm): months of salary per year of work, minimum months, minimum regular work, months averaged for the salary, and how odd months count',
      unit: 'months',
      values: [
        {
          from: '2021-01-01',
          value: {
            severanceMonthsPerYear: '0.5',
            minimumServiceMonths: '12',
            jobLossMonthsPerYear: '1',
            jobLossMinimumMonths: '2',
            salaryAverageMonths: '6',
            oddMonthsHalfYearFrom: '1',
            oddMonthsFullYearFrom: '6',
          },
          reference: R.labourCodeSeverance,
        },
      ],
    },
    z
      .object({
        severanceMonthsPerYear: rate,
        minimumServiceMonths: amount,
        jobLossMonthsPerYear: rate,
        jobLossMinimumMonths: amount,
        salaryAverageMonths: amount,
        oddMonthsHalfYearFrom: amount,
        oddMonthsFullYearFrom: amount,
      })
      .strict(),
  ),
  socialInsuranceRates: defineParameter(
    {
      id: 'socialInsuranceRates',
      description:
        'Compulsory social insurance (BHXH) rates: employee 8 %; employer 3 % sickness & maternity + 14 % retirement & survivorship + occupational accident & disease 0.5 % (0.3 % reduced)',
      unit: 'rate',
      values: [
        {
          from: '2019-01-01',
          value: {
            employee: '0.08',
            sicknessMaternity: '0.03',
            retirementSurvivorship: '0.14',
            occupationalAccident: '0.005',
            occupationalAccidentReduced: '0.003',
          },
          reference: {
            ...R.siLaw2014,
            note: `${R.siLaw2014.note}; accident rate 0.5 %: Decree 44/2017/NĐ-CP [W], from 15 Jul 2020 ${R.decree58.document}`,
          },
        },
        {
          from: '2025-07-01',
          value: {
            employee: '0.08',
            sicknessMaternity: '0.03',
            retirementSurvivorship: '0.14',
            occupationalAccident: '0.005',
            occupationalAccidentReduced: '0.003',
          },
          reference: { ...R.siLaw2024, note: `${R.siLaw2024.note}; accident rate: ${R.decree58.document}` },
        },
      ],
    },
    socialRates,
  ),
  healthInsuranceRates: defineParameter(
    {
      id: 'healthInsuranceRates',
      description: 'Compulsory health insurance (BHYT) rates',
      unit: 'rate',
      values: [
        { from: '2019-01-01', value: { employee: '0.015', employer: '0.03' }, reference: R.healthInsurance },
      ],
    },
    pairRates,
  ),
  unemploymentInsuranceRates: defineParameter(
    {
      id: 'unemploymentInsuranceRates',
      description: 'Unemployment insurance (BHTN) rates',
      unit: 'rate',
      values: [
        { from: '2019-01-01', value: { employee: '0.01', employer: '0.01' }, reference: R.employmentLaw2013 },
        { from: '2026-01-01', value: { employee: '0.01', employer: '0.01' }, reference: R.employmentLaw2025 },
      ],
    },
    pairRates,
  ),
  unionFeeRate: defineParameter(
    {
      id: 'unionFeeRate',
      description:
        'Trade-union fee (kinh phí công đoàn, KPCĐ) paid by the employer on the social insurance salary',
      unit: 'rate',
      values: [{ from: '2019-01-01', value: '0.02', reference: R.tradeUnionLaw }],
    },
    rate,
  ),
  unionDues: defineParameter(
    {
      id: 'unionDues',
      description:
        'Union member dues (đoàn phí công đoàn) withheld from members: rate of the social insurance salary, capped at a multiple of the base salary — UNVERIFIED',
      unit: 'rate',
      values: [
        {
          from: '2019-01-01',
          value: { rate: '0.01', capMultipleOfBaseSalary: '0.1' },
          reference: R.unionDues,
        },
      ],
    },
    z.object({ rate, capMultipleOfBaseSalary: rate }).strict(),
  ),
  socialInsuranceCapMultiple: defineParameter(
    {
      id: 'socialInsuranceCapMultiple',
      description: 'Cap of the BHXH and BHYT salary as a multiple of the base salary / reference level',
      unit: 'multiple',
      values: [
        { from: '2019-01-01', value: '20', reference: R.siLaw2014 },
        { from: '2025-07-01', value: '20', reference: R.siLaw2024 },
      ],
    },
    rate,
  ),
  unemploymentInsuranceCapMultiple: defineParameter(
    {
      id: 'unemploymentInsuranceCapMultiple',
      description: 'Cap of the BHTN salary as a multiple of the regional minimum wage',
      unit: 'multiple',
      values: [
        { from: '2019-01-01', value: '20', reference: R.employmentLaw2013 },
        { from: '2026-01-01', value: '20', reference: R.employmentLaw2025 },
      ],
    },
    rate,
  ),
  insuranceUnpaidDaysLimit: defineParameter(
    {
      id: 'insuranceUnpaidDaysLimit',
      description:
        'No BHXH/BHYT/BHTN contribution for a month with at least this many unpaid (or not worked) working days',
      unit: 'working days',
      values: [{ from: '2019-01-01', value: '14', reference: R.siUnpaidDays }],
    },
    amount,
  ),
  foreignSocialInsuranceMinContractMonths: defineParameter(
    {
      id: 'foreignSocialInsuranceMinContractMonths',
      description:
        'A foreign employee joins compulsory BHXH (and BHYT) with a labour contract of at least this many months; foreign employees never join BHTN',
      unit: 'months',
      values: [
        { from: '2018-12-01', value: '12', reference: R.decree143 },
        { from: '2025-07-01', value: '12', reference: R.siLaw2024Foreign },
      ],
    },
    amount,
  ),
  baseSalary: defineParameter(
    {
      id: 'baseSalary',
      description: 'Base salary (lương cơ sở), also the SI reference level (mức tham chiếu) until abolished',
      unit: 'VND per month',
      values: [
        { from: '2018-07-01', value: '1390000', reference: R.baseSalary2018 },
        { from: '2019-07-01', value: '1490000', reference: R.baseSalary2019 },
        { from: '2023-07-01', value: '1800000', reference: R.baseSalary2023 },
        { from: '2024-07-01', value: '2340000', reference: R.baseSalary2024 },
        { from: '2026-07-01', value: '2530000', reference: R.baseSalary2026 },
      ],
    },
    amount,
  ),
  regionalMinimumWage: defineParameter(
    {
      id: 'regionalMinimumWage',
      description: 'Regional minimum wage (lương tối thiểu vùng) by region I–IV, monthly and hourly',
      unit: 'VND',
      values: [
        {
          from: '2019-01-01',
          value: {
            I: { monthly: '4180000' },
            II: { monthly: '3710000' },
            III: { monthly: '3250000' },
            IV: { monthly: '2920000' },
          },
          reference: R.minimumWage2018,
        },
        {
          from: '2020-01-01',
          value: {
            I: { monthly: '4420000' },
            II: { monthly: '3920000' },
            III: { monthly: '3430000' },
            IV: { monthly: '3070000' },
          },
          reference: R.minimumWage2019,
        },
        {
          from: '2022-07-01',
          value: {
            I: { monthly: '4680000', hourly: '22500' },
            II: { monthly: '4160000', hourly: '20000' },
            III: { monthly: '3640000', hourly: '17500' },
            IV: { monthly: '3250000', hourly: '15600' },
          },
          reference: R.minimumWage2022,
        },
        {
          from: '2024-07-01',
          value: {
            I: { monthly: '4960000', hourly: '23800' },
            II: { monthly: '4410000', hourly: '21200' },
            III: { monthly: '3860000', hourly: '18600' },
            IV: { monthly: '3450000', hourly: '16600' },
          },
          reference: R.minimumWage2024,
        },
        {
          from: '2026-01-01',
          value: {
            I: { monthly: '5310000', hourly: '25500' },
            II: { monthly: '4730000', hourly: '22700' },
            III: { monthly: '4140000', hourly: '20000' },
            IV: { monthly: '3700000', hourly: '17800' },
          },
          reference: R.minimumWage2025,
        },
      ],
    },
    VnMinimumWageSchema,
  ),
  overtimeMultipliers: defineParameter(
    {
      id: 'overtimeMultipliers',
      description:
        'Labour Code pay multipliers: overtime on a weekday / weekly rest day / public holiday, night-work premium, and the share of the day rate added for night overtime',
      unit: 'multiple of the normal hourly rate',
      values: [
        {
          from: '2013-05-01',
          value: {
            weekday: '1.5',
            restDay: '2',
            holiday: '3',
            nightPremium: '0.3',
            nightOvertimeDayShare: '0.2',
          },
          reference: R.labourCode2012,
        },
        {
          from: '2021-01-01',
          value: {
            weekday: '1.5',
            restDay: '2',
            holiday: '3',
            nightPremium: '0.3',
            nightOvertimeDayShare: '0.2',
          },
          reference: R.labourCode2019,
        },
      ],
    },
    overtime,
  ),
  overtimeMonthlyLimitHours: defineParameter(
    {
      id: 'overtimeMonthlyLimitHours',
      description:
        'Overtime hours per month within the Labour Code limit (hours beyond it lose the PIT exemption)',
      unit: 'hours per month',
      values: [{ from: '2021-01-01', value: '40', reference: R.labourCodeOvertimeLimit }],
    },
    amount,
  ),
};

/**
 * The shape of the Vietnamese rule pack; a `reform` of it has the same shape.
 * @example const p: VnPayrollParameters = VN_PAYROLL_PARAMETERS;
 */
export type VnPayrollParameters = typeof VN_PAYROLL_PARAMETERS;
