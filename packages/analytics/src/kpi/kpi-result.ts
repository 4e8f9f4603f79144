import { type Decimal, type DecimalInput, isMoney, type Money } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { toExactDecimal } from '../internal/numbers.js';

/**
 * The result of every KPI: its value, the formula and source it follows, and the inputs it used (as exact
 * Decimals), so a report can always show how a figure was obtained.
 *
 * @example
 * ```ts
 * const gm = grossMargin({ revenue: '12000', cogs: '4000' });
 * gm.value.toString(); // '0.6666…'
 * gm.formula;          // '(revenue − COGS) ÷ revenue'
 * gm.inputs;           // { revenue: Decimal(12000), cogs: Decimal(4000) }
 * ```
 */
export interface KpiResult<I extends Record<string, unknown> = Record<string, unknown>> {
  /** KPI id, e.g. `'grossMargin'`. */
  readonly kpi: KpiId;
  /** The value, exact to 40 significant digits (ratios as fractions, not percent). */
  readonly value: Decimal;
  /** Unit of `value`. */
  readonly unit: 'ratio' | 'days' | 'count' | 'per-million' | 'sigma' | 'years' | 'money';
  /** Formula in words. */
  readonly formula: string;
  /** Where the definition comes from. */
  readonly source: string;
  /** The inputs used. */
  readonly inputs: I;
}

/**
 * KPI definitions — formula and source as data (see docs/analytics.md "Standards and sources").
 *
 * @example KPI_DEFINITIONS.dso.formula // 'accounts receivable ÷ revenue × days in period'
 */
export const KPI_DEFINITIONS = {
  revenueGrowth: {
    nameVi: 'Tăng trưởng doanh thu',
    formula: '(revenue − previous revenue) ÷ previous revenue',
    source: 'standard financial-analysis ratio (e.g. CFA Institute, Financial Reporting and Analysis)',
  },
  grossMargin: {
    nameVi: 'Biên lợi nhuận gộp',
    formula: '(revenue − COGS) ÷ revenue',
    source: 'IAS 1 / VAS 21 income-statement presentation: gross profit = revenue − cost of sales',
  },
  operatingMargin: {
    nameVi: 'Biên lợi nhuận hoạt động',
    formula: 'operating income ÷ revenue',
    source: 'standard financial-analysis ratio',
  },
  netMargin: {
    nameVi: 'Biên lợi nhuận ròng',
    formula: 'net income ÷ revenue',
    source: 'standard financial-analysis ratio',
  },
  currentRatio: {
    nameVi: 'Hệ số thanh toán hiện hành',
    formula: 'current assets ÷ current liabilities',
    source: 'standard liquidity ratio (IAS 1 current/non-current classification)',
  },
  quickRatio: {
    nameVi: 'Hệ số thanh toán nhanh',
    formula: '(cash and equivalents + short-term investments + receivables) ÷ current liabilities',
    source: 'acid-test ratio, standard liquidity ratio',
  },
  dso: {
    nameVi: 'Số ngày thu tiền bình quân',
    formula: 'accounts receivable ÷ revenue × days in period',
    source: "Days' sales outstanding, Farlex Financial Dictionary (reference §B3)",
  },
  dpo: {
    nameVi: 'Số ngày phải trả bình quân',
    formula: 'accounts payable ÷ COGS × days in period',
    source: 'Days payable outstanding, Farlex Financial Dictionary (reference §B3)',
  },
  dio: {
    nameVi: 'Số ngày tồn kho bình quân',
    formula: 'inventory ÷ COGS × days in period',
    source: 'Days inventory outstanding, Farlex Financial Dictionary (reference §B3)',
  },
  cashConversionCycle: {
    nameVi: 'Chu kỳ chuyển đổi tiền mặt',
    formula: 'DIO + DSO − DPO',
    source: 'Cash conversion cycle, Farlex Financial Dictionary (reference §B3)',
  },
  budgetVariance: {
    nameVi: 'Chênh lệch so với ngân sách',
    formula: 'actual − budget; ratio = (actual − budget) ÷ |budget|',
    source: 'standard management-accounting variance analysis',
  },
  headcount: {
    nameVi: 'Số lao động',
    formula: 'employees with hire date ≤ date ≤ last day of employment',
    source: 'point-in-time employment count (BLS JOLTS "employment")',
  },
  turnoverRate: {
    nameVi: 'Tỷ lệ nghỉ việc',
    formula: 'separations ÷ average headcount',
    source: 'BLS JOLTS separations rate (separations as a percent of employment)',
  },
  annualisedTurnover: {
    nameVi: 'Tỷ lệ nghỉ việc quy năm',
    formula: 'period turnover × 12 ÷ months in period',
    source: 'SHRM annualised turnover convention',
  },
  retentionRate: {
    nameVi: 'Tỷ lệ giữ chân',
    formula: 'employees at start still employed at end ÷ employees at start',
    source: 'standard HR metric (SHRM)',
  },
  absenteeismRate: {
    nameVi: 'Tỷ lệ vắng mặt',
    formula: 'hours absent ÷ hours usually worked',
    source: 'BLS CPS lost-worktime rate (CPS Tables 46/47)',
  },
  averageTenure: {
    nameVi: 'Thâm niên bình quân',
    formula: 'mean of (date − hire date) over active employees, in years of 365.2425 days',
    source: 'standard HR metric; Gregorian mean year 365.2425 days',
  },
  overtimeRatio: {
    nameVi: 'Tỷ lệ làm thêm giờ',
    formula: 'overtime hours ÷ regular hours',
    source: 'standard HR metric',
  },
  defectRate: {
    nameVi: 'Tỷ lệ lỗi',
    formula: 'defective units ÷ inspected units',
    source: 'standard quality metric (proportion nonconforming, Montgomery, Introduction to SQC)',
  },
  dpmo: {
    nameVi: 'Số lỗi trên một triệu cơ hội',
    formula: 'defects ÷ (units × opportunities per unit) × 1 000 000',
    source: 'Six Sigma DPMO (reference §B3: mysixsigmatrainer, reliabilitycalc)',
  },
  sigmaLevel: {
    nameVi: 'Mức sigma',
    formula: 'Φ⁻¹(1 − DPMO ÷ 10⁶) + 1.5',
    source: 'Motorola short-term sigma with 1.5σ shift (reference §B3)',
  },
  firstPassYield: {
    nameVi: 'Tỷ lệ đạt ngay lần đầu',
    formula: 'units passing first time without rework or scrap ÷ units entering',
    source: 'Six Sigma FPY',
  },
  rolledThroughputYield: {
    nameVi: 'Hiệu suất thông suốt tích luỹ',
    formula: 'Π FPYᵢ over the process steps',
    source: 'Six Sigma RTY',
  },
  oee: {
    nameVi: 'Hiệu suất thiết bị tổng thể',
    formula: 'availability × performance × quality',
    source: 'Nakajima TPM; oee.com "Calculating OEE" (reference §B3)',
  },
} as const satisfies Record<string, { nameVi: string; formula: string; source: string }>;

