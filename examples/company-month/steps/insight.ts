// Step 5 — @bo/analytics: the month's KPIs from HR, payroll, the books and QC, best sellers by season,
// and next year's sales forecast (Holt–Winters) from three years of history.
import { calendarDate, Decimal } from '@bo/core';
import {
  absenteeismRate,
  currentRatio,
  financeFiguresFromStatements,
  forecastSmoothing,
  grossMargin,
  headcount,
  holtWinters,
  type KpiResult,
  lineChartSvg,
  nextBucket,
  operatingMargin,
  overtimeRatio,
  rollingOriginBacktest,
  seasonalBestSellers,
  turnoverRate,
} from '@bo/analytics';
import type { BooksResult } from './books.js';
import type { Product, Sale } from './data.js';
import type { PeopleResult } from './people.js';

export interface InsightResult {
  readonly kpis: readonly KpiResult[];
  readonly forecast: readonly { month: string; mean: number; lower: number; upper: number }[];
  readonly backtestMape: number | null;
  readonly bestSellers: readonly { season: number; top: readonly { product: string; share: Decimal }[] }[];
  readonly svg: string;
}

export function analyse(
  people: PeopleResult,
  books: BooksResult,
  history: readonly { month: string; product: string; quantity: number; revenue: string }[],
  sales: readonly Sale[],
  products: readonly Product[],
): InsightResult {
  const spells = people.people.map((p) => ({
    id: p.employee.id,
    hireDate: p.employee.hireDate,
    terminationDate: p.employee.terminationDate ?? null,
  }));
  const minutes = (f: (s: PeopleResult['people'][number]['summary']) => number) =>
    people.people.reduce((t, p) => t + f(p.summary), 0);
  const finance = financeFiguresFromStatements(books.b01, books.b02); // B01/B02 lines → KPI inputs
  const kpis: KpiResult[] = [
    headcount(spells, calendarDate('2026-09-30')),
    turnoverRate({ employees: spells, from: calendarDate('2026-09-01'), to: calendarDate('2026-09-30') }),
    overtimeRatio({
      overtimeHours: minutes((s) => s.overtimeMinutes) / 60,
      regularHours: minutes((s) => s.normalMinutes) / 60,
    }),
    absenteeismRate({
      hoursAbsent: minutes((s) => s.unpaidDays + s.socialInsuranceLeaveDays) * 8,
      hoursScheduled: minutes((s) => s.scheduledDays) * 8,
    }),
    grossMargin({ revenue: finance.revenue, cogs: finance.cogs }),
    operatingMargin({ revenue: finance.revenue, operatingIncome: finance.operatingIncome }),
    currentRatio({ currentAssets: finance.currentAssets, currentLiabilities: finance.currentLiabilities }),
  ];

  // Monthly revenue (million đồng; forecasting is statistics in float64) with September 2026 from the books.
  const byMonth = new Map<string, Decimal>();
  for (const h of history) byMonth.set(h.month, (byMonth.get(h.month) ?? new Decimal(0)).plus(h.revenue));
  const september = sales.reduce(
    (t, s) => t + s.lines.reduce((u, l) => u + Number(l.unitPrice) * l.quantity, 0),
    0,
  );
  byMonth.set('2026-09', new Decimal(september));
  const months = [...byMonth.keys()].sort();
  const y = months.map((m) => (byMonth.get(m) as Decimal).div(1e6).toNumber());
  const model = holtWinters(y, { period: 12, seasonal: 'multiplicative' });
  const fc = forecastSmoothing(model, 12, { level: 0.8 });
  const bt = rollingOriginBacktest(
    y,
    { initial: 24, horizon: 3, step: 3, seasonalPeriod: 12 },
    (train, h) => forecastSmoothing(holtWinters(train, { period: 12, seasonal: 'multiplicative' }), h).mean,
  );
  let month = months[months.length - 1] as string;
  const forecast = fc.mean.map((mean, i) => {
    month = nextBucket(month, 'month');
    return { month, mean, lower: fc.lower[i] as number, upper: fc.upper[i] as number };
  });
  const names = new Map(products.map((p) => [p.code, p.name]));
  const seasons = seasonalBestSellers(
    history.map((h) => ({
      date: `${h.month}-01`,
      product: names.get(h.product) ?? h.product,
      revenue: h.revenue,
    })),
    { date: 'date', product: 'product', value: 'revenue', season: 'quarter', top: 2 },
  );
  const svg = lineChartSvg({
    title: 'Doanh thu tháng và dự báo 12 tháng tới (triệu đồng)',
    history: months.map((m, i) => ({ label: m, value: y[i] as number })),
    forecast: forecast.map((f) => ({ label: f.month, value: f.mean, lower: f.lower, upper: f.upper })),
    legend: ['Thực tế', 'Dự báo', 'Khoảng 80 %'],
  });
  return {
    kpis,
    forecast,
    backtestMape: bt.overall.mape,
    bestSellers: seasons.seasons.map((s) => ({
      season: s.season,
      top: s.top.map((t) => ({ product: String(t.product), share: t.share })),
    })),
    svg,
  };
}
