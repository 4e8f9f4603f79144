import { z } from 'zod';
import type { ProcessEstimate } from '../charts/control-chart.js';
import { individualsChart } from '../charts/individuals-chart.js';
import { type Subgroups, isFlatSubgroups } from '../charts/internal.js';
import { xbarRChart } from '../charts/xbar-r-chart.js';
import { xbarSChart } from '../charts/xbar-s-chart.js';
import { assertFinite, assertParameter, invalid } from '../errors.js';
import { mean, standardDeviation } from '../math/descriptive.js';
import { chiSquareQuantile, normalCdf, normalQuantile } from '../math/distributions.js';
import { type AndersonDarlingResult, andersonDarling } from './anderson-darling.js';

/**
 * Specification limits (giới hạn kỹ thuật) and target; one-sided specs leave a limit out.
 *
 * @example
 * const spec: SpecLimits = { lsl: 73.95, usl: 74.05, target: 74 };
 */
export interface SpecLimits {
  /** Lower specification limit. */
  readonly lsl?: number;
  /** Upper specification limit. */
  readonly usl?: number;
  /** Target (default: the midpoint of two-sided specs). */
  readonly target?: number;
}

/**
 * Zod schema of {@link SpecLimits}: at least one limit, and LSL < USL.
 *
 * @example
 * SpecLimitsSchema.parse({ usl: 10 });
 */
export const SpecLimitsSchema = z
  .object({
    lsl: z.number().finite().optional(),
    usl: z.number().finite().optional(),
    target: z.number().finite().optional(),
  })
  .refine((s) => s.lsl !== undefined || s.usl !== undefined, {
    message: 'at least one specification limit is required',
  })
  .refine((s) => s.lsl === undefined || s.usl === undefined || s.lsl < s.usl, {
    message: 'lsl must be below usl',
    path: ['usl'],
  });

/**
 * Options of {@link processCapability}.
 *
 * @example
 * const o: CapabilityOptions = { within: 'S-bar', confidence: 0.95 };
 */
export interface CapabilityOptions {
  /**
   * Within-subgroup σ: `R-bar` (R̄/d2, default for subgroups), `S-bar` (S̄/c4), `pooled`, `MR-bar` (M̄R̄/d2,
   * default for individual values), or a known estimate (e.g. a phase I baseline) whose σ is used; the mean
   * is always that of `data`.
   */
  readonly within?: 'R-bar' | 'S-bar' | 'pooled' | 'MR-bar' | ProcessEstimate;
  /** Confidence level of the intervals; default 0.95. */
  readonly confidence?: number;
  /** Half-width of the natural tolerance in σ (L); default 3, so Cp = (USL − LSL)/6σ. */
  readonly nsigmas?: number;
  /** Significance level of the normality test; default 0.05. */
  readonly alpha?: number;
}

/**
 * A confidence interval.
 *
 * @example
 * const ci: Interval = { lower: 1.49, upper: 1.91 };
 */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Capability report (báo cáo năng lực quá trình). `null` marks an index that the specs do not define
 * (e.g. Cp for a one-sided spec).
 *
 * @example
 * const r = processCapability(subgroups, { lsl: 73.95, usl: 74.05 });
 * r.cpk; r.cpkInterval; r.normality.pValue; r.expectedPpm.total
 */
export interface CapabilityReport {
  readonly n: number;
  readonly mean: number;
  readonly target: number | null;
  readonly sigmaWithin: number;
  readonly sigmaWithinMethod: ProcessEstimate['method'];
  readonly sigmaOverall: number;
  readonly cp: number | null;
  readonly cpl: number | null;
  readonly cpu: number | null;
  readonly cpk: number;
  readonly cpm: number | null;
  readonly pp: number | null;
  readonly ppl: number | null;
  readonly ppu: number | null;
  readonly ppk: number;
  readonly ppm: number | null;
  readonly cpInterval: Interval | null;
  readonly cplInterval: Interval | null;
  readonly cpuInterval: Interval | null;
  readonly cpkInterval: Interval;
  readonly cpmInterval: Interval | null;
  readonly ppInterval: Interval | null;
  readonly ppkInterval: Interval;
  /** Expected parts per million outside the specs from the normal model with σ within. */
  readonly expectedPpm: { readonly belowLsl: number; readonly aboveUsl: number; readonly total: number };
  /** Same with σ overall (long term). */
  readonly expectedPpmOverall: {
    readonly belowLsl: number;
    readonly aboveUsl: number;
    readonly total: number;
  };
  /** Observed parts per million outside the specs. */
  readonly observedPpm: { readonly belowLsl: number; readonly aboveUsl: number; readonly total: number };
  /** Anderson–Darling normality check: read the indices with it — they assume normality. */
  readonly normality: AndersonDarlingResult;
  readonly confidence: number;
}

