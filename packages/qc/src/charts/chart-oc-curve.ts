import { invalid } from '../errors.js';
import { binomialCdf, chiSquareCdf, normalCdf, poissonCdf } from '../math/distributions.js';
import { rangeCdf } from '../math/range-distribution.js';
import type { ControlChart } from './control-chart.js';

/**
 * One point of a chart's OC curve: β = P(the next point falls inside the limits) and the average run length
 * ARL = 1/(1 − β) (points until a signal).
 *
 * @example
 * // { at: 1, beta: 0.7775, arl: 4.5 }
 */
export interface ChartOcPoint {
  /**
   * Shift in σ (X̄), ratio λ = σ₁/σ₀ of the new to the baseline σ (R, S), fraction nonconforming p (p, np) or mean
   * count per sample/unit (c, u).
   */
  readonly at: number;
  readonly beta: number;
  readonly arl: number;
}

/**
 * OC curve and ARL of an X̄ chart with L-σ limits and subgroups of n, for mean shifts δ in σ units:
 * β(δ) = Φ(L − δ√n) − Φ(−L − δ√n) (Montgomery §6.2.6; qcc `ocCurves.xbar`).
 *
 * @example
 * xbarOcCurve({ sampleSize: 5 }, [0, 1])[0].arl // 370.4
 */
export function xbarOcCurve(
  design: { sampleSize: number; nsigmas?: number },
  shifts: readonly number[],
): ChartOcPoint[] {
  const L = design.nsigmas ?? 3;
  const n = design.sampleSize;
  if (!(Number.isInteger(n) && n >= 1)) {
    throw invalid(
      'QC/INVALID_SIZE',
      `sampleSize must be a positive integer, got ${n}`,
      `sampleSize phải là số nguyên dương, nhận ${n}`,
      ['sampleSize'],
    );
  }
  return shifts.map((d) => {
    const beta = normalCdf(L - d * Math.sqrt(n)) - normalCdf(-L - d * Math.sqrt(n));
    return { at: d, beta, arl: 1 / (1 - beta) };
  });
}

/**
 * OC curve and ARL of a built chart. X̄ charts take mean shifts in σ; R and S charts take the ratio λ = σ₁/σ₀
 * (R: exact distribution of the relative range; S: (n−1)s²/σ² ~ χ²(n−1)); p/np charts take the true fraction
 * nonconforming p (binomial); c/u charts take the true mean count per sample (c) or per unit (u) (Poisson).
 * A point is in control when it lies inside the limits or on them (the rules' default), i.e.
 * ⌈n·LCL⌉ ≤ D ≤ ⌊n·UCL⌋. (qcc's `ocCurves` counts D = ⌊n·LCL⌋ as in control too, so its β is a little higher
 * when the LCL is above 0.) Limits must be constant (equal sample sizes).
 *
 * @example
 * chartOcCurve(pChart(samples), [0.05, 0.1, 0.2]).map((pt) => pt.arl)
 */
export function chartOcCurve(chart: ControlChart, values: readonly number[]): ChartOcPoint[] {
  const n = chart.sizes[0]!;
  for (let i = 1; i < chart.sizes.length; i++) {
    if (chart.sizes[i] !== n) {
      throw invalid(
        'QC/UNEQUAL_SUBGROUPS',
        'the OC curve needs a chart with one sample size',
        'đường OC cần biểu đồ có cỡ mẫu không đổi',
        ['sizes', i],
      );
    }
  }
  if (chart.type === 'xbar') return xbarOcCurve({ sampleSize: n, nsigmas: chart.nsigmas }, values);
  if (chart.type === 'R' || chart.type === 'S') {
    const sigma = chart.estimate.sigma;
    const lo = chart.lcl[0]!;
    const hi = chart.ucl[0]!;
    return values.map((lambda) => {
      if (!(Number.isFinite(lambda) && lambda > 0)) {
        throw invalid(
          'QC/INVALID_PARAMETER',
          `σ ratio must be positive, got ${lambda}`,
          `tỷ số σ phải dương, nhận ${lambda}`,
          ['values'],
        );
      }
      const s1 = lambda * sigma;
      const beta =
        chart.type === 'R'
          ? rangeCdf(hi / s1, n) - rangeCdf(lo / s1, n)
          : chiSquareCdf(((n - 1) * hi * hi) / (s1 * s1), n - 1) -
            chiSquareCdf(((n - 1) * lo * lo) / (s1 * s1), n - 1);
      return { at: lambda, beta, arl: 1 / (1 - beta) };
    });
  }
  const lcl = chart.lcl[0]!;
  const ucl = chart.ucl[0]!;
  const scale = chart.type === 'p' || chart.type === 'u' ? n : 1;
  const lo = Math.ceil(lcl * scale - 1e-9);
  const hi = Math.floor(ucl * scale + 1e-9);
  const cdf =
    chart.type === 'p' || chart.type === 'np'
      ? (k: number, v: number) => binomialCdf(k, n, v)
      : chart.type === 'c'
        ? (k: number, v: number) => poissonCdf(k, v)
        : chart.type === 'u'
          ? (k: number, v: number) => poissonCdf(k, v * n)
          : undefined;
  if (cdf === undefined) {
    throw invalid(
      'QC/INVALID_PARAMETER',
      `OC curves are available for xbar, R, S, p, np, c and u charts, not ${chart.type}`,
      `chỉ có đường OC cho biểu đồ xbar, R, S, p, np, c, u; không có cho ${chart.type}`,
      ['type'],
    );
  }
  return values.map((v) => {
    if (!(Number.isFinite(v) && v >= 0 && (chart.type === 'c' || chart.type === 'u' || v <= 1))) {
      throw invalid(
        'QC/INVALID_PARAMETER',
        `${v} is not a valid ${chart.type === 'c' || chart.type === 'u' ? 'mean count' : 'proportion'}`,
        `${v} không hợp lệ`,
        ['values'],
      );
    }
    const beta = Math.max(0, cdf(hi, v) - cdf(lo - 1, v));
    return { at: v, beta, arl: beta >= 1 ? Number.POSITIVE_INFINITY : 1 / (1 - beta) };
  });
}
