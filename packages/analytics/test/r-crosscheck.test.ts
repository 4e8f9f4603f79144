import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { classicalDecomposition, forecastSmoothing, holtWinters } from '../src/index.js';

// Cross-check against a local R installation (R ≥ 4.0, `stats` only). CI does not install R: these tests skip
// cleanly when `Rscript` is absent; the hard-coded golden tests in forecast.test.ts / patterns.test.ts always run.
const hasR = (() => {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function r(script: string): number[] {
  const out = execFileSync('Rscript', ['-e', script], { encoding: 'utf8' });
  return out
    .trim()
    .split(/\s+/)
    .map((x) => Number(x));
}

/** Deterministic test series: trend × season × pseudo-noise (no Math.random). */
function series(n: number, period: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, (_, t) => {
    s = (1103515245 * s + 12345) % 2 ** 31;
    return (
      Math.round(
        100 * (50 + t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / period)) * (0.9 + (0.2 * s) / 2 ** 31),
      ) / 100
    );
  });
}

describe.skipIf(!hasR)('cross-check with R (skipped without Rscript)', () => {
  for (const [seed, period, seasonal] of [
    [1, 12, 'multiplicative'],
    [2, 12, 'additive'],
    [3, 4, 'multiplicative'],
    [4, 7, 'additive'],
  ] as const) {
    it(`HoltWinters fixed α=.4 β=.1 γ=.3, ${seasonal}, period ${period}: SSE, a, b, s, forecasts and intervals`, () => {
      const y = series(5 * period + 3, period, seed);
      const m = holtWinters(y, { period, seasonal, alpha: 0.4, beta: 0.1, gamma: 0.3 });
      const f = forecastSmoothing(m, period - 1);
      const expected = r(
        `x <- ts(c(${y.join(',')}), frequency=${period}); m <- HoltWinters(x, alpha=.4, beta=.1, gamma=.3, seasonal="${seasonal}"); ` +
          `p <- predict(m, ${period - 1}, prediction.interval=TRUE); cat(sprintf("%.12g", c(m$SSE, m$coefficients, p[,1], p[,2])))`,
      );
      const got = [
        m.sse,
        m.coefficients.level,
        m.coefficients.trend as number,
        ...(m.coefficients.seasonal ?? []),
        ...f.mean,
        ...f.upper,
      ];
      expect(got).toHaveLength(expected.length);
      got.forEach((v, i) => {
        expect(Math.abs(v - (expected[i] as number))).toBeLessThanOrEqual(
          1e-8 * Math.max(1, Math.abs(expected[i] as number)),
        );
      });
    });

    it(`HoltWinters fitted, ${seasonal}, period ${period}: SSE no worse than R's`, () => {
      const y = series(5 * period + 3, period, seed);
      const m = holtWinters(y, { period, seasonal });
      const [sse] = r(
        `x <- ts(c(${y.join(',')}), frequency=${period}); cat(sprintf("%.12g", HoltWinters(x, seasonal="${seasonal}")$SSE))`,
      );
      expect(m.sse).toBeLessThanOrEqual((sse as number) * (1 + 1e-6));
    });

    it(`decompose, ${seasonal}, period ${period}: figure`, () => {
      const y = series(4 * period + 1, period, seed);
      const d = classicalDecomposition(y, { period, type: seasonal });
      const expected = r(
        `x <- ts(c(${y.join(',')}), frequency=${period}); cat(sprintf("%.12g", decompose(x, "${seasonal}")$figure))`,
      );
      d.figure.forEach((v, i) => {
        expect(Math.abs(v - (expected[i] as number))).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected[i] as number)),
        );
      });
    });
  }
});
