import { normalCdf } from './distributions.js';

const STEPS = 1600;
const X_MIN = -8.5;
const X_MAX = 8.5;

/**
 * CDF of the range W of n independent standard normals: F_W(w) = n∫φ(x)[Φ(x + w) − Φ(x)]^(n−1) dx, by
 * composite Simpson integration on [−8.5, 8.5] (error < 1e-9 for n ≤ 50). @internal
 */
export function rangeCdf(w: number, n: number): number {
  if (w <= 0) return 0;
  const h = (X_MAX - X_MIN) / STEPS;
  let sum = 0;
  for (let i = 0; i <= STEPS; i++) {
    const x = X_MIN + i * h;
    const f =
      (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)) * (normalCdf(x + w) - normalCdf(x)) ** (n - 1);
    sum += (i === 0 || i === STEPS ? 1 : i % 2 === 1 ? 4 : 2) * f;
  }
  return Math.min(1, Math.max(0, (n * sum * h) / 3));
}
