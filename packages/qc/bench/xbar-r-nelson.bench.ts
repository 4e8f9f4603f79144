import { bench, describe } from 'vitest';
import { NELSON_RULES, evaluateRules, xbarRChart } from '../src/index.js';

/** Deterministic, roughly normal measurements (sum of four LCG uniforms) so that runs are comparable. */
function measurements(count: number, seed = 12345): Float64Array {
  let s = seed >>> 0;
  const u = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = 10 + (u() + u() + u() + u() - 2);
  return out;
}

// 1 000 000 plotted points = 1 000 000 subgroups of 5 measurements.
const flat = { values: measurements(5_000_000), subgroupSize: 5 };

describe('X̄–R limits + all eight Nelson rules', () => {
  bench(
    '1 000 000 points (subgroups of 5, flat input)',
    () => {
      const { xbar } = xbarRChart(flat);
      evaluateRules(xbar, NELSON_RULES);
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
