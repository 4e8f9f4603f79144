import { type LegalReference, type Money, type Trace, trace } from '@bo/core';
import {
  bigMin,
  type Ratio,
  rAdd,
  ratioToString,
  rCmp,
  rInt,
  rMin,
  rMul,
  roundRatio,
  rSub,
  vnd,
  ZERO,
} from '../internal/exact.js';
import { VN_REFERENCES } from '../rules/vn/references.js';
import type { Payslip, PayslipLine, PayrollRounding } from './payslip.js';
import { evalLinear, type PayslipPlan, tariffAt, tariffAtWhole } from './plan.js';

/** Integer results of evaluating a plan at one salary. @internal */
export interface Evaluation {
  readonly earnings: readonly { amount: bigint; exempt: bigint }[];
  readonly gross: bigint;
  readonly taxable: bigint;
  readonly insBase: Ratio;
  readonly socialBase: Ratio;
  readonly unemploymentBase: Ratio;
  readonly ee: { si: bigint; hi: bigint; ui: bigint };
  readonly er: {
    sickness: bigint;
    retirement: bigint;
    accident: bigint;
    hi: bigint;
    ui: bigint;
    unionFee: bigint;
  };
  readonly dues: bigint;
  readonly assessable: bigint;
  readonly pit: bigint;
  readonly pitBorne: bigint;
  readonly deductions: bigint;
  readonly net: bigint;
  readonly taxMethod: Payslip['taxMethod'];
}

const EMPTY_ER = { sickness: 0n, retirement: 0n, accident: 0n, hi: 0n, ui: 0n, unionFee: 0n };

/**
 * Splits a rounded total over BHXH, BHYT and BHTN by largest remainder (ties to the earlier part): the
 * floors, then the đồng left over go one each to the largest remainders (a negative leftover takes
 * from the smallest). Three parts, so no arrays or sorting on the hot path.
 * @internal
 */
export function splitThree(
  a: Ratio,
  b: Ratio,
  c: Ratio,
  total: bigint,
): { si: bigint; hi: bigint; ui: bigint } {
  let fa = roundRatio(a, 'floor');
  let fb = roundRatio(b, 'floor');
  let fc = roundRatio(c, 'floor');
  let left = total - fa - fb - fc;
  if (left !== 0n) {
    const ra = rSub(a, rInt(fa));
    const rb = rSub(b, rInt(fb));
    const rc = rSub(c, rInt(fc));
    // rank 0..2 of each part by remainder, descending, ties to the earlier part
    const ab = rCmp(ra, rb) >= 0; // a before b
    const ac = rCmp(ra, rc) >= 0; // a before c
    const bc = rCmp(rb, rc) >= 0; // b before c
    const rankA = (ab ? 0 : 1) + (ac ? 0 : 1);
    const rankB = (ab ? 1 : 0) + (bc ? 0 : 1);
    const rankC = (ac ? 1 : 0) + (bc ? 1 : 0);
    // a positive leftover goes to ranks 0, 1, 2 in turn; a negative one is taken from ranks 2, 1, 0
    for (let k = 0; left > 0n && k < 3; k++) {
      if (rankA === k) fa++;
      else if (rankB === k) fb++;
      else if (rankC === k) fc++;
      left--;
    }
    for (let k = 2; left < 0n && k >= 0; k--) {
      if (rankA === k) fa--;
      else if (rankB === k) fb--;
      else if (rankC === k) fc--;
      left++;
    }
  }
  return { si: fa, hi: fb, ui: fc };
}

/**
 * Evaluates a plan at contract salary `salary` with the stated rounding. With `netOnly` (the inverse's
 * inner loop) only the totals are meaningful: no per-earning results, no employer contributions, and
 * with per-employee insurance rounding the total is not split over the funds (it all sits in `ee.si`).
 * @internal
 */