/**
 * Process capability and performance indices (chỉ số năng lực Cp, Cpk, Pp, Ppk…) for normally distributed
 * data, as in qcc `processCapability` and Montgomery ch. 8:
 *
 * - Cp = (USL − LSL)/(2Lσ_within), Cpu = (USL − x̄)/(Lσ), Cpl = (x̄ − LSL)/(Lσ), Cpk = min(Cpu, Cpl),
 *   Cpm = Cp/√(1 + ((x̄ − T)/σ)²); Pp… the same with σ_overall = sample SD of all observations (n − 1, no c4).
 * - Intervals: Cp, Pp, Cpm by χ² (Cpm with Boyles' df); Cpl, Cpu one-sided Wald with z(conf); Cpk, Ppk Wald
 *   with z(1 − α/2) (Bissell 1990).
 * - Expected PPM from Φ with σ within and σ overall; an Anderson–Darling test is reported alongside.
 *
 * @example
 * // qcc vignette: pistonrings 1–25, specs 73.95–74.05 → Cp 1.70 [1.49, 1.91], Cpk 1.66 [1.45, 1.88]
 * const r = processCapability(pistonrings.slice(0, 25), { lsl: 73.95, usl: 74.05 });
 */
export function processCapability(
  data: Subgroups | readonly number[],
  spec: SpecLimits,
  options: CapabilityOptions = {},
): CapabilityReport {
  const confidence = options.confidence ?? 0.95;
  assertParameter(confidence, 'confidence', (v) => v > 0 && v < 1, 'strictly between 0 and 1');
  const L = options.nsigmas ?? 3;
  assertParameter(L, 'nsigmas', (v) => v > 0, 'a positive number');
  const { lsl, usl } = checkSpec(spec);
  const individual = Array.isArray(data) && (data.length === 0 || typeof data[0] === 'number');
  const obs: number[] = individual
    ? (data as readonly number[]).slice()
    : isFlatSubgroups(data as Subgroups)
      ? Array.from((data as { values: ArrayLike<number> }).values)
      : (data as readonly (readonly number[])[]).flat();
  const within = estimateWithin(data, individual, options.within);
  const n = obs.length;
  if (n < 2)
    throw invalid('QC/EMPTY_DATA', 'capability needs at least 2 observations', 'cần ít nhất 2 quan sát', [
      'data',
    ]);
  const xbar = mean(obs);
  const sw = within.sigma;
  const so = standardDeviation(obs);
  if (!(so > 0))
    throw invalid('QC/ZERO_VARIATION', 'all observations are equal', 'mọi quan sát bằng nhau', ['data']);
  const target = spec.target ?? (lsl !== undefined && usl !== undefined ? (lsl + usl) / 2 : null);
  const idx = (s: number) => {
    const cpl = lsl !== undefined ? (xbar - lsl) / (L * s) : null;
    const cpu = usl !== undefined ? (usl - xbar) / (L * s) : null;
    const cp = lsl !== undefined && usl !== undefined ? (usl - lsl) / (2 * L * s) : null;
    const cpk = Math.min(cpl ?? Number.POSITIVE_INFINITY, cpu ?? Number.POSITIVE_INFINITY);
    const delta = target !== null ? (xbar - target) / s : 0;
    const cpm = cp !== null && target !== null ? cp / Math.sqrt(1 + delta * delta) : null;
    return { cp, cpl, cpu, cpk, cpm, delta };
  };
  const w = idx(sw);
  const o = idx(so);
  const alpha = 1 - confidence;
  const chiLo = Math.sqrt(chiSquareQuantile(alpha / 2, n - 1) / (n - 1));
  const chiHi = Math.sqrt(chiSquareQuantile(1 - alpha / 2, n - 1) / (n - 1));
  const zOne = normalQuantile(confidence);
  const zTwo = normalQuantile(1 - alpha / 2);
  const wald = (c: number, zq: number): Interval => {
    const h = zq * Math.sqrt(1 / (9 * n * c * c) + 1 / (2 * (n - 1)));
    return { lower: c * (1 - h), upper: c * (1 + h) };
  };
  const chi = (c: number | null): Interval | null =>
    c === null ? null : { lower: c * chiLo, upper: c * chiHi };
  let cpmInterval: Interval | null = null;
  if (w.cpm !== null) {
    const df = (n * (1 + w.delta ** 2)) / (1 + 2 * w.delta ** 2);
    cpmInterval = {
      lower: w.cpm * Math.sqrt(chiSquareQuantile(alpha / 2, df) / df),
      upper: w.cpm * Math.sqrt(chiSquareQuantile(1 - alpha / 2, df) / df),
    };
  }
  const ppm = (s: number) => {
    const below = lsl !== undefined ? normalCdf((lsl - xbar) / s) * 1e6 : 0;
    const above = usl !== undefined ? normalCdf((xbar - usl) / s) * 1e6 : 0;
    return { belowLsl: below, aboveUsl: above, total: below + above };
  };
  let obsBelow = 0;
  let obsAbove = 0;
  for (const x of obs) {
    if (lsl !== undefined && x < lsl) obsBelow++;
    if (usl !== undefined && x > usl) obsAbove++;
  }
  return {
    n,
    mean: xbar,
    target,
    sigmaWithin: sw,
    sigmaWithinMethod: within.method,
    sigmaOverall: so,
    cp: w.cp,
    cpl: w.cpl,
    cpu: w.cpu,
    cpk: w.cpk,
    cpm: w.cpm,
    pp: o.cp,
    ppl: o.cpl,
    ppu: o.cpu,
    ppk: o.cpk,
    ppm: o.cpm,
    cpInterval: chi(w.cp),
    cplInterval: w.cpl === null ? null : wald(w.cpl, zOne),
    cpuInterval: w.cpu === null ? null : wald(w.cpu, zOne),
    cpkInterval: wald(w.cpk, zTwo),
    cpmInterval,
    ppInterval: chi(o.cp),
    ppkInterval: wald(o.cpk, zTwo),
    expectedPpm: ppm(sw),
    expectedPpmOverall: ppm(so),
    observedPpm: {
      belowLsl: (obsBelow / n) * 1e6,
      aboveUsl: (obsAbove / n) * 1e6,
      total: ((obsBelow + obsAbove) / n) * 1e6,
    },
    normality: andersonDarling(obs, options.alpha ?? 0.05),
    confidence,
  };
}

