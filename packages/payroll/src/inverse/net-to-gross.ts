import { BoRuleError, type Money, parseWith, type Trace, trace } from '@bo/core';
import { z } from 'zod';
import {
  type Ratio,
  rAdd,
  ratioToString,
  ratioToStringUncached,
  rCmp,
  rDiv,
  rInt,
  rMin,
  rMul,
  rNorm,
  roundRatio,
  rSub,
  vnd,
  ZERO,
} from '../internal/exact.js';
import type { PayrollOptions } from '../payslip/compute-payslip.js';
import { evaluatePlan, moneyMemo, toPayslip } from '../payslip/evaluate.js';
import {
  type ParsedPayslipInput,
  type PayslipInput,
  PayslipInputSchema,
  parsePayslipInputKeyed,
} from '../payslip/payslip-input.js';
import { DEFAULT_ROUNDING, type Payslip, type PayrollRounding } from '../payslip/payslip.js';
import { evalLinear, type PayslipPlan, planFor, tariffAt } from '../payslip/plan.js';
import { VN_PAYROLL_PARAMETERS } from '../rules/vn/parameters.js';

/**
 * Input of {@link netToGross}: an employee's month without `salary`, plus the target `net`.
 * @example const i: NetToGrossInput = { employeeId: 'A', period: '2026-07', paymentDate: '2026-07-31', region: 'I', net: 30000000 };
 */
export type NetToGrossInput = Omit<PayslipInput, 'salary'> & { readonly net: string | number | bigint };

/**
 * Result of {@link netToGross}.
 * - `unique`: exactly one whole-đồng contract salary gives the target net;
 * - `several`: every salary in `gross`..`grossMax` gives it (rounding plateaus, or two branches as with
 *   the 10 % casual-withholding threshold — see `solutions`);
 * - `none`: no salary gives exactly the target net (`nearest` tells the closest ones).
 *
 * @example
 * const r = netToGross({ employeeId: 'A', period: '2026-07', paymentDate: '2026-07-31', region: 'I', net: 30000000 });
 * r.status; // 'unique' or 'several'
 */
export interface NetToGrossResult {
  readonly status: 'unique' | 'several' | 'none';
  /** Smallest contract salary giving the target net (undefined when none). */
  readonly gross?: Money;
  /** Largest contract salary of the first solution range. */
  readonly grossMax?: Money;
  /** All solution ranges `[min, max]`, ascending. */
  readonly solutions: readonly { readonly min: Money; readonly max: Money }[];
  /** The exact real-valued inverse of the unrounded pipeline (a decimal string or `n/d`). */
  readonly exactGross: string;
  /** The payslip at `gross`, whose net equals the target (left out with `{ payslip: false }`). */
  readonly payslip?: Payslip;
  /** With `{ trace: true }`: how the gross was found (segment, exact solution, salaries checked). */
  readonly explanation?: Trace;
  /** When no salary fits: the nets of the two neighbouring salaries. */
  readonly nearest?: {
    readonly below: { gross: Money; net: Money };
    readonly above: { gross: Money; net: Money };
  };
}

const UPPER = 10n ** 12n; // one thousand billion đồng a month: beyond any payslip

/** The unrounded pipeline at salary s, exact. @internal */
export function realNet(plan: PayslipPlan, s: Ratio, casualBranch?: 'below' | 'above'): Ratio {
  return rNorm(rSub(realNetBeforeDeductions(plan, s, casualBranch), rInt(fixedDeductions(plan))));
}

/** The plan's fixed deductions (advances, other): a constant that shifts the whole net curve. */
function fixedDeductions(plan: PayslipPlan): bigint {
  let d = 0n;
  for (const x of plan.deductions) d += x.amount;
  return d;
}

/** {@link realNet} before the fixed deductions, so that the memoised curve does not depend on them. */
/**
 * Gross and taxable income at salary s, unrounded: every earning's taxable part, then the earnings
 * taxable up to a share of the others' (housing), together up to that share.
 */