export function evaluatePlan(
  plan: PayslipPlan,
  salary: bigint,
  rounding: PayrollRounding,
  netOnly = false,
): Evaluation {
  const mode = rounding.mode;
  const s = rInt(salary);
  let gross = 0n;
  let taxable = 0n;
  const earnings: { amount: bigint; exempt: bigint }[] = [];
  // earnings taxable up to a share of the others' taxable income (housing) are settled after them
  let shared: { index: number; amount: bigint; share: Ratio }[] | undefined;
  for (const e of plan.earnings) {
    const amount = roundRatio(evalLinear(e.amount, s), mode);
    let exempt = 0n;
    if (e.exempt.kind === 'share') {
      (shared ??= []).push({ index: earnings.length, amount, share: e.exempt.share });
      if (!netOnly) earnings.push({ amount, exempt: amount });
      gross += amount;
      continue;
    }
    switch (e.exempt.kind) {
      case 'all':
        exempt = amount;
        break;
      case 'linear': {
        const x = roundRatio(evalLinear(e.exempt.amount, s), mode);
        exempt = bigMin(x, amount);
        break;
      }
      case 'cap':
        exempt = bigMin(e.exempt.cap, amount);
        break;
      default:
        break;
    }
    if (!netOnly) earnings.push({ amount, exempt });
    gross += amount;
    taxable += amount - exempt;
  }
  if (shared !== undefined) {
    // one cap for all of them together: share × the taxable income of the other earnings
    let room = roundRatio(rMul(rInt(taxable), shared[0]!.share), mode);
    for (const h of shared) {
      const part = bigMin(h.amount, room);
      room -= part;
      if (!netOnly) earnings[h.index] = { amount: h.amount, exempt: h.amount - part };
      taxable += part;
    }
  }

  let ee = { si: 0n, hi: 0n, ui: 0n };
  let er = EMPTY_ER;
  let dues = 0n;
  let insBase: Ratio = ZERO;
  let socialBase: Ratio = ZERO;
  let unemploymentBase: Ratio = ZERO;
  const ins = plan.insurance;
  if (ins) {
    const r = ins.rules;
    insBase = evalLinear(ins.base, s);
    socialBase = rMin(insBase, rInt(r.socialCap.value));
    unemploymentBase = ins.unemployment ? rMin(insBase, rInt(r.unemploymentCap.value)) : ZERO;
    const si = rMul(socialBase, r.social.value.employee);
    const hi = rMul(socialBase, r.health.value.employee);
    const ui = ins.unemployment ? rMul(unemploymentBase, r.unemployment.value.employee) : ZERO;
    if (rounding.insurance === 'per-line')
      ee = { si: roundRatio(si, mode), hi: roundRatio(hi, mode), ui: roundRatio(ui, mode) };
    else {
      const total = roundRatio(rAdd(rAdd(si, hi), ui), mode);
      ee = netOnly ? { si: total, hi: 0n, ui: 0n } : splitThree(si, hi, ui, total);
    }
    er = netOnly
      ? EMPTY_ER
      : {
          sickness: roundRatio(rMul(socialBase, r.social.value.sicknessMaternity), mode),
          retirement: roundRatio(rMul(socialBase, r.social.value.retirementSurvivorship), mode),
          accident: roundRatio(
            rMul(
              socialBase,
              ins.reducedAccident
                ? r.social.value.occupationalAccidentReduced
                : r.social.value.occupationalAccident,
            ),
            mode,
          ),
          hi: roundRatio(rMul(socialBase, r.health.value.employer), mode),
          ui: ins.unemployment ? roundRatio(rMul(unemploymentBase, r.unemployment.value.employer), mode) : 0n,
          unionFee: ins.unionFee ? roundRatio(rMul(socialBase, r.unionFeeRate.value), mode) : 0n,
        };
    if (ins.unionMember) {
      const d = roundRatio(rMul(socialBase, r.unionDues.value.rate), mode);
      dues = bigMin(d, r.unionDues.value.cap);
    }
  }
  const employeeInsurance = ee.si + ee.hi + ee.ui;

  let pit = 0n;
  let pitBorne = 0n;
  let assessable = 0n;
  let taxMethod: Payslip['taxMethod'] = 'progressive';
  const tax = plan.tax;
  if (tax.kind === 'progressive') {
    const t0 = taxable - employeeInsurance - tax.deduction;
    if (plan.pitBorneByEmployer) {
      pitBorne = borneTax(tax.tariff, t0, mode);
      pit = pitBorne;
      taxable += pitBorne;
      gross += pitBorne;
      assessable = t0 + pitBorne > 0n ? t0 + pitBorne : 0n;
    } else {
      assessable = t0 > 0n ? t0 : 0n;
      pit = roundRatio(tariffAtWhole(tax.tariff, assessable), mode);
    }
  } else if (tax.kind === 'non-resident') {
    taxMethod = 'non-resident';
    pit = roundRatio(rMul(rInt(taxable), tax.rate), mode);
  } else {
    if (tax.commitment) taxMethod = 'casual-commitment';
    else if (taxable < tax.threshold) taxMethod = 'casual-below-threshold';
    else {
      taxMethod = 'casual';
      pit = roundRatio(rMul(rInt(taxable), tax.rate), mode);
    }
  }
  let deductions = 0n;
  for (const d of plan.deductions) deductions += d.amount;
  const net = gross - employeeInsurance - pit - dues - deductions;
  return {
    earnings,
    gross,
    taxable,
    insBase,
    socialBase,
    unemploymentBase,
    ee,
    er,
    dues,
    assessable,
    pit,
    pitBorne,
    deductions,
    net,
    taxMethod,
  };
}

