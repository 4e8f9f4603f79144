import { isBoError } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  forecastSmoothing,
  holt,
  holtWinters,
  HoltWintersOptionsSchema,
  minimizeBounded,
  minimizeScalar,
  movingAverage,
  movingAverageForecast,
  normalQuantile,
  rollingOriginBacktest,
  simpleExponentialSmoothing,
  weightedMovingAverage,
} from '../src/index.js';
import { AIR_PASSENGERS, NIST_QSALES, NIST_SES, NIST_TREND } from './fixtures/series.js';
import { boErrorCodeOf as codeOf } from '../../../scripts/test-support.js';

/** Relative closeness: |a − b| ≤ tol·max(1, |b|). */
function near(a: number | null | undefined, b: number, tol: number) {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));
}

// Golden values: R 4.2.2 `stats::HoltWinters` / `predict.HoltWinters` (values printed with options(digits = 12)),
// as published in the reference note qc-analytics.md §B2.1 (α, β, γ, a, b, s, SSE, 12-step forecasts) and
// re-run locally for the prediction intervals. Tolerances: fixed parameters 1e-9 relative (same arithmetic);
// fitted parameters 5e-4 absolute (R's L-BFGS-B stops at factr 1e7; bo's optimiser reaches an SSE ≤ R's).

describe('Holt–Winters vs R HoltWinters(AirPassengers)', () => {
  it('multiplicative, R-fitted parameters fixed: states, SSE, forecasts and 95 % intervals', () => {
    const m = holtWinters(AIR_PASSENGERS, {
      period: 12,
      seasonal: 'multiplicative',
      alpha: 0.2755924747,
      beta: 0.03269295273,
      gamma: 0.8707292223,
    });
    near(m.coefficients.level, 469.3232206, 1e-9);
    near(m.coefficients.trend, 3.0215391, 1e-7);
    const s = [
      0.9464611, 0.8829239, 0.9717369, 1.0304825, 1.0476884, 1.1805272, 1.3590778, 1.3331706, 1.1083381,
      0.9868813, 0.8361333, 0.9209877,
    ];
    s.forEach((v, i) => {
      near(m.coefficients.seasonal?.[i], v, 1e-7);
    });
    near(m.sse, 16570.78, 1e-6);
    const f = forecastSmoothing(m, 12);
    const published = [
      447.0559, 419.7123, 464.8671, 496.0839, 507.5326, 575.4509, 666.5923, 657.9137, 550.3088, 492.9853,
      420.2073, 465.6345,
    ];
    published.forEach((v, i) => {
      near(f.mean[i], v, 1e-6);
    });
    // predict(m, 12, prediction.interval = TRUE), rows 1, 6, 12
    near(f.upper[0], 466.805729664, 1e-9);
    near(f.lower[0], 427.306133027, 1e-9);
    near(f.upper[5], 602.19353557, 1e-9);
    // At h = 12 R's predict.HoltWinters divides ψ₀·s₁₂ by the trend coefficient b instead of a seasonal index
    // (coefficients[2 + 0] when (rel − j) mod 12 = 0); bo uses s₁₂, which gives a wider, scale-consistent interval.
    // R prints lwr 443.300414445 there; bo's is lower (wider).
    expect(f.lower[11]).toBeLessThan(443.300414445);
  });

  it('multiplicative, fitted: parameters and SSE match R', () => {
    const m = holtWinters(AIR_PASSENGERS, { period: 12, seasonal: 'multiplicative' });
    near(m.params.alpha, 0.2755925, 5e-4);
    near(m.params.beta as number, 0.03269295, 5e-4);
    near(m.params.gamma as number, 0.8707292, 5e-4);
    expect(m.sse).toBeLessThanOrEqual(16570.7779 + 1e-6);
    near(m.sse, 16570.78, 1e-6);
    expect(m.fitted).toEqual(['alpha', 'beta', 'gamma']);
    near(forecastSmoothing(m, 1).mean[0], 447.0559, 1e-5);
  });

  it('additive, R parameters fixed: SSE, a, b, s1 and intervals beyond one season', () => {
    const m = holtWinters(AIR_PASSENGERS, { period: 12, alpha: 0.2479595, beta: 0.03453373, gamma: 1 });
    near(m.sse, 21860.1846219, 1e-9);
    near(m.coefficients.level, 477.82778138111, 1e-9);
    near(m.coefficients.trend, 3.12762657308, 1e-9);
    near(m.coefficients.seasonal?.[0], -27.45768646468, 1e-9);
    const f = forecastSmoothing(m, 24);
    near(f.mean[0], 453.49772149, 1e-9);
    near(f.upper[0], 478.580176299, 1e-9);
    near(f.lower[1], 403.496001429, 1e-9);
    near(f.upper[11], 504.947524815, 1e-9);
    near(f.upper[12], 535.96651862, 1e-9);
    near(f.lower[23], 450.997731011, 1e-9);
  });

  it('additive, fitted: γ on its upper bound as in R', () => {
    const m = holtWinters(AIR_PASSENGERS, { period: 12 });
    near(m.params.alpha, 0.247959489736, 5e-4);
    near(m.params.beta as number, 0.0345337296488, 5e-4);
    near(m.params.gamma as number, 1, 1e-6);
    expect(m.sse).toBeLessThanOrEqual(21860.1846219 + 1e-6);
    const published = [
      453.4977, 429.3906, 467.0361, 503.2574, 512.3395, 571.888, 652.6095, 637.4623, 539.7548, 490.725,
      424.4593, 469.5315,
    ];
    const f = forecastSmoothing(m, 12);
    published.forEach((v, i) => {
      near(f.mean[i], v, 5e-5);
    });
  });

  it('NIST 6.4.3.6 quarterly sales, multiplicative, fitted (R: α 0.631386, β 0.077310, γ 0, SSE 13330.209)', () => {
    const m = holtWinters(NIST_QSALES, { period: 4, seasonal: 'multiplicative' });
    near(m.params.alpha, 0.63138567452, 5e-4);
    near(m.params.beta as number, 0.0773103933825, 5e-4);
    near(m.params.gamma as number, 0, 5e-4);
    expect(m.sse).toBeLessThanOrEqual(13330.2091169 + 1e-6);
    const f = forecastSmoothing(m, 4);
    [739.861864158, 781.762321654, 910.870227736, 723.406533926].forEach((v, i) => {
      near(f.mean[i], v, 1e-4);
    });
  });
});

