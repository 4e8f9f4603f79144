import { isBoError } from '@bo/core';
import { describe, expect, it } from 'vitest';
import { lineChartSvg } from '../src/index.js';

describe('lineChartSvg', () => {
  const history = [
    { label: '2026-01', value: 120 },
    { label: '2026-02', value: 135 },
    { label: '2026-03', value: 128 },
  ];
  const forecast = [
    { label: '2026-04', value: 140, lower: 125, upper: 155 },
    { label: '2026-05', value: 142, lower: 120, upper: 164 },
  ];

  it('draws history, forecast and interval band, escaping text, deterministically', () => {
    const svg = lineChartSvg({ title: 'Doanh thu <tháng> & dự báo', history, forecast });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Doanh thu &lt;tháng&gt; &amp; dự báo');
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('<polygon');
    expect(svg).not.toContain('NaN');
    expect(lineChartSvg({ title: 'Doanh thu <tháng> & dự báo', history, forecast })).toBe(svg);
    // the forecast line starts at the last observed point
    expect(svg).toMatch(/stroke-dasharray="6 3"/);
  });

  it('handles a constant series and rejects empty or non-finite input', () => {
    expect(lineChartSvg({ history: [{ label: 'a', value: 5 }] })).not.toContain('NaN');
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isBoError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => lineChartSvg({ history: [] }))).toBe('ANALYTICS/EMPTY_INPUT');
    expect(code(() => lineChartSvg({ history: [{ label: 'a', value: Number.NaN }] }))).toBe(
      'ANALYTICS/INVALID_NUMBER',
    );
  });
});
