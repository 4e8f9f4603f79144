import {
  BoValidationError,
  type CalendarDate,
  intersect,
  type LegalReference,
  MON_FRI,
  MON_SAT,
  MON_SAT_HALF,
  monthOf,
  type Period,
  type ProrationBasis,
  period as makePeriod,
} from '@bo/core';
import { ONE, type Ratio, rAdd, ratio, rCmp, rDiv, rInt, rMin, rMul, rSub, ZERO } from '../internal/exact.js';
import { countCalendarDays, countWorkingDays } from '../internal/day-count.js';
import type { VnPayrollParameters } from '../rules/vn/parameters.js';
import { VN_REFERENCES } from '../rules/vn/references.js';
import {
  type InsuranceRules,
  resolveInsuranceRules,
  resolveTaxRules,
  type TariffBracket,
  type TaxRules,
} from '../rules/vn/resolve-rules.js';
import type { ParsedPayslipInput } from './payslip-input.js';

/** amount = coef·S + constant, S = contract salary. @internal */
export interface Linear {
  readonly coef: Ratio;
  readonly constant: Ratio;
}

/** @internal */
export type Exemption =
  | { readonly kind: 'none' }
  | { readonly kind: 'all' }
  | { readonly kind: 'linear'; readonly amount: Linear }
  | { readonly kind: 'cap'; readonly cap: bigint }
  /** Taxable at most `share` × the taxable income of the other earnings (employer-paid housing). */
  | { readonly kind: 'share'; readonly share: Ratio };

/** @internal */
export interface PlanEarning {
  readonly code: string;
  readonly label: string;
  readonly labelVi: string;
  readonly amount: Linear;
  readonly exempt: Exemption;
  readonly rate?: string;
  readonly quantity?: string;
  readonly reference?: LegalReference;
}

/** @internal */
export interface PlanInsurance {
  readonly base: Linear;
  readonly social: boolean;
  readonly health: boolean;
  readonly unemployment: boolean;
  readonly unionFee: boolean;
  readonly unionMember: boolean;
  readonly reducedAccident: boolean;
  readonly rules: InsuranceRules;
}

/** @internal */
export type PlanTax =
  | {
      readonly kind: 'progressive';
      readonly deduction: bigint;
      readonly self: bigint;
      readonly dependantsAmount: bigint;
      readonly pension: bigint;
      readonly tariff: readonly TariffBracket[];
    }
  | { readonly kind: 'non-resident'; readonly rate: Ratio }
  | {
      readonly kind: 'casual';
      readonly rate: Ratio;
      readonly threshold: bigint;
      readonly commitment: boolean;
    };

/** Everything about an employee's month except the contract salary value, so that it can be evaluated for any salary (and inverted). @internal */
export interface PayslipPlan {
  readonly input: ParsedPayslipInput;
  readonly earnings: readonly PlanEarning[];
  readonly insurance: PlanInsurance | undefined;
  readonly insuranceSkipReason: string | undefined;
  readonly tax: PlanTax;
  readonly taxRules: TaxRules;
  readonly deductions: readonly {
    code: string;
    label: string;
    labelVi: string;
    amount: bigint;
    kind: 'advance' | 'other';
  }[];
  readonly dependants: number;
  readonly pitBorneByEmployer: boolean;
  readonly warnings: readonly string[];
  readonly standardDays: Ratio;
}

const WEEKS = { MON_FRI, MON_SAT, MON_SAT_HALF } as const;
const monthCache = new Map<string, Period>();

function lin(coef: Ratio, constant: Ratio = ZERO): Linear {
  return { coef, constant };
}

function fail(
  code: `PAYROLL/${string}`,
  message: string,
  messageVi: string,
  path: (string | number)[],
  details: Record<string, unknown> = {},
): never {
  throw new BoValidationError({ code, message, messageVi, path, details });
}

/**
 * Turns a parsed input into an evaluation plan under the Vietnamese rule pack.
 * @internal
 */