describe('simple exponential smoothing and Holt vs NIST e-Handbook and R', () => {
  it('NIST 6.4.3.1: α = 0.1, S₂ = y₁ — forecasts, SSE 208.8184 (MSE 18.98)', () => {
    const m = simpleExponentialSmoothing(NIST_SES, { alpha: 0.1 });
    const printed = [71, 70.9, 70.71, 70.44, 69.8, 69.32, 69.58, 70.43, 70.88, 71.29, 71.67];
    printed.forEach((v, i) => {
      expect(m.fittedValues[i + 1]).toBeCloseTo(v, 2);
    });
    near(m.sse, 208.8184, 1e-7);
    near(m.sse / 11, 18.983492, 1e-7);
    near(forecastSmoothing(m, 1).mean[0], 71.49875, 1e-7);
    const half = simpleExponentialSmoothing(NIST_SES, { alpha: 0.5 });
    [71, 70.5, 69.75, 68.875, 66.4375, 65.7188, 68.8594, 73.4297, 74.2148, 74.6074, 74.8037].forEach(
      (v, i) => {
        expect(half.fittedValues[i + 1]).toBeCloseTo(v, 3);
      },
    );
  });

  it('NIST 6.4.3.4: fitted SES α ≈ 0.977, next forecast 22.38', () => {
    const m = simpleExponentialSmoothing(NIST_TREND);
    near(m.params.alpha, 0.977276, 1e-4);
    near(forecastSmoothing(m, 1).mean[0], 22.378582, 1e-6);
    // α = 1 gives MSE 8.8867 (NIST)
    near(simpleExponentialSmoothing(NIST_TREND, { alpha: 1 }).sse / 9, 8.8867, 1e-5);
  });

  it('NIST 6.4.3.4: double smoothing α = 0.3623, γ = 1, S₁ = y₁, b₁ = 0.8 → F₅…F₁₀ 9.1 11.4 13.2 17.4 18.9 23.1', () => {
    const m = holt(NIST_TREND, { alpha: 0.3623, beta: 1, initial: { level: 6.4, trend: 0.8 } });
    [7.2, 6.84, 7.76, 9.08, 11.42, 13.19, 17.44, 18.87, 23.05].forEach((v, i) => {
      expect(m.fittedValues[i + 1]).toBeCloseTo(v, 2);
    });
    near(forecastSmoothing(m, 1).mean[0], 25.772, 1e-4);
  });

  it('R HoltWinters(ts(y), gamma = FALSE) on the NIST trend series: α 0.440651, β 1, a, b and intervals', () => {
    const m = holt(NIST_TREND);
    near(m.params.alpha, 0.440651481366, 5e-4);
    near(m.params.beta as number, 1, 5e-4);
    near(m.coefficients.level, 22.811216764016, 1e-3);
    near(m.coefficients.trend as number, 2.720848598861, 1e-3);
    const fixed = holt(NIST_TREND, { alpha: 0.440651481366, beta: 1 });
    const f = forecastSmoothing(fixed, 3);
    near(f.mean[0], 25.5320653629, 1e-9);
    near(f.upper[0], 29.8941092557, 1e-9);
    near(f.lower[2], 22.7848938727, 1e-9);
  });

  it('R HoltWinters(…, gamma = FALSE, beta = FALSE) on NIST 6.4.3.1: α → 1, SSE 139.0044, intervals', () => {
    const m = simpleExponentialSmoothing(NIST_SES);
    near(m.params.alpha, 0.999933893039, 1e-3);
    expect(m.sse).toBeLessThanOrEqual(139.004363216784 + 1e-6);
    const fixed = forecastSmoothing(simpleExponentialSmoothing(NIST_SES, { alpha: 0.999933893039 }), 3);
    near(fixed.mean[0], 70.0003305348, 1e-9);
    near(fixed.upper[1], 80.3308215475, 1e-9);
    near(fixed.lower[2], 57.3482540534, 1e-9);
  });

  it('damped Holt: φ = 1 equals undamped; φ < 1 flattens the forecast toward ℓ + φb/(1−φ)', () => {
    const a = forecastSmoothing(holt(NIST_TREND, { alpha: 0.5, beta: 0.3 }), 5).mean;
    const b = forecastSmoothing(holt(NIST_TREND, { alpha: 0.5, beta: 0.3, phi: 1 }), 5).mean;
    b.forEach((v, i) => {
      near(v, a[i] as number, 1e-12);
    });
    const d = holt(NIST_TREND, { alpha: 0.5, beta: 0.3, phi: 0.8 });
    const f = forecastSmoothing(d, 200).mean;
    near(f[199], d.coefficients.level + ((d.coefficients.trend as number) * 0.8) / 0.2, 1e-9);
    const fittedPhi = holt(NIST_TREND, { damped: true });
    expect(fittedPhi.params.phi).toBeGreaterThanOrEqual(0.8);
    expect(fittedPhi.params.phi).toBeLessThanOrEqual(0.98);
  });

  it('property: a constant series forecasts the constant (SES, Holt, Holt–Winters both seasonalities)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 24, max: 40 }), (c, n) => {
        const y = new Array<number>(n).fill(c);
        for (const m of [
          simpleExponentialSmoothing(y),
          holt(y),
          holtWinters(y, { period: 12 }),
          holtWinters(y, { period: 12, seasonal: 'multiplicative' }),
        ]) {
          for (const v of forecastSmoothing(m, 13).mean) near(v, c, 1e-9);
        }
      }),
      { numRuns: 15, seed: 5 },
    );
  });

  it('property: the interval contains the point forecast and widens with the horizon (additive)', () => {
    const m = holtWinters(AIR_PASSENGERS.slice(0, 60), { period: 12 });
    const f = forecastSmoothing(m, 24, { level: 0.8 });
    for (let h = 0; h < 24; h++) {
      expect(f.lower[h]).toBeLessThan(f.mean[h] as number);
      expect(f.upper[h]).toBeGreaterThan(f.mean[h] as number);
      if (h > 0)
        expect((f.upper[h] as number) - (f.mean[h] as number)).toBeGreaterThanOrEqual(
          (f.upper[h - 1] as number) - (f.mean[h - 1] as number) - 1e-9,
        );
    }
  });

  it('rejects bad input with typed codes', () => {
    expect(codeOf(() => holtWinters(AIR_PASSENGERS.slice(0, 23), { period: 12 }))).toBe(
      'ANALYTICS/SERIES_TOO_SHORT',
    );
    expect(
      codeOf(() =>
        holtWinters([...AIR_PASSENGERS.slice(0, 30), 0], { period: 12, seasonal: 'multiplicative' }),
      ),
    ).toBe('ANALYTICS/NON_POSITIVE_DATA');
    expect(codeOf(() => holtWinters(AIR_PASSENGERS, { period: 12, alpha: 0 }))).toBe(
      'ANALYTICS/PARAMETER_OUT_OF_RANGE',
    );
    expect(codeOf(() => holtWinters(AIR_PASSENGERS, { period: 12, gamma: 1.2 }))).toBe(
      'ANALYTICS/PARAMETER_OUT_OF_RANGE',
    );
    expect(codeOf(() => holtWinters(AIR_PASSENGERS, { period: 1 }))).toBe('ANALYTICS/INVALID_OPTION');
    expect(codeOf(() => holtWinters([...AIR_PASSENGERS.slice(0, 30), Number.NaN], { period: 12 }))).toBe(
      'ANALYTICS/INVALID_NUMBER',
    );
    expect(codeOf(() => simpleExponentialSmoothing([1]))).toBe('ANALYTICS/SERIES_TOO_SHORT');
    expect(codeOf(() => holt([1, 2]))).toBe('ANALYTICS/SERIES_TOO_SHORT');
    expect(codeOf(() => forecastSmoothing(holt(NIST_TREND), 0))).toBe('ANALYTICS/INVALID_OPTION');
    expect(codeOf(() => forecastSmoothing(holt(NIST_TREND), 3, { level: 1 }))).toBe(
      'ANALYTICS/INVALID_OPTION',
    );
  });
});