/** The PIT P the employer bears so that P = tariff(t0 + P), rounded (gross-up). @internal */
export function borneTax(
  tariff: PayslipPlan['tax'] extends infer T ? (T extends { tariff: infer U } ? U : never) : never,
  t0: bigint,
  mode: PayrollRounding['mode'],
): bigint {
  // Analytic: T − tariff(T) = t0 on the bracket where it holds; then settle the rounding by fixed-point steps.
  let p = 0n;
  if (t0 > 0n) {
    for (let i = tariff.length - 1; i >= 0; i--) {
      const b = tariff[i] as (typeof tariff)[number];
      // T = (t0 − deduction) / (1 − rate)
      const oneMinus = { n: b.rate.d - b.rate.n, d: b.rate.d };
      const num = rSub(rInt(t0), b.deduction);
      const t = { n: num.n * oneMinus.d, d: num.d * oneMinus.n };
      if (t.n > b.lower * t.d) {
        p = roundRatio(rSub(t, rInt(t0)), 'floor');
        break;
      }
    }
  }
  for (let k = 0; k < 64; k++) {
    const next = roundRatio(tariffAt(tariff, rInt(t0 + p > 0n ? t0 + p : 0n)), mode);
    if (next === p) return p;
    p = next;
  }
  return p;
}

/** Whole đồng → Money, one object per distinct amount. @internal */
export type MoneyOf = (amount: bigint) => Money;

/**
 * Money values are immutable: one payslip (or one net→gross result and its payslip) reuses the same
 * object for equal amounts. A payslip has a few dozen amounts at most, so a linear scan of the
 * distinct ones beats hashing bigints.
 * @internal
 */
export function moneyMemo(): MoneyOf {
  const keys: bigint[] = [];
  const values: Money[] = [];
  return (amount) => {
    for (let i = 0; i < keys.length; i++) if (keys[i] === amount) return values[i] as Money;
    const m = vnd(amount);
    keys.push(amount);
    values.push(m);
    return m;
  };
}

