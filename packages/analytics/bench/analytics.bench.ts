import { bench, describe } from 'vitest';
import { count, forecastSmoothing, groupBy, holtWinters, pivot, sum } from '../src/index.js';

/** Deterministic PRNG (mulberry32) — benchmarks must not depend on Math.random. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(42);
const regions = ['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ', 'Hải Phòng'];
const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const skus = Array.from({ length: 200 }, (_, i) => `SKU${String(i).padStart(3, '0')}`);
// 1 000 000 sales rows, VND amounts (integers, as VND has no minor unit)
const sales = Array.from({ length: 1_000_000 }, () => ({
  region: regions[Math.floor(rand() * regions.length)] as string,
  month: months[Math.floor(rand() * months.length)] as string,
  sku: skus[Math.floor(rand() * skus.length)] as string,
  amount: 1000 * Math.floor(10 + rand() * 5000),
}));

// 10 000 monthly series of 60 points with trend, seasonality and noise
const series = Array.from({ length: 10_000 }, (_, s) =>
  Array.from(
    { length: 60 },
    (_, t) =>
      (100 + (s % 50)) *
      (1 + 0.01 * t) *
      (1 + 0.2 * Math.sin((2 * Math.PI * t) / 12)) *
      (0.95 + 0.1 * rand()),
  ),
);

describe('tables: 1 000 000 sales rows', () => {
  bench(
    'groupBy(region, month) { sum, count } + pivot(sku × month, sum)',
    () => {
      groupBy(sales, ['region', 'month'], { revenue: sum('amount'), orders: count() });
      pivot(sales, { index: ['sku'], columns: 'month', value: sum('amount') });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

// the same rows with USD amounts in cents precision (fractional JS numbers: the scaled-integer exact path)
const salesUsd = sales.map((r) => ({ ...r, amount: Math.round(r.amount / 25) / 100 }));

describe('tables: 1 000 000 sales rows, fractional USD amounts', () => {
  bench(
    'groupBy(region, month) { sum, count } + pivot(sku × month, sum)',
    () => {
      groupBy(salesUsd, ['region', 'month'], { revenue: sum('amount'), orders: count() });
      pivot(salesUsd, { index: ['sku'], columns: 'month', value: sum('amount') });
    },
    { iterations: 3, warmupIterations: 1 },
  );
});

describe('forecasting: Holt–Winters', () => {
  bench(
    'fit (α, β, γ by SSE) + 12-step forecast on 10 000 monthly series × 60 points',
    () => {
      for (const y of series)
        forecastSmoothing(holtWinters(y, { period: 12, seasonal: 'multiplicative' }), 12);
    },
    { iterations: 2, warmupIterations: 0 },
  );
});