function grossAndTaxable(plan: PayslipPlan, s: Ratio): { gross: Ratio; taxable: Ratio } {
  let a: Ratio = ZERO;
  let ti: Ratio = ZERO;
  let shared: Ratio = ZERO;
  let share: Ratio | undefined;
  for (const e of plan.earnings) {
    const amount = evalLinear(e.amount, s);
    a = rAdd(a, amount);
    if (e.exempt.kind === 'share') {
      shared = rAdd(shared, amount);
      share = e.exempt.share;
      continue;
    }
    let exempt: Ratio = ZERO;
    if (e.exempt.kind === 'all') exempt = amount;
    else if (e.exempt.kind === 'linear') exempt = rMin(amount, evalLinear(e.exempt.amount, s));
    else if (e.exempt.kind === 'cap') exempt = rMin(amount, rInt(e.exempt.cap));
    ti = rAdd(ti, rSub(amount, exempt));
  }
  if (share !== undefined) ti = rAdd(ti, rMin(shared, rMul(ti, share)));
  return { gross: a, taxable: ti };
}

function realNetBeforeDeductions(plan: PayslipPlan, s: Ratio, casualBranch?: 'below' | 'above'): Ratio {
  const { gross: a, taxable: ti } = grossAndTaxable(plan, s);
  let ins: Ratio = ZERO;
  let dues: Ratio = ZERO;
  const p = plan.insurance;
  if (p) {
    const r = p.rules;
    const base = evalLinear(p.base, s);
    const sb = rMin(base, rInt(r.socialCap.value));
    ins = rMul(sb, rAdd(r.social.value.employee, r.health.value.employee));
    if (p.unemployment)
      ins = rAdd(ins, rMul(rMin(base, rInt(r.unemploymentCap.value)), r.unemployment.value.employee));
    if (p.unionMember) dues = rMin(rMul(sb, r.unionDues.value.rate), rInt(r.unionDues.value.cap));
  }
  let tax: Ratio = ZERO;
  const t = plan.tax;
  if (t.kind === 'progressive') {
    if (!plan.pitBorneByEmployer) tax = tariffAt(t.tariff, rSub(rSub(ti, ins), rInt(t.deduction)));
  } else if (t.kind === 'non-resident') tax = rMul(ti, t.rate);
  else if (casualBranch === 'above') tax = rMul(ti, t.rate);
  return rNorm(rSub(rSub(rSub(a, ins), tax), dues));
}

/** Taxable income less insurance and deductions (the tariff's argument), unrounded. */
function assessableReal(plan: PayslipPlan, s: Ratio): Ratio {
  // realNet without tax = A − ins − dues − D; we need TI − ins − deduction instead.
  const ti = grossAndTaxable(plan, s).taxable;
  let ins: Ratio = ZERO;
  const p = plan.insurance;
  if (p) {
    const r = p.rules;
    const base = evalLinear(p.base, s);
    ins = rMul(rMin(base, rInt(r.socialCap.value)), rAdd(r.social.value.employee, r.health.value.employee));
    if (p.unemployment)
      ins = rAdd(ins, rMul(rMin(base, rInt(r.unemploymentCap.value)), r.unemployment.value.employee));
  }
  const ded = plan.tax.kind === 'progressive' ? plan.tax.deduction : 0n;
  return rSub(rSub(ti, ins), rInt(ded));
}

const breakpointCache = new WeakMap<object, Map<string, Ratio[]>>();
const r2s = (r: Ratio): string => `${r.n}/${r.d}`;

/** Everything the unrounded pipeline depends on, as a string (the rule objects are keyed by identity). */
function planSignature(plan: PayslipPlan): string {
  let sig = `${plan.tax.kind}:${plan.tax.kind === 'progressive' ? plan.tax.deduction : ''}:${plan.pitBorneByEmployer}`;
  const p = plan.insurance;
  if (p)
    sig += `|ins:${p.rules.date}:${p.rules.region}:${r2s(p.base.coef)}:${r2s(p.base.constant)}:${p.unemployment}:${p.unionMember}`;
  for (const e of plan.earnings) {
    sig += `|${r2s(e.amount.coef)}:${r2s(e.amount.constant)}:${e.exempt.kind}`;
    if (e.exempt.kind === 'linear') sig += `:${r2s(e.exempt.amount.coef)}:${r2s(e.exempt.amount.constant)}`;
    else if (e.exempt.kind === 'cap') sig += `:${e.exempt.cap}`;
    else if (e.exempt.kind === 'share') sig += `:${r2s(e.exempt.share)}`;
  }
  return sig;
}

