import {
  BoRuleError,
  type DatedValue,
  type LegalReference,
  type Parameter,
  parameterAt,
  isBoError,
} from '@bo/core';
import { type Ratio, ratio, rMul } from '../../internal/exact.js';
import type { VnPayrollParameters } from './parameters.js';

/** A region of the regional minimum wage (vùng I–IV, Decree 293/2025/NĐ-CP Art. 3.3). @example const r: VnRegion = 'I'; */
export type VnRegion = 'I' | 'II' | 'III' | 'IV';

/** A resolved value with the legal reference it came from. @internal */
export interface Sourced<T> {
  readonly value: T;
  readonly from: string;
  readonly reference: LegalReference;
}

/** One bracket of a resolved tariff: lower bound, rate and the quick-formula deduction. @internal */
export interface TariffBracket {
  readonly lower: bigint;
  readonly rate: Ratio;
  /** tax(T) = T·rate − deduction inside this bracket. */
  readonly deduction: Ratio;
}

/** PIT rules in force for one tax period, exact. @internal */
export interface TaxRules {
  readonly taxDate: string;
  readonly tariff: Sourced<readonly TariffBracket[]>;
  readonly selfDeduction: Sourced<bigint>;
  readonly dependantDeduction: Sourced<bigint>;
  readonly nonResidentRate: Sourced<Ratio>;
  readonly casual: Sourced<{ readonly rate: Ratio; readonly threshold: bigint }>;
  readonly overtimeExemption: Sourced<'premium' | 'whole'>;
  readonly mealCap: Sourced<bigint> | undefined;
  /** Employer-paid housing counts in taxable income up to this share of the other taxable income. */
  readonly housingShare: Sourced<Ratio> | undefined;
  readonly pensionCap: Sourced<bigint> | undefined;
  readonly overtimeLimitHours: Sourced<bigint> | undefined;
}

/** Insurance and labour rules in force for one contribution month and region, exact. @internal */
export interface InsuranceRules {
  readonly date: string;
  readonly region: VnRegion;
  readonly social: Sourced<{
    employee: Ratio;
    sicknessMaternity: Ratio;
    retirementSurvivorship: Ratio;
    occupationalAccident: Ratio;
    occupationalAccidentReduced: Ratio;
  }>;
  readonly health: Sourced<{ employee: Ratio; employer: Ratio }>;
  readonly unemployment: Sourced<{ employee: Ratio; employer: Ratio }>;
  readonly unionFeeRate: Sourced<Ratio>;
  readonly unionDues: Sourced<{ rate: Ratio; cap: bigint }>;
  readonly baseSalary: Sourced<bigint>;
  readonly minimumWage: Sourced<{ monthly: bigint; hourly: bigint | undefined }>;
  readonly socialCap: Sourced<bigint>;
  readonly unemploymentCap: Sourced<bigint>;
  readonly unpaidDaysLimit: Sourced<bigint>;
  readonly foreignMinContractMonths: Sourced<bigint>;
  readonly overtime: Sourced<{
    weekday: Ratio;
    restDay: Ratio;
    holiday: Ratio;
    nightPremium: Ratio;
    nightOvertimeDayShare: Ratio;
  }>;
}

function at<T>(param: Parameter<T>, date: string, field: string): DatedValue<T> {
  try {
    return parameterAt(param, date);
  } catch (e) {
    if (isBoError(e, 'CORE/NO_PARAMETER_VALUE')) {
      throw new BoRuleError({
        code: 'PAYROLL/NO_RULES_FOR_DATE',
        message: `no ${param.id} in force on ${date}: ${e.message}`,
        messageVi: `không có quy định ${param.id} áp dụng ngày ${date}`,
        path: [field],
        details: { parameter: param.id, date, ...e.details },
        cause: e,
      });
    }
    throw e;
  }
}

function maybe<T>(param: Parameter<T>, date: string): DatedValue<T> | undefined {
  try {
    return parameterAt(param, date);
  } catch {
    return undefined;
  }
}

function src<T, U>(d: DatedValue<T>, f: (v: T) => U): Sourced<U> {
  return { value: f(d.value), from: d.from, reference: d.reference };
}

const big = (s: string): bigint => BigInt(s);

/**
 * Builds the exact tariff (with quick-formula deductions) from bracket data.
 * @internal
 */
export function buildTariff(
  brackets: readonly { lower: string; rate: string }[],
  multiplier = 1n,
): TariffBracket[] {
  const out: TariffBracket[] = [];
  let below: Ratio = { n: 0n, d: 1n };
  for (let i = 0; i < brackets.length; i++) {
    const b = brackets[i] as { lower: string; rate: string };
    const lower = BigInt(b.lower) * multiplier;
    const r = ratio(b.rate);
    // deduction = lower·rate − tax on everything below lower
    const lr = rMul({ n: lower, d: 1n }, r);
    const deduction = { n: lr.n * below.d - below.n * lr.d, d: lr.d * below.d };
    out.push({ lower, rate: r, deduction });
    const next = brackets[i + 1];
    if (next) {
      const width = BigInt(next.lower) * multiplier - lower;
      const add = rMul({ n: width, d: 1n }, r);
      below = { n: below.n * add.d + add.n * below.d, d: below.d * add.d };
    }
  }
  return out;
}

