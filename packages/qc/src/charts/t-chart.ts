import { invalid } from '../errors.js';
import type { ChartOptions, ControlChart } from './control-chart.js';
import { individualsChart } from './individuals-chart.js';

/**
 * The power used to make exponential times between events nearly normal: y = t^(1/3.6)
 * (Nelson 1994, "A control chart for parts-per-million nonconforming items", J. Quality Technology 26(3);
 * Montgomery, Introduction to SQC, §7.3.5).
 *
 * @example
 * T_CHART_POWER // 3.6
 */
export const T_CHART_POWER = 3.6;

/**
 * t chart (biểu đồ t, thời gian giữa các sự cố): times between rare events are transformed with
 * y = t^(1/3.6) and charted as individuals (M̄R̄/d2). The chart is in the transformed scale (so zones and run
 * rules stay valid); `backTransform` gives limits in time units.
 *
 * @example
 * const { chart, backTransform } = tChart([286, 948, 536, 124, 816, 729]);
 * backTransform(chart.ucl[0]!) // upper limit in hours
 */
export function tChart(
  times: readonly number[],
  options?: ChartOptions,
): { chart: ControlChart; backTransform: (y: number) => number } {
  if (!Array.isArray(times) || times.length < 2) {
    throw invalid('QC/EMPTY_DATA', 'times needs at least 2 values', 'times cần ít nhất 2 giá trị', ['times']);
  }
  times.forEach((t, i) => {
    if (!(typeof t === 'number' && Number.isFinite(t) && t > 0)) {
      throw invalid(
        'QC/INVALID_PARAMETER',
        `times[${i}] must be a positive number, got ${String(t)}`,
        `times[${i}] phải là số dương, nhận ${String(t)}`,
        ['times', i],
        { value: String(t) },
      );
    }
  });
  const y = times.map((t) => t ** (1 / T_CHART_POWER));
  const { individuals } = individualsChart(y, options);
  const backTransform = (v: number) => (v <= 0 ? 0 : v ** T_CHART_POWER);
  return { chart: { ...individuals, type: 't' }, backTransform };
}