function checkSpec(spec: SpecLimits): { lsl: number | undefined; usl: number | undefined } {
  const { lsl, usl, target } = spec;
  if (lsl !== undefined) assertFinite(lsl, ['spec', 'lsl']);
  if (usl !== undefined) assertFinite(usl, ['spec', 'usl']);
  if (target !== undefined) assertFinite(target, ['spec', 'target']);
  if (lsl === undefined && usl === undefined) {
    throw invalid(
      'QC/INVALID_SPEC',
      'at least one specification limit (lsl or usl) is required',
      'cần ít nhất một giới hạn kỹ thuật (lsl hoặc usl)',
      ['spec'],
    );
  }
  if (lsl !== undefined && usl !== undefined && !(lsl < usl)) {
    throw invalid(
      'QC/INVALID_SPEC',
      `lsl (${lsl}) must be below usl (${usl})`,
      `lsl (${lsl}) phải nhỏ hơn usl (${usl})`,
      ['spec', 'usl'],
      { lsl, usl },
    );
  }
  return { lsl, usl };
}

function estimateWithin(
  data: Subgroups | readonly number[],
  individual: boolean,
  within: CapabilityOptions['within'],
): ProcessEstimate {
  if (typeof within === 'object') {
    assertParameter(within.sigma, 'within.sigma', (v) => v > 0, 'a positive number');
    return within;
  }
  if (individual) {
    if (within !== undefined && within !== 'MR-bar') {
      throw invalid(
        'QC/INVALID_PARAMETER',
        `within '${within}' needs subgroups; individual values use 'MR-bar'`,
        `within '${within}' cần nhóm con; giá trị đơn dùng 'MR-bar'`,
        ['within'],
      );
    }
    return individualsChart(data as readonly number[]).estimate;
  }
  const method = within ?? 'R-bar';
  if (method === 'R-bar') return xbarRChart(data as Subgroups).estimate;
  if (method === 'S-bar' || method === 'pooled') {
    if (isFlatSubgroups(data as Subgroups)) {
      const f = data as { values: ArrayLike<number>; subgroupSize: number };
      const groups: number[][] = [];
      for (let i = 0; i < f.values.length; i += f.subgroupSize)
        groups.push(Array.from({ length: f.subgroupSize }, (_, j) => f.values[i + j]!));
      return xbarSChart(groups, { sigmaMethod: method }).estimate;
    }
    return xbarSChart(data as readonly (readonly number[])[], { sigmaMethod: method }).estimate;
  }
  throw invalid(
    'QC/INVALID_PARAMETER',
    `within '${method}' needs individual values`,
    `within '${method}' cần giá trị đơn`,
    ['within'],
  );
}
