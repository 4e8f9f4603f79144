import { type LegalReference, type Money, parseWith, valueAt } from '@bo/core';
import { z } from 'zod';
import { calendarDateString, nonNegativeDong } from '../internal/schemas.js';
import { rInt, roundRatio, vnd } from '../internal/exact.js';
import type { PayrollOptions } from '../payslip/compute-payslip.js';
import { DEFAULT_ROUNDING } from '../payslip/payslip.js';
import { tariffAt } from '../payslip/plan.js';
import { VN_PAYROLL_PARAMETERS } from '../rules/vn/parameters.js';
import { VN_REFERENCES } from '../rules/vn/references.js';
import { resolveTaxRules } from '../rules/vn/resolve-rules.js';
import { annualTariff } from '../tax/resident-pit.js';

const dong = nonNegativeDong;
const date = calendarDateString;

/**
 * Zod schema of {@link finaliseAnnualPit}'s input. Dependants are given with their eligibility dates
 * (the deduction counts the months of the year they are eligible), or as a number of dependant-months.
 * @example AnnualPitInputSchema.parse({ year: 2026, taxableIncome: '360000000', insurance: '37800000', withheld: '0' })
 */
export const AnnualPitInputSchema = z
  .object({
    year: z.number().int().min(2009).max(2100),
    taxableIncome: dong,
    insurance: dong.default(0n),
    selfMonths: z.number().int().min(0).max(12).default(12),
    dependants: z
      .union([
        z.number().int().min(0),
        z.array(z.object({ id: z.string().min(1), from: date, to: date.optional() }).strict()),
      ])
      .default(0),
    voluntaryPension: dong.default(0n),
    charity: dong.default(0n),
    medical: dong.default(0n),
    education: dong.default(0n),
    withheld: dong.default(0n),
  })
  .strict();

/** Input of {@link finaliseAnnualPit}. @example const i: AnnualPitInput = { year: 2026, taxableIncome: 360000000 }; */
export type AnnualPitInput = z.input<typeof AnnualPitInputSchema>;

/**
 * Result of the annual PIT finalisation.
 * @example const r: AnnualPitResult = finaliseAnnualPit({ year: 2026, taxableIncome: 360000000, insurance: 37800000, dependants: 12, education: 30000000, medical: 15000000 });
 */
export interface AnnualPitResult {
  readonly year: number;
  readonly taxableIncome: Money;
  readonly deductions: {
    readonly insurance: Money;
    readonly self: Money;
    readonly dependants: Money;
    readonly dependantMonths: number;
    readonly voluntaryPension: Money;
    readonly charity: Money;
    readonly medical: Money;
    readonly education: Money;
  };
  readonly assessableIncome: Money;
  /** PIT due for the year on the annual tariff. */
  readonly pitDue: Money;
  readonly withheld: Money;
  /** pitDue − withheld: positive = payable, negative = overpaid. */
  readonly balance: Money;
  /**
   * What is settled now, after the small-amount rule: positive = to pay, negative = to refund, 0 when
   * nothing moves (a nil, waived or offset balance).
   */
  readonly settlement: Money;
  /**
   * `payable` / `refund` (settled now), `nil` (balance 0), `waived` (a small balance payable the law
   * waives), `offset` (a small overpayment carried against later periods, not refunded).
   */
  readonly outcome: 'payable' | 'refund' | 'nil' | 'waived' | 'offset';
  readonly references: readonly LegalReference[];
  readonly notes: readonly string[];
}

function monthsIn(year: number, from: string, to: string | undefined): number {
  const startY = Number(from.slice(0, 4));
  const startM = Number(from.slice(5, 7));
  const first = startY < year ? 1 : startY > year ? 13 : startM;
  let last = 12;
  if (to !== undefined) {
    const endY = Number(to.slice(0, 4));
    const endM = Number(to.slice(5, 7));
    last = endY > year ? 12 : endY < year ? 0 : endM;
  }
  return Math.max(0, last - first + 1);
}

