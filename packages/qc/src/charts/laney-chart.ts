import { chartConstants } from '../constants/control-chart-constants.js';
import { type AttributeSample, validateSamples } from './attribute-sample.js';
import type { ChartOptions, ControlChart } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions } from './internal.js';

/**
 * Laney p′ chart (Laney 2002, "Improved control charts for attributes", Quality Engineering 14(4):531–537)
 * for over-dispersed proportions (large samples whose p chart limits are too tight): zᵢ = (pᵢ − p̄)/σ_pᵢ,
 * σ_z = M̄R̄(z)/d2(2), limits p̄ ± L·σ_pᵢ·σ_z (clipped to [0, 1]). σ_z ≈ 1 means the plain p chart is right.
 * The chart's `estimate.sigma` is σ_z.
 *
 * @example
 * const chart = laneyPChart(samples); chart.estimate.sigma // σ_z, the over-dispersion factor
 */
export function laneyPChart(samples: readonly AttributeSample[], options?: ChartOptions): ControlChart {
  return laney('laney-p', samples, options);
}

/**
 * Laney u′ chart: the u-chart analogue of {@link laneyPChart}, with σ_uᵢ = √(ū/nᵢ) and limits
 * ū ± L·σ_uᵢ·σ_z, LCL ≥ 0.
 *
 * @example
 * const chart = laneyUChart(samples);
 */
export function laneyUChart(samples: readonly AttributeSample[], options?: ChartOptions): ControlChart {
  return laney('laney-u', samples, options);
}

function laney(
  type: 'laney-p' | 'laney-u',
  samples: readonly AttributeSample[],
  options?: ChartOptions,
): ControlChart {
  const binomial = type === 'laney-p';
  validateSamples(samples, binomial);
  const m = samples.length;
  const opts = resolveOptions(options, m);
  let x = 0;
  let n = 0;
  for (let i = 0; i < m; i++) {
    if (opts.included[i] === 1) {
      x += samples[i]!.count;
      n += samples[i]!.size;
    }
  }
  const center = opts.baseline?.center ?? x / n;
  const unit = binomial ? Math.sqrt(center * (1 - center)) : Math.sqrt(center);
  assertVariation(unit, type);
  const stat = new Float64Array(m);
  const sp = new Float64Array(m);
  const z = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const s = samples[i]!;
    stat[i] = s.count / s.size;
    sp[i] = unit / Math.sqrt(s.size);
    z[i] = (stat[i]! - center) / sp[i]!;
  }
  let mr = 0;
  let k = 0;
  for (let i = 1; i < m; i++) {
    if (opts.included[i] === 1 && opts.included[i - 1] === 1) {
      mr += Math.abs(z[i]! - z[i - 1]!);
      k++;
    }
  }
  const sigmaZ = opts.baseline?.sigma ?? (k > 0 ? mr / k / chartConstants(2).d2 : 0);
  assertVariation(sigmaZ, `${type} (σ_z)`);
  const L = opts.nsigmas;
  const se = new Float64Array(m);
  const lcl = new Float64Array(m);
  const ucl = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    se[i] = sp[i]! * sigmaZ;
    lcl[i] = Math.max(0, center - L * se[i]!);
    ucl[i] = binomial ? Math.min(1, center + L * se[i]!) : center + L * se[i]!;
  }
  return makeChart(
    type,
    stat,
    new Float64Array(m).fill(center),
    lcl,
    ucl,
    se,
    Float64Array.from(samples, (s) => s.size),
    { center, sigma: sigmaZ, method: opts.baseline ? 'baseline' : 'laney' },
    opts,
  );
}