function line(
  m: MoneyOf,
  code: string,
  label: string,
  labelVi: string,
  section: PayslipLine['section'],
  amount: bigint,
  extra: {
    basis?: Money;
    rate?: string;
    quantity?: string;
    exempt?: bigint;
    reference?: LegalReference;
  } = {},
): PayslipLine {
  const l: {
    code: string;
    label: string;
    labelVi: string;
    section: PayslipLine['section'];
    amount: Money;
    basis?: Money;
    rate?: string;
    quantity?: string;
    exempt?: Money;
    reference?: LegalReference;
  } = { code, label, labelVi, section, amount: m(amount) };
  if (extra.basis) l.basis = extra.basis;
  if (extra.rate !== undefined) l.rate = extra.rate;
  if (extra.quantity !== undefined) l.quantity = extra.quantity;
  if (extra.exempt !== undefined && extra.exempt !== 0n) l.exempt = m(extra.exempt);
  if (extra.reference) l.reference = extra.reference;
  return l;
}

/**
 * Turns an evaluation into the public payslip.
 * @internal
 */
export function toPayslip(
  plan: PayslipPlan,
  salary: bigint,
  ev: Evaluation,
  withTrace: boolean,
  m: MoneyOf = moneyMemo(),
): Payslip {
  const lines: PayslipLine[] = [];
  plan.earnings.forEach((e, i) => {
    const r = ev.earnings[i] as { amount: bigint; exempt: bigint };
    if (r.amount === 0n && e.code !== 'BASIC') return;
    const l: { -readonly [K in keyof PayslipLine]: PayslipLine[K] } = {
      code: e.code,
      label: e.label,
      labelVi: e.labelVi,
      section: 'earning',
      amount: m(r.amount),
    };
    if (e.code === 'BASIC') l.basis = m(salary);
    if (e.rate !== undefined) l.rate = e.rate;
    if (e.quantity !== undefined) l.quantity = e.quantity;
    if (r.exempt !== 0n) l.exempt = m(r.exempt);
    if (e.reference) l.reference = e.reference;
    lines.push(l);
  });
  const tr = plan.taxRules;
  const socialBase = m(roundRatio(ev.socialBase, 'half-up'));
  const unemploymentBase = m(roundRatio(ev.unemploymentBase, 'half-up'));
  const assessable = m(ev.assessable);
  const taxable = m(ev.taxable);
  if (ev.pitBorne > 0n) {
    lines.push(
      line(
        m,
        'PIT_BORNE',
        'PIT borne by the employer (taxable benefit)',
        'Thuế TNCN doanh nghiệp trả thay',
        'earning',
        ev.pitBorne,
        { reference: tr.tariff.reference },
      ),
    );
  }
  const ins = plan.insurance;
  if (ins) {
    const r = ins.rules;
    lines.push(
      line(m, 'BHXH_EE', 'Social insurance (employee)', 'BHXH người lao động', 'deduction', ev.ee.si, {
        basis: socialBase,
        rate: ratioToString(r.social.value.employee),
        reference: r.social.reference,
      }),
    );
    lines.push(
      line(m, 'BHYT_EE', 'Health insurance (employee)', 'BHYT người lao động', 'deduction', ev.ee.hi, {
        basis: socialBase,
        rate: ratioToString(r.health.value.employee),
        reference: r.health.reference,
      }),
    );
    if (ins.unemployment) {
      lines.push(
        line(
          m,
          'BHTN_EE',
          'Unemployment insurance (employee)',
          'BHTN người lao động',
          'deduction',
          ev.ee.ui,
          {
            basis: unemploymentBase,
            rate: ratioToString(r.unemployment.value.employee),
            reference: r.unemployment.reference,
          },
        ),
      );
    }
  }
  const taxRef =
    plan.tax.kind === 'progressive'
      ? tr.tariff.reference
      : plan.tax.kind === 'non-resident'
        ? tr.nonResidentRate.reference
        : tr.casual.reference;
  lines.push(
    line(m, 'PIT', 'Personal income tax', 'Thuế thu nhập cá nhân', 'deduction', ev.pit, {
      basis: plan.tax.kind === 'progressive' ? assessable : taxable,
      ...(plan.tax.kind !== 'progressive' ? { rate: ratioToString(plan.tax.rate) } : {}),
      reference: taxRef,
    }),
  );
  if (ins?.unionMember) {
    lines.push(
      line(m, 'UNION_DUES', 'Union member dues', 'Đoàn phí công đoàn', 'deduction', ev.dues, {
        basis: socialBase,
        rate: ratioToString(ins.rules.unionDues.value.rate),
        reference: ins.rules.unionDues.reference,
      }),
    );
  }
  for (const d of plan.deductions) lines.push(line(m, d.code, d.label, d.labelVi, 'deduction', d.amount));
  let employer = 0n;
  if (ins) {
    const r = ins.rules;
    const sv = r.social.value;
    lines.push(
      line(
        m,
        'BHXH_ER_SICKNESS',
        'Social insurance — sickness & maternity (employer)',
        'BHXH ốm đau, thai sản (doanh nghiệp)',
        'employer',
        ev.er.sickness,
        { basis: socialBase, rate: ratioToString(sv.sicknessMaternity), reference: r.social.reference },
      ),
    );
    lines.push(
      line(
        m,
        'BHXH_ER_RETIREMENT',
        'Social insurance — retirement & survivorship (employer)',
        'BHXH hưu trí, tử tuất (doanh nghiệp)',
        'employer',
        ev.er.retirement,
        { basis: socialBase, rate: ratioToString(sv.retirementSurvivorship), reference: r.social.reference },
      ),
    );
    lines.push(
      line(
        m,
        'BHXH_ER_ACCIDENT',
        'Occupational accident & disease insurance (employer)',
        'BHTNLĐ-BNN (doanh nghiệp)',
        'employer',
        ev.er.accident,
        {
          basis: socialBase,
          rate: ratioToString(ins.reducedAccident ? sv.occupationalAccidentReduced : sv.occupationalAccident),
          reference: VN_REFERENCES.decree58,
        },
      ),
    );
    lines.push(
      line(m, 'BHYT_ER', 'Health insurance (employer)', 'BHYT (doanh nghiệp)', 'employer', ev.er.hi, {
        basis: socialBase,
        rate: ratioToString(r.health.value.employer),
        reference: r.health.reference,
      }),
    );
    if (ins.unemployment) {
      lines.push(
        line(m, 'BHTN_ER', 'Unemployment insurance (employer)', 'BHTN (doanh nghiệp)', 'employer', ev.er.ui, {
          basis: unemploymentBase,
          rate: ratioToString(r.unemployment.value.employer),
          reference: r.unemployment.reference,
        }),
      );
    }
    if (ins.unionFee) {
      lines.push(
        line(
          m,
          'KPCD_ER',
          'Trade-union fee (employer)',
          'Kinh phí công đoàn (doanh nghiệp)',
          'employer',
          ev.er.unionFee,
          {
            basis: socialBase,
            rate: ratioToString(r.unionFeeRate.value),
            reference: r.unionFeeRate.reference,
          },
        ),
      );
    }
    employer = ev.er.sickness + ev.er.retirement + ev.er.accident + ev.er.hi + ev.er.ui + ev.er.unionFee;
  }
  const input = plan.input;
  const employeeInsurance = ev.ee.si + ev.ee.hi + ev.ee.ui;
  const familyDeduction = plan.tax.kind === 'progressive' ? plan.tax.self + plan.tax.dependantsAmount : 0n;
  const slip: Payslip = {
    employeeId: input.employeeId,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.department !== undefined ? { department: input.department } : {}),
    ...(input.costCentre !== undefined ? { costCentre: input.costCentre } : {}),
    period: input.period,
    paymentDate: input.paymentDate,
    region: input.region,
    lines,
    gross: m(ev.gross),
    taxableIncome: taxable,
    assessableIncome: assessable,
    familyDeduction: m(familyDeduction),
    dependants: plan.dependants,
    employeeInsurance: m(employeeInsurance),
    pit: m(ev.pit),
    net: m(ev.net),
    employerContributions: m(employer),
    employerCost: m(ev.gross + employer),
    taxMethod: ev.taxMethod,
    warnings: warningsOf(plan, ev),
    ...(withTrace ? { trace: buildTrace(plan, ev, lines) } : {}),
    ...(input.bank ? { bank: input.bank } : {}),
  };
  return slip;
}