/**
 * Annual PIT finalisation (quyết toán thuế TNCN) of a resident's employment income: annual taxable
 * income, deductions by months of eligibility (self, dependants), insurance, capped voluntary pension,
 * charity and — from tax period 2026 — medical and education expenses (capped), the annual tariff
 * (monthly bounds × 12) of the year, and withheld vs due.
 *
 * For 2026, withholding of Jan–Jun may have used the 7-bracket tariff and 11 M / 4.4 M deductions;
 * the finalisation applies the 5-bracket tariff and 15.5 M / 6.2 M to the whole year and settles the
 * difference here (Decree 253/2026/NĐ-CP Art. 70.2). A balance of at most 50,000 đồng either way
 * is not settled from tax period 2026: waived when payable, offset when overpaid (Decree 252/2026/NĐ-CP,
 * parameter `pitFinalisationSmallAmount`); `settlement` is what moves.
 *
 * @throws BoValidationError `PAYROLL/INVALID_INPUT` naming the field
 * @example
 * ```ts
 * const r = finaliseAnnualPit({ year: 2026, taxableIncome: '660000000', insurance: '64200000', withheld: '28980000' });
 * r.pitDue.amount.toString(); // '39960000'
 * r.balance.amount.toString(); // '10980000'
 * r.settlement.amount.toString(); // '10980000'
 * ```
 */
export function finaliseAnnualPit(input: AnnualPitInput, options: PayrollOptions = {}): AnnualPitResult {
  const p = parseWith(AnnualPitInputSchema, input, 'annual PIT input', 'PAYROLL/INVALID_INPUT');
  const params = options.parameters ?? VN_PAYROLL_PARAMETERS;
  const date = `${p.year}-12-31`;
  const rules = resolveTaxRules(params, date, 'year');
  const notes: string[] = [];
  let dependantMonths = 0;
  if (typeof p.dependants === 'number') dependantMonths = p.dependants;
  else {
    for (const d of p.dependants) dependantMonths += monthsIn(p.year, d.from, d.to);
  }
  const self = rules.selfDeduction.value * BigInt(p.selfMonths);
  const dependants = rules.dependantDeduction.value * BigInt(dependantMonths);
  const pensionCap = (rules.pensionCap?.value ?? 0n) * 12n;
  const pension = p.voluntaryPension < pensionCap ? p.voluntaryPension : pensionCap;
  const medicalCap = BigInt(valueAt(params.pitAnnualMedicalCap, date));
  const educationCap = BigInt(valueAt(params.pitAnnualEducationCap, date));
  const medical = p.medical < medicalCap ? p.medical : medicalCap;
  const education = p.education < educationCap ? p.education : educationCap;
  if (p.medical > medicalCap) notes.push(`medical expenses capped at ${medicalCap}`);
  if (p.education > educationCap) notes.push(`education expenses capped at ${educationCap}`);
  if (p.voluntaryPension > pensionCap) notes.push(`voluntary pension capped at ${pensionCap}`);
  const total = p.insurance + self + dependants + pension + p.charity + medical + education;
  const assessable = p.taxableIncome > total ? p.taxableIncome - total : 0n;
  const due = roundRatio(
    tariffAt(annualTariff(params, date), rInt(assessable)),
    (options.rounding ?? DEFAULT_ROUNDING).mode,
  );
  const balance = due - p.withheld;
  const references: LegalReference[] = [rules.tariff.reference, rules.selfDeduction.reference];
  // small-amount rule: a balance within the threshold is waived (payable) or offset (overpaid)
  const small = BigInt(valueAt(params.pitFinalisationSmallAmount, date));
  let outcome: AnnualPitResult['outcome'] = balance > 0n ? 'payable' : balance < 0n ? 'refund' : 'nil';
  let settlement = balance;
  if (balance !== 0n && (balance > 0n ? balance : -balance) <= small) {
    outcome = balance > 0n ? 'waived' : 'offset';
    settlement = 0n;
    references.push(VN_REFERENCES.decree252SmallAmount);
    notes.push(
      balance > 0n
        ? `additional PIT of ${balance} đồng is at most ${small}: waived (Decree 252/2026)`
        : `overpaid PIT of ${-balance} đồng is at most ${small}: offset against later periods, not refunded (Decree 252/2026)`,
    );
  }
  if (p.year === 2026) {
    references.push(VN_REFERENCES.decree253Transition);
    notes.push(
      '2026: the 5-bracket tariff and 15.5 M / 6.2 M deductions apply to the whole year; Jan–Jun withholding under the old rules is settled by this balance (Decree 253/2026 Art. 70.2)',
    );
  }
  return {
    year: p.year,
    taxableIncome: vnd(p.taxableIncome),
    deductions: {
      insurance: vnd(p.insurance),
      self: vnd(self),
      dependants: vnd(dependants),
      dependantMonths,
      voluntaryPension: vnd(pension),
      charity: vnd(p.charity),
      medical: vnd(medical),
      education: vnd(education),
    },
    assessableIncome: vnd(assessable),
    pitDue: vnd(due),
    withheld: vnd(p.withheld),
    balance: vnd(balance),
    settlement: vnd(settlement),
    outcome,
    references,
    notes,
  };
}
