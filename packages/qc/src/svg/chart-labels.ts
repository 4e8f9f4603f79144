import type { ChartType } from '../charts/control-chart.js';

/**
 * Labels of the SVG rendering in English and Vietnamese.
 *
 * @example
 * CHART_LABELS.vi.center // 'Đường tâm'
 */
export const CHART_LABELS = Object.freeze({
  en: {
    ucl: 'UCL',
    lcl: 'LCL',
    center: 'CL',
    point: 'Sample',
    signal: 'signal',
    cusumUpper: 'C⁺',
    cusumLower: '−C⁻',
    decision: 'h',
    t2: 'T²',
    upl: 'UPL',
    titles: {
      xbar: 'X̄ chart',
      R: 'R chart',
      S: 'S chart',
      I: 'Individuals chart',
      MR: 'Moving range chart',
      p: 'p chart',
      np: 'np chart',
      c: 'c chart',
      u: 'u chart',
      'laney-p': 'Laney p′ chart',
      'laney-u': 'Laney u′ chart',
      g: 'g chart',
      t: 't chart (transformed)',
      ewma: 'EWMA chart',
      cusum: 'CUSUM chart',
      t2: 'Hotelling T² chart',
    } satisfies Record<ChartType | 'cusum' | 't2', string>,
  },
  vi: {
    ucl: 'GHT',
    lcl: 'GHD',
    center: 'Đường tâm',
    point: 'Mẫu',
    signal: 'tín hiệu',
    cusumUpper: 'C⁺',
    cusumLower: '−C⁻',
    decision: 'h',
    t2: 'T²',
    upl: 'GHDĐ',
    titles: {
      xbar: 'Biểu đồ X̄',
      R: 'Biểu đồ R',
      S: 'Biểu đồ S',
      I: 'Biểu đồ giá trị đơn',
      MR: 'Biểu đồ khoảng biến thiên di động',
      p: 'Biểu đồ p',
      np: 'Biểu đồ np',
      c: 'Biểu đồ c',
      u: 'Biểu đồ u',
      'laney-p': 'Biểu đồ Laney p′',
      'laney-u': 'Biểu đồ Laney u′',
      g: 'Biểu đồ g',
      t: 'Biểu đồ t (đã biến đổi)',
      ewma: 'Biểu đồ EWMA',
      cusum: 'Biểu đồ CUSUM',
      t2: 'Biểu đồ T² Hotelling',
    } satisfies Record<ChartType | 'cusum' | 't2', string>,
  },
});