/** A KPI id. */
export type KpiId = keyof typeof KPI_DEFINITIONS;

/** An amount accepted by KPIs: a decimal input or a Money (all Money inputs of one KPI must share a currency). */
export type Figure = DecimalInput | Money;

/** @internal Reads named figures to Decimals, checking Money currencies agree and (optionally) signs. */
export function figures<K extends string>(
  input: Readonly<Record<K, Figure | undefined>>,
  names: readonly K[],
  nonNegative: readonly K[] = names,
): Record<K, Decimal> {
  let currency: string | undefined;
  const out = {} as Record<K, Decimal>;
  for (const n of names) {
    const v = input[n];
    if (v === undefined || v === null) {
      fail(ANALYTICS_ERRORS.MISSING_VALUE, `${n} is required`, `thiếu ${n}`, [n]);
    }
    if (isMoney(v)) {
      if (currency !== undefined && v.currency.code !== currency) {
        fail(
          ANALYTICS_ERRORS.CURRENCY_MISMATCH,
          `${n} is in ${v.currency.code}, other inputs in ${currency}`,
          `${n} tính bằng ${v.currency.code}, các đầu vào khác bằng ${currency}`,
          [n],
        );
      }
      currency = v.currency.code;
    }
    const d = toExactDecimal(v, [n]);
    if (nonNegative.includes(n) && d.isNegative()) {
      fail(ANALYTICS_ERRORS.NEGATIVE_INPUT, `${n} must not be negative`, `${n} không được âm`, [n], {
        received: d.toString(),
      });
    }
    out[n] = d;
  }
  return out;
}

/** @internal a ÷ b, failing on a zero denominator. */
export function ratio(a: Decimal, b: Decimal, denominator: string): Decimal {
  if (b.isZero()) {
    fail(
      ANALYTICS_ERRORS.ZERO_DENOMINATOR,
      `${denominator} is zero: the ratio is undefined`,
      `${denominator} bằng 0: không tính được tỷ số`,
      [denominator],
    );
  }
  return a.div(b);
}

/** @internal */
export function kpi<I extends Record<string, unknown>>(
  id: KpiId,
  value: Decimal,
  unit: KpiResult['unit'],
  inputs: I,
): KpiResult<I> {
  const def = KPI_DEFINITIONS[id];
  return { kpi: id, value, unit, formula: def.formula, source: def.source, inputs };
}