/** Breakpoints of the piecewise-linear pipeline in salary space (memoised per rule set and plan shape). @internal */
export function breakpoints(plan: PayslipPlan): Ratio[] {
  // Plans served from planFor's cache share their parts: find the points by identity first, without
  // building the signature string.
  const known = byParts.get(plan.earnings);
  if (
    known &&
    known.tax === plan.tax &&
    known.insurance === plan.insurance &&
    known.taxRules === plan.taxRules &&
    known.pitBorneByEmployer === plan.pitBorneByEmployer
  ) {
    return known.points;
  }
  const points = breakpointsBySignature(plan);
  byParts.set(plan.earnings, {
    tax: plan.tax,
    insurance: plan.insurance,
    taxRules: plan.taxRules,
    pitBorneByEmployer: plan.pitBorneByEmployer,
    points,
  });
  return points;
}
const byParts = new WeakMap<
  object,
  Pick<PayslipPlan, 'tax' | 'insurance' | 'taxRules' | 'pitBorneByEmployer'> & { readonly points: Ratio[] }
>();

function breakpointsBySignature(plan: PayslipPlan): Ratio[] {
  let byRules = breakpointCache.get(plan.taxRules);
  if (!byRules) {
    byRules = new Map();
    breakpointCache.set(plan.taxRules, byRules);
  }
  const sig = planSignature(plan);
  let points = byRules.get(sig);
  if (!points) {
    points = computeBreakpoints(plan);
    if (byRules.size > 1024) byRules.clear();
    byRules.set(sig, points);
  }
  return points;
}

function computeBreakpoints(plan: PayslipPlan): Ratio[] {
  const points: Ratio[] = [ZERO, rInt(UPPER)];
  const p = plan.insurance;
  if (p && p.base.coef.n !== 0n) {
    const r = p.rules;
    const at = (baseValue: Ratio): Ratio => rDiv(rSub(baseValue, p.base.constant), p.base.coef);
    points.push(at(rInt(r.socialCap.value)));
    if (p.unemployment) points.push(at(rInt(r.unemploymentCap.value)));
    if (p.unionMember) points.push(at(rDiv(rInt(r.unionDues.value.cap), r.unionDues.value.rate)));
  }
  // housing: taxable up to share × the other taxable income, which grows with the salary; the
  // pipeline bends where the two meet
  let shared: Ratio = ZERO;
  let share: Ratio | undefined;
  for (const e of plan.earnings) {
    if (e.exempt.kind !== 'share') continue;
    shared = rAdd(shared, evalLinear(e.amount, ZERO));
    share = e.exempt.share;
  }
  if (share !== undefined && share.n !== 0n) {
    // the taxable income of the other earnings is linear in the salary: its value at 0 and its slope
    const othersPlan = { ...plan, earnings: plan.earnings.filter((e) => e.exempt.kind !== 'share') };
    const o0 = grossAndTaxable(othersPlan, ZERO).taxable;
    const slope = rSub(grossAndTaxable(othersPlan, rInt(1n)).taxable, o0);
    if (slope.n > 0n) points.push(rDiv(rSub(rDiv(shared, share), o0), slope));
  }
  const sorted = uniq(points);
  const t = plan.tax;
  if (t.kind === 'progressive') {
    const extra: Ratio[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i] as Ratio;
      const b = sorted[i + 1] as Ratio;
      const ta = assessableReal(plan, a);
      const tb = assessableReal(plan, b);
      if (rCmp(ta, tb) === 0) continue;
      for (const br of t.tariff) {
        const l = rInt(br.lower);
        if ((rCmp(ta, l) < 0 && rCmp(l, tb) < 0) || (rCmp(tb, l) < 0 && rCmp(l, ta) < 0)) {
          extra.push(rAdd(a, rDiv(rMul(rSub(l, ta), rSub(b, a)), rSub(tb, ta))));
        }
      }
    }
    return uniq([...sorted, ...extra]);
  }
  return sorted;
}