describe('moving averages, accuracy, back-testing, helpers', () => {
  it('moving averages', () => {
    expect(movingAverage([1, 2, 3, 4], 2)).toEqual([null, 1.5, 2.5, 3.5]);
    expect(weightedMovingAverage([10, 20, 30], [1, 2, 3])[2]).toBeCloseTo(140 / 6, 12);
    expect(movingAverageForecast([10, 12, 14, 16], 3, 2)).toEqual([14, 14]);
    expect(codeOf(() => movingAverage([1], 2))).toBe('ANALYTICS/SERIES_TOO_SHORT');
  });

  it('accuracy measures (Hyndman & Koehler 2006 definitions)', () => {
    const a = accuracy([100, 110, 120], [90, 115, 120], { training: [80, 85, 95, 100] });
    near(a.me, (10 - 5 + 0) / 3, 1e-12);
    near(a.mae, 5, 1e-12);
    near(a.rmse, Math.sqrt(125 / 3), 1e-12);
    near(a.mape as number, ((10 / 100 + 5 / 110) * 100) / 3, 1e-12);
    near(a.smape, ((200 * 10) / 190 + (200 * 5) / 225) / 3, 1e-12);
    near(a.mase as number, 5 / (20 / 3), 1e-12);
    expect(accuracy([0, 1], [1, 1]).mape).toBeNull();
    expect(codeOf(() => accuracy([1], [1, 2]))).toBe('ANALYTICS/LENGTH_MISMATCH');
    expect(codeOf(() => accuracy([1], [1], { training: [5, 5, 5] }))).toBe('ANALYTICS/ZERO_DENOMINATOR');
  });

  it('rolling-origin back-test: folds, pooled and per-horizon errors', () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 8];
    const r = rollingOriginBacktest(y, { initial: 4, horizon: 2, step: 2 }, (train, h) =>
      new Array(h).fill(train[train.length - 1]),
    );
    expect(r.folds.map((f) => f.origin)).toEqual([4, 6]);
    expect(r.byHorizon).toEqual([
      { h: 1, mae: 1, rmse: 1 },
      { h: 2, mae: 2, rmse: 2 },
    ]);
    near(r.overall.mae, 1.5, 1e-12);
    const hw = rollingOriginBacktest(
      AIR_PASSENGERS,
      { initial: 120, horizon: 12, step: 12, seasonalPeriod: 12 },
      (train, h) => forecastSmoothing(holtWinters(train, { period: 12, seasonal: 'multiplicative' }), h).mean,
    );
    expect(hw.folds).toHaveLength(2);
    expect(hw.overall.mape).toBeLessThan(10);
    expect(codeOf(() => rollingOriginBacktest(y, { initial: 8, horizon: 2 }, () => [0, 0]))).toBe(
      'ANALYTICS/SERIES_TOO_SHORT',
    );
  });

  it('normal quantile and optimisers', () => {
    near(normalQuantile(0.975), 1.959963984540054, 1e-9);
    near(normalQuantile(0.9), 1.2815515655446004, 1.2e-9); // Acklam: relative error < 1.15e-9
    near(normalQuantile(0.001), -3.090232306167813, 1e-9);
    near(minimizeScalar((x) => (x - 2) ** 2, 0, 5).x, 2, 1e-8);
    near(minimizeScalar((x) => -x, 0, 1).x, 1, 1e-12);
    const r = minimizeBounded((p) => (p[0]! - 0.3) ** 2 + (p[1]! + 1) ** 2, [0.5, 0.5], {
      lower: [0, 0],
      upper: [1, 1],
    });
    near(r.x[0], 0.3, 1e-6);
    near(r.x[1], 0, 1e-12);
  });
});

describe('option schemas', () => {
  it('rejects malformed Holt–Winters options with the field path', () => {
    expect(HoltWintersOptionsSchema.safeParse({ period: 12, seasonal: 'multiplicative' }).success).toBe(true);
    try {
      holtWinters(AIR_PASSENGERS, { period: 12, seasonal: 'mult' as 'multiplicative' });
      throw new Error('expected an error');
    } catch (e) {
      expect(isBoError(e, 'ANALYTICS/INVALID_OPTION')).toBe(true);
      expect((e as { path: unknown }).path).toEqual(['seasonal']);
    }
  });
});
