/**
 * Retail sales history → monthly revenue report → best sellers by season → next year's forecast + SVG chart.
 *
 * Data: sales.csv (weekly sales lines of a Vietnamese shop, 2023–2025, deterministic; Vietnamese headers,
 * ';' delimiter, '.' thousands separator, DD/MM/YYYY dates). Run: npx tsx examples/analytics-retail/main.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from '@bo/core';
import {
  abcClassification,
  aggregate,
  bucketKey,
  count,
  derive,
  fillBuckets,
  forecastSmoothing,
  formatCsv,
  groupBy,
  holtWinters,
  lineChartSvg,
  nextBucket,
  parseCsv,
  periodChange,
  pivot,
  revenueGrowth,
  rollingOriginBacktest,
  seasonalBestSellers,
  seasonalityStrength,
  sum,
} from '@bo/analytics';

const here = dirname(fileURLToPath(import.meta.url));
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`analytics-retail: ${what}`);
};
const vnd = (d: Decimal) => d.toDecimalPlaces(0).toNumber().toLocaleString('vi-VN');

// 1. Read the CSV with a typed schema (exact Decimal revenue).
const sales = parseCsv(
  readFileSync(join(here, 'sales.csv'), 'utf8'),
  {
    date: { type: 'date', header: 'Ngày' },
    sku: { type: 'string', header: 'Mã hàng' },
    name: { type: 'string', header: 'Tên hàng' },
    qty: { type: 'integer', header: 'Số lượng' },
    revenue: { type: 'decimal', header: 'Doanh thu (VND)' },
  },
  { delimiter: ';', thousandsSeparator: '.', decimalSeparator: ',', dateFormat: 'DD/MM/YYYY' },
);
console.log(`Read ${sales.length} sales lines, ${new Set(sales.map((s) => s.sku)).size} products.`);

// 2. Monthly revenue report with year-over-year change.
const withMonth = derive(sales, { month: (r) => bucketKey(r.date, 'month') });
const monthly = fillBuckets(groupBy(withMonth, ['month'], { revenue: sum('revenue'), lines: count() }), {
  field: 'month',
  spec: 'month',
  fill: (month) => ({ month, revenue: new Decimal(0), lines: 0 }),
});
const report = periodChange(monthly, { field: 'revenue', lag: 12 });
const grand = aggregate(sales, { revenue: sum('revenue') }).revenue;
check(
  monthly.reduce((a, m) => a.plus(m.revenue), new Decimal(0)).eq(grand),
  'monthly revenue must add up to the total exactly',
);
check(monthly.length === 36, `expected 36 months, got ${monthly.length}`);
console.log('\nMonthly revenue 2025 (VND) and change vs same month 2024:');
for (const r of report.slice(-12)) {
  const ratio = r.revenueChangeRatio as Decimal | null;
  console.log(
    `  ${r.month}  ${vnd(r.revenue as Decimal).padStart(15)}  ${ratio === null ? '   n/a' : `${ratio.times(100).toFixed(1).padStart(6)} %`}`,
  );
}
const byYear = groupBy(derive(sales, { year: (r) => bucketKey(r.date, 'year') }), ['year'], {
  revenue: sum('revenue'),
});
const growth = revenueGrowth({ revenue: byYear[2]!.revenue, previousRevenue: byYear[1]!.revenue });
console.log(`Revenue growth 2025 vs 2024: ${growth.value.times(100).toFixed(2)} %  (${growth.formula})`);
check(growth.value.gt(0), 'the shop grows year on year');

// Revenue by product × quarter of 2025 (pivot).
const q2025 = derive(
  withMonth.filter((r) => r.month >= '2025-01'),
  { quarter: (r) => bucketKey(r.date, 'quarter') },
);
const { rows: pivotRows, columns: quarters } = pivot(q2025, {
  index: ['sku'],
  columns: 'quarter',
  value: sum('revenue'),
});
console.log(`\n2025 revenue by product and quarter (million VND): ${quarters.join('  ')}`);
for (const r of pivotRows) {
  console.log(
    `  ${String(r.sku).padEnd(10)} ${quarters.map((q) => (r[q] as Decimal).div(1e6).toFixed(1).padStart(8)).join(' ')}`,
  );
}

// 3. Best sellers by season (quarter and month) and ABC.
const seasons = seasonalBestSellers(sales, {
  date: 'date',
  product: 'sku',
  value: 'revenue',
  season: 'month',
  top: 3,
});
const monthNames = ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'];
console.log(
  '\nBest sellers by month (all years) — top 3 by revenue, share of the month, and the most seasonal product:',
);
for (const s of seasons.seasons) {
  const top = s.top.map((t) => `${t.product} ${t.share.times(100).toFixed(1)}%`).join(', ');
  const ms = s.mostSeasonal[0];
  console.log(
    `  ${monthNames[s.season - 1]!.padEnd(4)} ${top.padEnd(52)} most seasonal: ${ms?.product} (index ${ms?.seasonalIndex.toFixed(2)})`,
  );
}
const peak = (sku: string) => seasons.products.find((p) => p.product === sku)?.peakSeason;
check(peak('QUA-TET') === 1, 'Tết gift boxes peak in January');
check(peak('BANH-TT') === 9, 'moon cakes peak in September (Mid-Autumn)');
check(
  seasons.seasons[8]!.mostSeasonal[0]?.product === 'BANH-TT',
  'September’s most seasonal product is the moon cake',
);
check(
  seasons.seasons.every((s) => s.top[0]?.product === 'GAO-ST25'),
  'rice is the year-round revenue leader',
);
check(seasons.seasons[0]!.top[1]?.product === 'AO-DAI', 'áo dài are January’s second seller (Tết)');

const abc = abcClassification(sales, { key: 'sku', value: 'revenue' });
console.log(`\nABC (80/15/5): ${abc.map((i) => `${i.key}=${i.class}`).join(' ')}`);
check(abc[abc.length - 1]!.cumulativeShare.eq(1), 'cumulative share ends at exactly 100 %');

// 4. Forecast next year's monthly revenue (Holt–Winters, multiplicative, fitted like R's HoltWinters).
const y = monthly.map((m) => (m.revenue as Decimal).div(1e6).toNumber()); // million VND (float64 statistics)
const strength = seasonalityStrength(y, { period: 12, type: 'multiplicative' });
const model = holtWinters(y, { period: 12, seasonal: 'multiplicative' });
const fc = forecastSmoothing(model, 12, { level: 0.8 });
const bt = rollingOriginBacktest(
  y,
  { initial: 24, horizon: 3, step: 3, seasonalPeriod: 12 },
  (train, h) => forecastSmoothing(holtWinters(train, { period: 12, seasonal: 'multiplicative' }), h).mean,
);
console.log(
  `\nSeasonality strength ${strength.seasonal.toFixed(2)}; Holt–Winters α=${model.params.alpha.toFixed(3)} β=${model.params.beta?.toFixed(3)} γ=${model.params.gamma?.toFixed(3)}`,
);
console.log(
  `Back-test (origin every 3 months, 3 ahead): MAPE ${bt.overall.mape?.toFixed(1)} %, MASE ${bt.overall.mase?.toFixed(2)}`,
);
let month = monthly[monthly.length - 1]!.month as string;
const forecastRows = fc.mean.map((v, i) => {
  month = nextBucket(month, 'month');
  return { month, forecast: v, lower80: fc.lower[i]!, upper80: fc.upper[i]! };
});
console.log('Forecast 2026 (million VND, 80 % interval):');
for (const r of forecastRows)
  console.log(
    `  ${r.month}  ${r.forecast.toFixed(0).padStart(6)}  [${r.lower80.toFixed(0)}, ${r.upper80.toFixed(0)}]`,
  );
check(forecastRows[0]!.month === '2026-01', 'forecast starts in January 2026');
check(
  fc.mean.every((v) => v > 0),
  'forecasts are positive',
);
check(fc.mean[0]! > fc.mean[5]!, 'January (Tết) beats June in the forecast');
check(bt.overall.mape !== null && bt.overall.mape < 25, 'back-test MAPE is reasonable');

// 5. Write the report and the chart.
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'monthly-revenue.csv'),
  formatCsv(report, {
    columns: [
      { field: 'month', header: 'Tháng' },
      { field: 'revenue', header: 'Doanh thu (VND)' },
      { field: 'revenueChangeRatio', header: 'So với cùng kỳ' },
    ],
    delimiter: ';',
    decimalSeparator: ',',
  }),
);
const svg = lineChartSvg({
  title: 'Doanh thu tháng và dự báo 2026 (triệu VND)',
  history: monthly.map((m, i) => ({ label: m.month as string, value: y[i]! })),
  forecast: forecastRows.map((r) => ({
    label: r.month,
    value: r.forecast,
    lower: r.lower80,
    upper: r.upper80,
  })),
  legend: ['Thực tế', 'Dự báo', 'Khoảng 80 %'],
});
writeFileSync(join(out, 'forecast.svg'), svg);
check(svg.includes('<polygon'), 'the chart shows the interval');
console.log(`\nWrote ${join('examples/analytics-retail/out', 'monthly-revenue.csv')} and forecast.svg`);