function uniq(xs: Ratio[]): Ratio[] {
  const sorted = xs
    .filter((x) => x.n >= 0n)
    .map(rNorm)
    .sort(rCmp);
  const out: Ratio[] = [];
  for (const x of sorted) if (out.length === 0 || rCmp(out[out.length - 1] as Ratio, x) !== 0) out.push(x);
  return out;
}

/**
 * The breakpoints with the unrounded net at each before the fixed deductions (which only shift the
 * curve: solve for target + deductions), memoised with them (one branch of the casual rule at a time).
 * @internal
 */
export function netCurve(
  plan: PayslipPlan,
  branch?: 'below' | 'above',
): { readonly points: readonly Ratio[]; readonly nets: readonly Ratio[] } {
  const points = breakpoints(plan);
  const key = branch ?? 'main';
  let curves = curveCache.get(points);
  if (!curves) {
    curves = new Map();
    curveCache.set(points, curves);
  }
  let c = curves.get(key);
  if (!c) {
    c = { points, nets: points.map((x) => realNetBeforeDeductions(plan, x, branch)) };
    curves.set(key, c);
  }
  return c;
}
const curveCache = new WeakMap<
  readonly Ratio[],
  Map<string, { readonly points: readonly Ratio[]; readonly nets: readonly Ratio[] }>
>();

/** Solves realNet(S) = target on the piecewise-linear pipeline (exact): binary search over the breakpoints (the function is non-decreasing on each branch), then one linear solve inside the segment. Returns undefined when out of range. @internal */
export function solveReal(
  curve: { readonly points: readonly Ratio[]; readonly nets: readonly Ratio[] },
  target: Ratio,
): Ratio | undefined {
  const { points, nets } = curve;
  const n0 = nets[0] as Ratio;
  if (rCmp(n0, target) > 0) return undefined;
  if (rCmp(n0, target) === 0) return points[0];
  let lo = 0;
  let hi = points.length - 1;
  if (rCmp(nets[hi] as Ratio, target) < 0) return undefined;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (rCmp(nets[mid] as Ratio, target) >= 0) hi = mid;
    else lo = mid;
  }
  const a = points[lo] as Ratio;
  const b = points[hi] as Ratio;
  const nLo = nets[lo] as Ratio;
  const nHi = nets[hi] as Ratio;
  if (rCmp(nHi, nLo) === 0) return b;
  return rNorm(rAdd(a, rDiv(rMul(rSub(target, nLo), rSub(b, a)), rSub(nHi, nLo))));
}

function parseNetToGrossInput(x: unknown): ParsedPayslipInput {
  return parseWith(PayslipInputSchema, x, 'net-to-gross input', 'PAYROLL/INVALID_INPUT');
}

const NetSchema = z.union([z.string(), z.number(), z.bigint()]).transform((v, ctx) => {
  const s = typeof v === 'string' ? v.trim() : String(v);
  if (!/^\d+$/.test(s)) {
    ctx.addIssue({
      code: 'custom',
      message: `net must be a non-negative whole number of đồng, got ${JSON.stringify(String(v))}`,
    });
    return z.NEVER;
  }
  return BigInt(s);
});

