import { describe, expect, it } from 'vitest';
import {
  cChart,
  chartOcCurve,
  evaluateRules,
  pChart,
  renderChartSvg,
  uChart,
  xbarOcCurve,
  xbarRChart,
  xbarSChart,
  cusumChart,
  hotellingT2Chart,
  renderCusumSvg,
  renderHotellingSvg,
} from '../src/index.js';
import { circuit, orangejuice, pistonrings, ryanMultivar } from './fixtures.js';

describe('X̄ chart OC curve and ARL — qcc ocCurves vignette', () => {
  const sizes = [1, 5, 10, 15, 20];
  const beta = (shift: number) => sizes.map((n) => xbarOcCurve({ sampleSize: n }, [shift])[0]!.beta);
  it('β at shift 0, 0.1, 0.2 (printed, 4 dp) and 1.0 (⚙ 6 dp)', () => {
    expect(beta(0).map((b) => Number(b.toFixed(4)))).toEqual([0.9973, 0.9973, 0.9973, 0.9973, 0.9973]);
    expect(beta(0.1).map((b) => Number(b.toFixed(4)))).toEqual([0.9972, 0.9966, 0.9959, 0.9952, 0.9944]);
    expect(beta(0.2).map((b) => Number(b.toFixed(4)))).toEqual([0.9968, 0.9944, 0.9909, 0.9869, 0.9823]);
    expect(beta(1).map((b) => Number(b.toFixed(6)))).toEqual([
      0.977218, 0.777546, 0.435544, 0.191336, 0.070492,
    ]);
    expect(Number(xbarOcCurve({ sampleSize: 1 }, [5])[0]!.beta.toFixed(4))).toBe(0.0228);
  });
  it('ARL: 370 in control; 353 296 244 206 178 at shift 0.1', () => {
    expect(Math.round(xbarOcCurve({ sampleSize: 5 }, [0])[0]!.arl)).toBe(370);
    expect(sizes.map((n) => Math.round(xbarOcCurve({ sampleSize: n }, [0.1])[0]!.arl))).toEqual([
      353, 296, 244, 206, 178,
    ]);
  });
  it('from a built chart', () => {
    const { xbar } = xbarRChart(pistonrings.slice(0, 25));
    expect(chartOcCurve(xbar, [1])[0]!.beta).toBeCloseTo(0.777546, 6);
  });
});

describe('R and S chart OC curves (⚙ scipy 1.17 studentized_range(df=∞), chi2)', () => {
  it('R chart of pistonrings (n 5): β at σ ratio 1, 1.5, 2, 3', () => {
    const { dispersion } = xbarRChart(pistonrings.slice(0, 25));
    const oc = chartOcCurve(dispersion, [1, 1.5, 2, 3]);
    expect(oc.map((o) => Number(o.beta.toFixed(6)))).toEqual([0.995398, 0.861073, 0.590023, 0.22539]);
  });
  it('S chart of pistonrings (n 5)', () => {
    const { dispersion } = xbarSChart(pistonrings.slice(0, 25));
    const oc = chartOcCurve(dispersion, [1, 1.5, 2, 3]);
    expect(oc.map((o) => Number(o.beta.toFixed(6)))).toEqual([0.996101, 0.856238, 0.574132, 0.211773]);
  });
});

describe('attribute chart OC curves (⚙ scipy 1.17 binom/poisson; upper tail equals qcc)', () => {
  it('p chart of orange juice (n 50, in control for 3 ≤ D ≤ 20)', () => {
    const p = pChart(orangejuice.slice(0, 30).map((count) => ({ count, size: 50 })));
    const oc = chartOcCurve(p, [0.01, 0.05, 0.1, 0.3, 0.4]);
    expect(oc.map((o) => Number(o.beta.toFixed(6)))).toEqual([
      0.013817, 0.459467, 0.888271, 0.952232, 0.561035,
    ]);
  });
  it('c chart of circuit boards (in control for 7 ≤ c ≤ 33)', () => {
    const c = cChart(circuit.slice(0, 26));
    const oc = chartOcCurve(c, [2, 10, 30, 40]);
    expect(oc.map((o) => Number(o.beta.toFixed(6)))).toEqual([0.004534, 0.869859, 0.744449, 0.151404]);
    const u = uChart(circuit.slice(0, 26).map((count) => ({ count, size: 1 })));
    expect(chartOcCurve(u, [30])[0]!.beta).toBeCloseTo(0.744449, 6);
  });
});

describe('SVG rendering', () => {
  const base = xbarRChart(pistonrings.slice(0, 25)).estimate;
  const labels = Array.from({ length: 15 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  const { xbar } = xbarRChart(pistonrings.slice(25), { baseline: base, labels });
  const signals = evaluateRules(xbar);
  it('draws limits, zones, points and flags the signalling ones', () => {
    const svg = renderChartSvg(xbar, { signals, warningLimits: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(15);
    expect(svg.match(/class="flagged"/g)).toHaveLength(new Set(signals.map((s) => s.index)).size);
    expect(svg).toContain('class="ucl"');
    expect(svg).toContain('class="zone-c"');
    expect(svg).toContain('UCL 74.0143');
    expect(svg).toContain('2026-11-01');
    expect(svg).toContain('X̄ chart');
    expect(svg).toContain('class="warning"');
  });
  it('speaks Vietnamese and is deterministic', () => {
    const vi = renderChartSvg(xbar, { locale: 'vi', signals });
    expect(vi).toContain('Biểu đồ X̄');
    expect(vi).toContain('GHT 74,0143');
    expect(vi).toContain('tín hiệu WE1');
    expect(renderChartSvg(xbar, { locale: 'vi', signals })).toBe(vi);
  });
  it('escapes text', () => {
    expect(renderChartSvg(xbar, { title: 'a < b & "c"' })).toContain('a &lt; b &amp; &quot;c&quot;');
  });
});

describe('SVG of CUSUM and T² charts', () => {
  it('CUSUM: both sums, ±h, the four upper signals flagged', () => {
    const c = cusumChart(pistonrings, { baseline: xbarRChart(pistonrings.slice(0, 25)).estimate });
    const svg = renderCusumSvg(c, { locale: 'vi' });
    expect(svg).toContain('Biểu đồ CUSUM');
    expect(svg.match(/<circle /g)).toHaveLength(80);
    expect(svg.match(/class="flagged"/g)).toHaveLength(4);
    expect(svg).toContain('+h 5');
  });
  it('T²: UCL, dashed UPL, points 10 and 20 flagged', () => {
    const svg = renderHotellingSvg(hotellingT2Chart(ryanMultivar));
    expect(svg.match(/class="flagged"/g)).toHaveLength(2);
    expect(svg).toContain('UCL 11.0398');
    expect(svg).toContain('stroke-dasharray');
  });
});
