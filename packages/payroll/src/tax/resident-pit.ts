import { type LegalReference, type Money, parseWith } from '@bo/core';
import { z } from 'zod';
import { rInt, roundRatio, vnd } from '../internal/exact.js';
import type { PayrollOptions } from '../payslip/compute-payslip.js';
import { DEFAULT_ROUNDING } from '../payslip/payslip.js';
import { tariffAt } from '../payslip/plan.js';
import { VN_PAYROLL_PARAMETERS } from '../rules/vn/parameters.js';
import { buildTariff, resolveTaxRules } from '../rules/vn/resolve-rules.js';
import { isCalendarDate } from '@bo/core';

const InputSchema = z
  .object({
    assessableIncome: z.union([z.string().regex(/^\d+$/, 'whole đồng'), z.number().int().min(0), z.bigint()]),
    paymentDate: z.string().refine(isCalendarDate, 'must be a real date YYYY-MM-DD'),
    annual: z.boolean().default(false),
  })
  .strict();

/**
 * PIT on a resident's assessable income (thu nhập tính thuế) with the progressive tariff of the tax
 * period of `paymentDate` — monthly by default, or the annual tariff (bracket bounds × 12) with `annual`.
 *
 * @throws BoValidationError `PAYROLL/INVALID_INPUT`; BoRuleError `PAYROLL/NO_RULES_FOR_DATE`
 * @example
 * ```ts
 * residentPit({ assessableIncome: '11469000', paymentDate: '2025-06-30' }).amount.amount.toString(); // '970350'
 * residentPit({ assessableIncome: '2400000', paymentDate: '2026-06-30' }).amount.amount.toString(); // '120000'
 * ```
 */
export function residentPit(
  input: {
    readonly assessableIncome: string | number | bigint;
    readonly paymentDate: string;
    readonly annual?: boolean;
  },
  options: PayrollOptions = {},
): { readonly amount: Money; readonly reference: LegalReference } {
  const p = parseWith(InputSchema, input, 'PIT input', 'PAYROLL/INVALID_INPUT');
  const params = options.parameters ?? VN_PAYROLL_PARAMETERS;
  const rules = resolveTaxRules(params, p.paymentDate);
  const tariff = p.annual ? annualTariff(params, p.paymentDate) : rules.tariff.value;
  const amount = roundRatio(
    tariffAt(tariff, rInt(BigInt(p.assessableIncome))),
    (options.rounding ?? DEFAULT_ROUNDING).mode,
  );
  return { amount: vnd(amount), reference: rules.tariff.reference };
}

const annualCache = new WeakMap<object, Map<string, ReturnType<typeof buildTariff>>>();

/** The annual tariff (monthly bracket bounds × 12) in force on a date. @internal */
export function annualTariff(
  params: typeof VN_PAYROLL_PARAMETERS,
  date: string,
): ReturnType<typeof buildTariff> {
  let m = annualCache.get(params);
  if (!m) {
    m = new Map();
    annualCache.set(params, m);
  }
  const rules = resolveTaxRules(params, date);
  const key = rules.tariff.from;
  let t = m.get(key);
  if (!t) {
    const raw = params.pitResidentTariff.values.find((v) => v.from === key);
    t = buildTariff(raw?.value ?? [], 12n);
    m.set(key, t);
  }
  return t;
}