/**
 * Exact net → gross: the contract salary whose payslip nets `net`, everything else in the month held
 * as given. The pipeline (earnings linear in the salary, insurance capped, progressive tariff) is
 * piecewise linear; the function finds the segment by its breakpoints (caps and bracket bounds mapped
 * into salary space), solves it exactly in rationals, then settles the rounding on the neighbouring
 * whole-đồng salaries with the forward payslip — no search over the salary range.
 *
 * With `pitBorneByEmployer: true` in the input, the employer bears the PIT (net contract): the PIT is
 * grossed up into taxable income and the salary solves net = salary − insurance.
 *
 * @throws BoValidationError `PAYROLL/INVALID_INPUT` naming the field
 * @throws BoRuleError `PAYROLL/NET_OUT_OF_RANGE` when the target is above what any salary ≤ 10¹² đồng yields
 * @example
 * ```ts
 * const r = netToGross({ employeeId: 'A', period: '2026-07', paymentDate: '2026-07-31', region: 'I', net: '30000000' });
 * r.gross?.amount.toString(); // '34698945'
 * r.payslip?.net.amount.toString(); // '30000000'
 * ```
 */
export function netToGross(
  input: NetToGrossInput,
  options: PayrollOptions & { readonly payslip?: boolean } = {},
): NetToGrossResult {
  const rawNet = (input as NetToGrossInput | null | undefined)?.net;
  const target =
    (typeof rawNet === 'bigint' && rawNet >= 0n) ||
    (typeof rawNet === 'number' && Number.isSafeInteger(rawNet) && rawNet >= 0) ||
    (typeof rawNet === 'string' && /^\d+$/.test(rawNet))
      ? BigInt(rawNet)
      : parseWith(NetSchema, rawNet, 'net', 'PAYROLL/INVALID_INPUT');
  const { parsed, planKey } = parsePayslipInputKeyed(input, parseNetToGrossInput, true);
  const plan = planFor(parsed, options.parameters ?? VN_PAYROLL_PARAMETERS, planKey);
  const rounding = options.rounding ?? DEFAULT_ROUNDING;
  const memo = new Map<bigint, bigint>();
  const netAt = (s: bigint): bigint => {
    let n = memo.get(s);
    if (n === undefined) {
      n = evaluatePlan(plan, s, rounding, true).net;
      memo.set(s, n);
    }
    return n;
  };
  // the curve is before the fixed deductions: solve for the net they leave plus them
  const t = rInt(target + fixedDeductions(plan));

  const branches: ('below' | 'above' | undefined)[] =
    plan.tax.kind === 'casual' && !plan.tax.commitment ? ['below', 'above'] : [undefined];
  const ranges: { min: bigint; max: bigint }[] = [];
  let exact: Ratio | undefined;
  let nearest: NetToGrossResult['nearest'];
  for (const branch of branches) {
    const sReal = solveReal(netCurve(plan, branch), t);
    if (sReal === undefined) continue;
    let s = roundRatio(sReal, 'floor');
    if (s < 0n) s = 0n;
    // A casual branch's solution counts only on its side of the withholding threshold (taxable income
    // non-decreasing in the salary: if the exact solution is on its side, so is floor or floor + 1).
    if (
      branch !== undefined &&
      !onBranch(plan, s, rounding, branch) &&
      !onBranch(plan, s + 1n, rounding, branch)
    )
      continue;
    exact ??= sReal;
    // settle rounding near the exact solution
    let guard = 0;
    while (netAt(s) < target && guard++ < 200) s++;
    while (s > 0n && netAt(s - 1n) >= target && guard++ < 400) s--;
    if (guard >= 400) {
      throw new BoRuleError({
        code: 'PAYROLL/NET_TO_GROSS_DIVERGED',
        message: 'rounding could not be settled near the exact inverse',
        messageVi: 'không xác định được lương gộp',
        path: ['net'],
      });
    }
    if (netAt(s) !== target) {
      nearest ??= {
        below: { gross: vnd(s - 1n), net: vnd(netAt(s - 1n)) },
        above: { gross: vnd(s), net: vnd(netAt(s)) },
      };
      continue;
    }
    let e = s;
    while (netAt(e + 1n) === target && e - s < 10_000n) e++;
    if (!ranges.some((r) => r.min === s)) ranges.push({ min: s, max: e });
  }
  if (exact === undefined) {
    const n0 = netAt(0n);
    if (target < n0) {
      return {
        status: 'none',
        solutions: [],
        exactGross: 'none',
        nearest: { below: { gross: vnd(0n), net: vnd(n0) }, above: { gross: vnd(0n), net: vnd(n0) } },
      };
    }
    throw new BoRuleError({
      code: 'PAYROLL/NET_OUT_OF_RANGE',
      message: `no salary up to ${UPPER} đồng reaches net ${target}`,
      messageVi: 'lương thực nhận vượt phạm vi',
      path: ['net'],
    });
  }
  ranges.sort((a, b) => (a.min < b.min ? -1 : 1));
  const first = ranges[0];
  if (!first) {
    return {
      status: 'none',
      solutions: [],
      exactGross: ratioToStringUncached(exact),
      ...(nearest ? { nearest } : {}),
    };
  }
  // one Money per distinct amount, shared by the result and its payslip
  const m = moneyMemo();
  const slip =
    options.payslip === false
      ? undefined
      : toPayslip(plan, first.min, evaluatePlan(plan, first.min, rounding), options.trace === true, m);
  const several = ranges.length > 1 || first.max !== first.min;
  const gross = m(first.min);
  const grossMax = m(first.max);
  return {
    status: several ? 'several' : 'unique',
    gross,
    grossMax,
    solutions: ranges.map((r, i) =>
      i === 0 ? { min: gross, max: grossMax } : { min: m(r.min), max: m(r.max) },
    ),
    exactGross: ratioToStringUncached(exact),
    ...(slip ? { payslip: slip } : {}),
    ...(options.trace === true ? { explanation: explain(plan, target, exact, memo, first.min) } : {}),
  };
}