const taxCache = new WeakMap<object, Map<string, TaxRules>>();
const insCache = new WeakMap<object, Map<string, InsuranceRules>>();

/**
 * PIT rules for the tax period of `taxDate` (the payment date). Cached per parameter set.
 * @throws BoRuleError `PAYROLL/NO_RULES_FOR_DATE` (path `[field]`) when a parameter has no value then
 * @internal
 */
export function resolveTaxRules(
  params: VnPayrollParameters,
  taxDate: string,
  field = 'paymentDate',
): TaxRules {
  let cache = taxCache.get(params);
  if (!cache) {
    cache = new Map();
    taxCache.set(params, cache);
  }
  const hit = cache.get(taxDate);
  if (hit) return hit;
  const rules: TaxRules = {
    taxDate,
    tariff: src(at(params.pitResidentTariff, taxDate, field), (v) => buildTariff(v)),
    selfDeduction: src(at(params.pitSelfDeduction, taxDate, field), big),
    dependantDeduction: src(at(params.pitDependantDeduction, taxDate, field), big),
    nonResidentRate: src(at(params.pitNonResidentRate, taxDate, field), (v) => ratio(v)),
    casual: src(at(params.pitCasualWithholding, taxDate, field), (v) => ({
      rate: ratio(v.rate),
      threshold: big(v.threshold),
    })),
    overtimeExemption: src(at(params.pitOvertimeExemption, taxDate, field), (v) => v),
    mealCap: optional(maybe(params.pitMealAllowanceCap, taxDate), big),
    housingShare: optional(maybe(params.pitHousingTaxableShare, taxDate), (v) => ratio(v)),
    pensionCap: optional(maybe(params.pitVoluntaryPensionCap, taxDate), big),
    overtimeLimitHours: optional(maybe(params.overtimeMonthlyLimitHours, taxDate), big),
  };
  if (cache.size > 512) cache.clear();
  cache.set(taxDate, rules);
  return rules;
}

function optional<T, U>(d: DatedValue<T> | undefined, f: (v: T) => U): Sourced<U> | undefined {
  return d ? src(d, f) : undefined;
}

/**
 * Insurance and labour rules for the contribution month starting `date`, in `region`.
 * @throws BoRuleError `PAYROLL/NO_RULES_FOR_DATE` (path `[field]`)
 * @internal
 */
export function resolveInsuranceRules(
  params: VnPayrollParameters,
  date: string,
  region: VnRegion,
  field = 'period',
): InsuranceRules {
  let cache = insCache.get(params);
  if (!cache) {
    cache = new Map();
    insCache.set(params, cache);
  }
  const key = `${date}|${region}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const baseSalary = src(at(params.baseSalary, date, field), big);
  const minimum = at(params.regionalMinimumWage, date, field);
  const regionWage = minimum.value[region];
  const minimumWage = {
    value: {
      monthly: big(regionWage.monthly),
      hourly: regionWage.hourly === undefined ? undefined : big(regionWage.hourly),
    },
    from: minimum.from,
    reference: minimum.reference,
  };
  const siCap = at(params.socialInsuranceCapMultiple, date, field);
  const uiCap = at(params.unemploymentInsuranceCapMultiple, date, field);
  const dues = at(params.unionDues, date, field);
  const capOf = (multiple: string, base: bigint): bigint => {
    const m = ratio(multiple);
    return (base * m.n) / m.d;
  };
  const rules: InsuranceRules = {
    date,
    region,
    social: src(at(params.socialInsuranceRates, date, field), (v) => ({
      employee: ratio(v.employee),
      sicknessMaternity: ratio(v.sicknessMaternity),
      retirementSurvivorship: ratio(v.retirementSurvivorship),
      occupationalAccident: ratio(v.occupationalAccident),
      occupationalAccidentReduced: ratio(v.occupationalAccidentReduced),
    })),
    health: src(at(params.healthInsuranceRates, date, field), (v) => ({
      employee: ratio(v.employee),
      employer: ratio(v.employer),
    })),
    unemployment: src(at(params.unemploymentInsuranceRates, date, field), (v) => ({
      employee: ratio(v.employee),
      employer: ratio(v.employer),
    })),
    unionFeeRate: src(at(params.unionFeeRate, date, field), (v) => ratio(v)),
    unionDues: src(dues, (v) => ({
      rate: ratio(v.rate),
      cap: capOf(v.capMultipleOfBaseSalary, baseSalary.value),
    })),
    baseSalary,
    minimumWage,
    socialCap: src(siCap, (v) => capOf(v, baseSalary.value)),
    unemploymentCap: src(uiCap, (v) => capOf(v, minimumWage.value.monthly)),
    unpaidDaysLimit: src(at(params.insuranceUnpaidDaysLimit, date, field), big),
    foreignMinContractMonths: src(at(params.foreignSocialInsuranceMinContractMonths, date, field), big),
    overtime: src(at(params.overtimeMultipliers, date, field), (v) => ({
      weekday: ratio(v.weekday),
      restDay: ratio(v.restDay),
      holiday: ratio(v.holiday),
      nightPremium: ratio(v.nightPremium),
      nightOvertimeDayShare: ratio(v.nightOvertimeDayShare),
    })),
  };
  if (cache.size > 2048) cache.clear();
  cache.set(key, rules);
  return rules;
}