export function buildPlan(input: ParsedPayslipInput, params: VnPayrollParameters): PayslipPlan {
  let month = monthCache.get(input.period);
  if (!month) {
    month = monthOf(input.period);
    if (monthCache.size > 1024) monthCache.clear();
    monthCache.set(input.period, month);
  }
  const taxRules = resolveTaxRules(params, input.paymentDate, 'paymentDate');
  // Insurance and labour rules are looked up only when needed, so that a PIT-only payslip of an
  // earlier period (e.g. a contractor, or insurance disabled) does not need the insurance history.
  let insRulesCache: InsuranceRules | undefined;
  const insRules = (): InsuranceRules => {
    insRulesCache ??= resolveInsuranceRules(params, month.start, input.region, 'period');
    return insRulesCache;
  };
  const warnings: string[] = [];
  const calendar = { workWeek: WEEKS[input.workWeek], holidays: input.holidays as CalendarDate[] };

  // Employment within the month (joiner / leaver).
  let employed: Period = month;
  if (input.employment) {
    const start = input.employment.start ?? month.start;
    const end = input.employment.end ?? month.end;
    if (start > month.end || end < month.start) {
      fail(
        'PAYROLL/NOT_EMPLOYED_IN_PERIOD',
        `employment ${start}..${end} does not overlap ${input.period}`,
        `không làm việc trong kỳ ${input.period}`,
        ['employment'],
        { start, end },
      );
    }
    if (end < start)
      fail(
        'PAYROLL/INVALID_EMPLOYMENT',
        `employment ends ${end} before it starts ${start}`,
        'ngày nghỉ việc trước ngày vào làm',
        ['employment', 'end'],
      );
    const part = intersect(makePeriod(start, end, ['employment']), month);
    if (!part) {
      fail(
        'PAYROLL/NOT_EMPLOYED_IN_PERIOD',
        `employment ${start}..${end} does not overlap ${input.period}`,
        `không làm việc trong kỳ ${input.period}`,
        ['employment'],
        { start, end },
      );
    }
    employed = part;
  }
  const basis: ProrationBasis =
    input.dayBasis === 'working-days'
      ? { kind: 'working-days', calendar }
      : input.dayBasis === 'calendar-days'
        ? { kind: 'calendar-days' }
        : { kind: 'fixed-days', days: input.dayBasis.fixedDays, calendar };
  let paidDays: Ratio;
  let denominator: Ratio;
  let standardDays: Ratio;
  let notWorked: Ratio;
  const holidays = input.holidays;
  const week = WEEKS[input.workWeek];
  const wd = (p: Period): Ratio => countWorkingDays(p, week, input.workWeek, holidays);
  const monthWorkingDays = wd(month);
  const att = input.attendance;
  if (att) {
    if (input.unpaidDays > 0 || input.employment) {
      fail(
        'PAYROLL/CONFLICTING_INPUT',
        'give attendance or employment/unpaidDays, not both',
        'chỉ nhập bảng công hoặc ngày vào/nghỉ, không cả hai',
        ['attendance'],
      );
    }
    denominator = ratio(att.standardDays, ['attendance', 'standardDays']);
    paidDays = rMin(ratio(att.paidDays, ['attendance', 'paidDays']), denominator);
    standardDays = denominator;
    notWorked = ratio(att.notWorkedDays, ['attendance', 'notWorkedDays']);
  } else {
    // Same fractions as core's prorationFraction (tested equal), counted on integers.
    const numerator =
      basis.kind === 'calendar-days' ? rInt(BigInt(countCalendarDays(employed))) : wd(employed);
    denominator =
      basis.kind === 'calendar-days'
        ? rInt(BigInt(countCalendarDays(month)))
        : basis.kind === 'working-days'
          ? monthWorkingDays
          : rInt(BigInt(basis.days));
    if (denominator.n === 0n)
      fail(
        'PAYROLL/NO_WORKING_DAYS',
        'the month has no working days under this work week',
        'tháng không có ngày làm việc',
        ['workWeek'],
      );
    const unpaid = ratio(input.unpaidDays, ['unpaidDays']);
    paidDays = rSub(rMin(numerator, denominator), unpaid);
    if (paidDays.n < 0n) {
      fail(
        'PAYROLL/UNPAID_DAYS_EXCEED',
        `unpaidDays ${input.unpaidDays} exceeds the ${fmt(numerator)} days employed in ${input.period}`,
        'số ngày nghỉ không lương vượt số ngày làm việc',
        ['unpaidDays'],
      );
    }
    standardDays = input.dayBasis === 'calendar-days' ? monthWorkingDays : denominator;
    notWorked = rAdd(rSub(monthWorkingDays, wd(employed)), unpaid);
  }
  const paidFraction = rDiv(paidDays, denominator);
  if (standardDays.n === 0n)
    fail(
      'PAYROLL/NO_WORKING_DAYS',
      'the month has no working days under this work week',
      'tháng không có ngày làm việc',
      ['workWeek'],
    );
  const hourDivisor = rMul(standardDays, ratio(input.hoursPerDay, ['hoursPerDay']));

  const earnings: PlanEarning[] = [];
  const basisLabel =
    typeof input.dayBasis === 'string' ? input.dayBasis : `fixed ${input.dayBasis.fixedDays} days`;
  earnings.push({
    code: 'BASIC',
    label: 'Basic salary',
    labelVi: 'Lương theo ngày công',
    amount: lin(paidFraction),
    exempt: { kind: 'none' },
    rate: `${paidDays.n * denominator.d === denominator.n * paidDays.d ? '1' : `${fmt(paidDays)}/${fmt(denominator)}`}`,
    quantity: `${fmt(paidDays)} days (${basisLabel})`,
  });

  // Overtime and night work (Labour Code 2019 Art. 98; Decree 145/2020 Art. 55–57).
  const otParams = (): InsuranceRules['overtime'] => insRules().overtime;
  const exemptionRule = taxRules.overtimeExemption;
  let totalOtHours: Ratio = ZERO;
  const hoursOf = (o: (typeof input.overtime)[number], i: number): Ratio =>
    o.minutes !== undefined
      ? { n: BigInt(o.minutes), d: 60n }
      : ratio(o.hours ?? 0, ['overtime', i, 'hours']);
  input.overtime.forEach((o, i) => {
    totalOtHours = rAdd(totalOtHours, hoursOf(o, i));
  });
  // The hourly rate is the month's pay for the job (Decree 145/2020 Art. 55(1)(a)): the salary plus the
  // allowances tied to the job (responsibility, hazardous work, seniority…), not meal, phone, fuel, housing
  // or other non-job allowances. An allowance counts when `overtimeBase` says so, by default when it is
  // insurable (job allowances are the ones in the insurance salary, Circular 10/2020/TT-BLĐTBXH Art. 3).
  let jobAllowances = 0n;
  for (const a of input.allowances) if (a.overtimeBase ?? a.insurable) jobAllowances += a.amount;
  const hourly = (coef: Ratio): Linear => lin(coef, rMul(coef, rInt(jobAllowances)));
  let withinLimit: Ratio = ONE;
  if (exemptionRule.value === 'whole' && taxRules.overtimeLimitHours && totalOtHours.n > 0n) {
    const limit = rInt(taxRules.overtimeLimitHours.value);
    if (rCmp(totalOtHours, limit) > 0) {
      withinLimit = rDiv(limit, totalOtHours);
      warnings.push(
        `overtime ${fmt(totalOtHours)} h exceeds the ${taxRules.overtimeLimitHours.value} h monthly limit: the excess share of overtime pay is taxable`,
      );
    }
  }
  input.overtime.forEach((o, i) => {
    const hoursR = hoursOf(o, i);
    if (hoursR.n === 0n) return;
    const ot = otParams();
    const base =
      o.kind === 'weekday' ? ot.value.weekday : o.kind === 'restDay' ? ot.value.restDay : ot.value.holiday;
    let multiplier = base;
    if (o.night) {
      const dayRate = o.kind === 'weekday' ? (o.afterDayOvertime ? ot.value.weekday : ONE) : base;
      multiplier = rAdd(rAdd(base, ot.value.nightPremium), rMul(ot.value.nightOvertimeDayShare, dayRate));
    } else if (o.afterDayOvertime) {
      fail(
        'PAYROLL/INVALID_OVERTIME',
        'afterDayOvertime only applies to night overtime',
        'chỉ áp dụng cho làm thêm giờ ban đêm',
        ['overtime', i, 'afterDayOvertime'],
      );
    }
    const coef = rDiv(rMul(hoursR, multiplier), hourDivisor);
    const exempt: Exemption =
      exemptionRule.value === 'premium'
        ? { kind: 'linear', amount: hourly(rDiv(rMul(hoursR, rSub(multiplier, ONE)), hourDivisor)) }
        : rCmp(withinLimit, ONE) === 0
          ? { kind: 'all' }
          : { kind: 'linear', amount: hourly(rMul(coef, withinLimit)) };
    const kindCode = o.kind === 'weekday' ? 'WEEKDAY' : o.kind === 'restDay' ? 'REST_DAY' : 'HOLIDAY';
    const kindEn =
      o.kind === 'weekday' ? 'weekday' : o.kind === 'restDay' ? 'weekly rest day' : 'public holiday';
    const kindVi =
      o.kind === 'weekday' ? 'ngày thường' : o.kind === 'restDay' ? 'ngày nghỉ hằng tuần' : 'ngày lễ, tết';
    earnings.push({
      code: `OT_${kindCode}${o.night ? '_NIGHT' : ''}`,
      label: `Overtime, ${kindEn}${o.night ? ', night' : ''}`,
      labelVi: `Làm thêm giờ ${kindVi}${o.night ? ' ban đêm' : ''}`,
      amount: hourly(coef),
      exempt,
      rate: fmt(multiplier),
      quantity: `${fmt(hoursR)} h`,
      reference: ot.reference,
    });
  });
  if (input.nightHours > 0 || input.nightMinutes > 0) {
    const ot = otParams();
    const hoursR = rAdd(ratio(input.nightHours, ['nightHours']), { n: BigInt(input.nightMinutes), d: 60n });
    earnings.push({
      code: 'NIGHT_WORK',
      label: 'Night work premium',
      labelVi: 'Phụ cấp làm việc ban đêm',
      amount: hourly(rDiv(rMul(hoursR, ot.value.nightPremium), hourDivisor)),
      exempt: { kind: 'all' },
      rate: fmt(ot.value.nightPremium),
      quantity: `${fmt(hoursR)} h`,
      reference: ot.reference,
    });
  }

  // Allowances and bonuses (constants with respect to the salary).
  let insurableAllowances = 0n;
  input.allowances.forEach((a, i) => {
    const amount = a.prorate ? lin(ZERO, rMul(rInt(a.amount), paidFraction)) : lin(ZERO, rInt(a.amount));
    let exempt: Exemption;
    let reference: LegalReference | undefined;
    if (a.tax === 'taxable') exempt = { kind: 'none' };
    else if (a.tax === 'exempt')
      exempt = a.exemptCap === undefined ? { kind: 'all' } : { kind: 'cap', cap: a.exemptCap };
    else if (a.tax === 'housing') {
      const share = taxRules.housingShare;
      if (!share) {
        throw new BoValidationError({
          code: 'PAYROLL/NO_RULES_FOR_DATE',
          message: `no housing share in force on ${input.paymentDate}`,
          messageVi: 'không có tỷ lệ tính thuế tiền thuê nhà tại ngày chi trả',
          path: ['allowances', i, 'tax'],
        });
      }
      exempt = { kind: 'share', share: share.value };
      reference = share.reference;
    } else {
      const cap = taxRules.mealCap;
      if (!cap) {
        throw new BoValidationError({
          code: 'PAYROLL/NO_RULES_FOR_DATE',
          message: `no meal-allowance cap in force on ${input.paymentDate}`,
          messageVi: 'không có mức phụ cấp ăn giữa ca miễn thuế tại ngày chi trả',
          path: ['allowances', i, 'tax'],
        });
      }
      exempt = {
        kind: 'cap',
        cap: a.exemptCap !== undefined && a.exemptCap < cap.value ? a.exemptCap : cap.value,
      };
      reference = cap.reference;
    }
    if (a.insurable) insurableAllowances += a.amount;
    earnings.push({
      code: a.code,
      label: a.label,
      labelVi: a.labelVi ?? a.label,
      amount,
      exempt,
      ...(reference ? { reference } : {}),
    });
  });
  for (const b of input.bonuses) {
    earnings.push({
      code: b.code,
      label: b.label,
      labelVi: b.labelVi ?? b.label,
      amount: lin(ZERO, rInt(b.amount)),
      exempt: { kind: 'none' },
    });
  }

  // Insurance participation.
  let insurance: PlanInsurance | undefined;
  let skip: string | undefined;
  if (!input.insurance.enabled) skip = 'insurance disabled for this employee';
  else if (input.contract === 'casual') skip = 'no labour contract: not covered by compulsory insurance';
  else if (rCmp(notWorked, rInt(insRules().unpaidDaysLimit.value)) >= 0) {
    skip = `${fmt(notWorked)} working days not worked or unpaid (≥ ${insRules().unpaidDaysLimit.value}): no contribution this month`;
  } else {
    const insuranceRules = insRules();
    const foreign = input.nationality === 'foreign';
    if (foreign && input.contractMonths === undefined) {
      fail(
        'PAYROLL/MISSING_CONTRACT_MONTHS',
        'contractMonths is required for a foreign employee (decides BHXH participation)',
        'cần thời hạn hợp đồng của người lao động nước ngoài',
        ['contractMonths'],
      );
    }
    const social =
      !foreign || BigInt(input.contractMonths ?? 0) >= insuranceRules.foreignMinContractMonths.value;
    if (!social)
      skip = `foreign employee with a ${input.contractMonths}-month contract: not in compulsory insurance`;
    else {
      const base =
        input.insurance.basis === undefined
          ? lin(ONE, rInt(insurableAllowances))
          : lin(ZERO, rInt(input.insurance.basis));
      insurance = {
        base,
        social: true,
        health: true,
        unemployment: !foreign,
        unionFee: input.insurance.unionFee,
        unionMember: input.insurance.unionMember,
        reducedAccident: input.insurance.accidentRate === 'reduced',
        rules: insuranceRules,
      };
    }
  }
  if (skip) warnings.push(skip);

  // Dependants.
  let dependants = 0;
  if (typeof input.dependants === 'number') dependants = input.dependants;
  else {
    input.dependants.forEach((d, i) => {
      if (d.from > month.end) {
        fail(
          'PAYROLL/DEPENDANT_NOT_YET_ELIGIBLE',
          `dependant ${d.id} is deductible from ${d.from}, after the period ${input.period}`,
          `người phụ thuộc ${d.id} chỉ được giảm trừ từ ${d.from}`,
          ['dependants', i, 'from'],
          { from: d.from, period: input.period },
        );
      }
      if (d.to !== undefined && d.to < d.from)
        fail(
          'PAYROLL/INVALID_DEPENDANT',
          `dependant ${d.id} ends before it starts`,
          'ngày kết thúc trước ngày bắt đầu',
          ['dependants', i, 'to'],
        );
      if (d.to === undefined || d.to >= month.start) dependants++;
    });
  }

  // Tax method.
  let tax: PlanTax;
  if (input.contract === 'casual') {
    if (input.residency === 'non-resident')
      tax = { kind: 'non-resident', rate: taxRules.nonResidentRate.value };
    else
      tax = {
        kind: 'casual',
        rate: taxRules.casual.value.rate,
        threshold: taxRules.casual.value.threshold,
        commitment: input.casualCommitment,
      };
  } else if (input.residency === 'non-resident')
    tax = { kind: 'non-resident', rate: taxRules.nonResidentRate.value };
  else {
    const self = taxRules.selfDeduction.value;
    const dependantsAmount = taxRules.dependantDeduction.value * BigInt(dependants);
    let pension = input.voluntaryPension;
    if (pension > 0n) {
      const cap = taxRules.pensionCap;
      if (!cap)
        fail(
          'PAYROLL/NO_RULES_FOR_DATE',
          'no voluntary pension cap in force at the payment date',
          'không có mức giảm trừ hưu trí tự nguyện',
          ['voluntaryPension'],
        );
      if (pension > cap.value) pension = cap.value;
    }
    tax = {
      kind: 'progressive',
      self,
      dependantsAmount,
      pension,
      deduction: self + dependantsAmount + pension,
      tariff: taxRules.tariff.value,
    };
  }
  if (input.pitBorneByEmployer && tax.kind !== 'progressive') {
    fail(
      'PAYROLL/UNSUPPORTED',
      'pitBorneByEmployer is supported for residents with a labour contract',
      'chỉ hỗ trợ cho cá nhân cư trú có hợp đồng lao động',
      ['pitBorneByEmployer'],
    );
  }

  return {
    input,
    earnings,
    insurance,
    insuranceSkipReason: skip,
    tax,
    taxRules,
    deductions: input.deductions.map((d) => ({
      code: d.code,
      label: d.label,
      labelVi: d.labelVi ?? d.label,
      amount: d.amount,
      kind: d.kind,
    })),
    dependants,
    pitBorneByEmployer: input.pitBorneByEmployer,
    warnings,
    standardDays,
  };
}