/** Whether salary `s` falls on the given side of the casual withholding threshold. */
function onBranch(
  plan: PayslipPlan,
  s: bigint,
  rounding: PayrollRounding,
  branch: 'below' | 'above',
): boolean {
  const method = evaluatePlan(plan, s, rounding, true).taxMethod;
  return branch === 'above' ? method === 'casual' : method === 'casual-below-threshold';
}

/** How the gross was found: the segment of the piecewise-linear pipeline, the exact solution, the salaries checked. */
function explain(
  plan: PayslipPlan,
  target: bigint,
  exact: Ratio,
  memo: ReadonlyMap<bigint, bigint>,
  chosen: bigint,
): Trace {
  const { points, nets } = netCurve(plan, plan.tax.kind === 'casual' ? 'below' : undefined);
  let i = 0;
  while (i + 1 < points.length && rCmp(points[i + 1] as Ratio, exact) < 0) i++;
  const a = points[i] as Ratio;
  const b = (points[i + 1] ?? a) as Ratio;
  const d = rInt(fixedDeductions(plan));
  const na = rSub(nets[i] as Ratio, d);
  const nb = rSub((nets[i + 1] ?? nets[i]) as Ratio, d);
  const checked = [...memo.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([g, n]) =>
      trace(`salary ${g}`, n, {
        labelVi: `lương ${g}`,
        unit: 'VND',
        formula: n === target ? 'net = target' : n < target ? 'net below target' : 'net above target',
      }),
    );
  return trace('Gross for the target net', chosen, {
    labelVi: 'Lương gộp cho lương thực nhận mục tiêu',
    unit: 'VND',
    formula: `exact ${ratioToString(exact)}, rounding settled on neighbouring whole đồng`,
    inputs: [
      trace('Target net', target, { labelVi: 'Thực nhận mục tiêu', unit: 'VND' }),
      trace('Segment of the pipeline (salary)', `${ratioToString(a)} … ${ratioToString(b)}`, {
        labelVi: 'Đoạn tuyến tính (lương)',
        formula: `net runs linearly from ${ratioToString(na)} to ${ratioToString(nb)} on this segment (between caps / bracket bounds)`,
      }),
      trace('Forward payslips checked', checked.length, {
        labelVi: 'Số phiếu lương kiểm tra',
        inputs: checked,
      }),
    ],
  });
}