/** The plan's warnings plus those that depend on the salary evaluated. */
function warningsOf(plan: PayslipPlan, ev: Evaluation): readonly string[] {
  const ins = plan.insurance;
  if (!ins) return plan.warnings;
  const minimum = ins.rules.minimumWage.value.monthly;
  if (ev.insBase.n >= minimum * ev.insBase.d) return plan.warnings;
  return [
    ...plan.warnings,
    `insurance salary ${roundRatio(ev.insBase, 'half-up')} below the region ${plan.input.region} minimum wage ${minimum}`,
  ];
}

function buildTrace(plan: PayslipPlan, ev: Evaluation, lines: readonly PayslipLine[]): Trace {
  const node = (l: PayslipLine): Trace =>
    trace(l.label, l.amount.amount, {
      labelVi: l.labelVi,
      unit: 'VND',
      ...(l.basis && l.rate
        ? { formula: `${l.basis.amount.toString()} × ${l.rate}` }
        : l.rate && l.quantity
          ? { formula: `${l.quantity} × ${l.rate} × hourly rate` }
          : {}),
      ...(l.reference ? { references: [l.reference] } : {}),
    });
  const earnings = lines.filter((l) => l.section === 'earning').map(node);
  const deductions = lines.filter((l) => l.section === 'deduction' && l.code !== 'PIT').map(node);
  const employer = lines.filter((l) => l.section === 'employer').map(node);
  const tax = plan.tax;
  const pitInputs: Trace[] = [
    trace('Taxable income', ev.taxable, {
      labelVi: 'Thu nhập chịu thuế',
      unit: 'VND',
      formula: 'earnings − exempt parts',
    }),
  ];
  if (tax.kind === 'progressive') {
    pitInputs.push(
      trace('Family deduction', tax.self + tax.dependantsAmount, {
        labelVi: 'Giảm trừ gia cảnh',
        unit: 'VND',
        formula: `${tax.self} + ${plan.dependants} × ${plan.taxRules.dependantDeduction.value}`,
        references: [plan.taxRules.selfDeduction.reference],
      }),
      trace('Assessable income', ev.assessable, {
        labelVi: 'Thu nhập tính thuế',
        unit: 'VND',
        formula: 'taxable − employee insurance − family deduction − pension',
      }),
    );
  }
  const pitLine = lines.find((l) => l.code === 'PIT');
  const pit = trace('Personal income tax', ev.pit, {
    labelVi: 'Thuế TNCN',
    unit: 'VND',
    formula:
      tax.kind === 'progressive'
        ? 'progressive tariff on assessable income'
        : `${ratioToString(tax.rate)} × taxable income`,
    inputs: pitInputs,
    ...(pitLine?.reference ? { references: [pitLine.reference] } : {}),
  });
  return trace('Net pay', ev.net, {
    labelVi: 'Thực lĩnh',
    unit: 'VND',
    formula: 'gross − employee insurance − PIT − other deductions',
    inputs: [
      trace('Gross earnings', ev.gross, { labelVi: 'Tổng thu nhập', unit: 'VND', inputs: earnings }),
      ...deductions,
      pit,
      trace(
        'Employer contributions',
        ev.er.sickness + ev.er.retirement + ev.er.accident + ev.er.hi + ev.er.ui + ev.er.unionFee,
        {
          labelVi: 'Doanh nghiệp đóng',
          unit: 'VND',
          inputs: employer,
        },
      ),
    ],
  });
}