function fmt(r: Ratio): string {
  if (r.d === 1n) return r.n.toString();
  // up to 4 decimals for display
  const scaled = (r.n * 10000n) / r.d;
  const s = (Number(scaled) / 10000).toString();
  return s;
}

const planCache = new WeakMap<object, Map<string, PayslipPlan>>();

/**
 * {@link buildPlan} with a cache for fast-path inputs: their plan depends only on the period, payment
 * date, region, dependant count, contract, residency and overtime hours — the `key` given by
 * `parsePayslipInputKeyed` — so employees sharing those share the plan (with their own `input`).
 * Other inputs (no key) are planned afresh.
 * @internal
 */
export function planFor(
  input: ParsedPayslipInput,
  params: VnPayrollParameters,
  key: string | undefined,
): PayslipPlan {
  if (key === undefined) return buildPlan(input, params);
  let byParams = planCache.get(params);
  if (!byParams) {
    byParams = new Map();
    planCache.set(params, byParams);
  }
  const hit = byParams.get(key);
  if (hit) return { ...hit, input };
  const plan = buildPlan(input, params);
  if (byParams.size > 4096) byParams.clear();
  byParams.set(key, plan);
  return plan;
}

/** Exact evaluation of a linear amount at salary S. @internal */
export function evalLinear(l: Linear, s: Ratio): Ratio {
  if (l.coef.n === 0n) return l.constant;
  const p = rMul(l.coef, s);
  return l.constant.n === 0n ? p : rAdd(p, l.constant);
}

/** Exact tariff (quick formula) on a ratio. @internal */
export function tariffAt(tariff: readonly TariffBracket[], t: Ratio): Ratio {
  if (t.n <= 0n) return ZERO;
  for (let i = tariff.length - 1; i >= 0; i--) {
    const b = tariff[i] as TariffBracket;
    if (t.n > b.lower * t.d) return rSub(rMul(t, b.rate), b.deduction);
  }
  return ZERO;
}

/** {@link tariffAt} on a whole number of đồng (the payslip's hot path: no ratio built for the argument). @internal */
export function tariffAtWhole(tariff: readonly TariffBracket[], x: bigint): Ratio {
  if (x <= 0n) return ZERO;
  for (let i = tariff.length - 1; i >= 0; i--) {
    const b = tariff[i] as TariffBracket;
    if (x > b.lower) return rSub({ n: x * b.rate.n, d: b.rate.d }, b.deduction);
  }
  return ZERO;
}

export { VN_REFERENCES };
