/**
 * A back-office KPI sheet from plain figures: finance (margins, liquidity, working-capital days), HR (headcount,
 * turnover, retention, absenteeism, tenure, overtime) and operations (defects, DPMO, sigma, FPY, OEE). Each
 * KPI prints its formula and source and the example throws if a value is wrong.
 * Run: npx tsx examples/analytics-kpis/main.ts
 */
import { calendarDate, money } from '@bo/core';
import {
  absenteeismRate,
  averageTenure,
  budgetVariance,
  cashConversionCycle,
  currentRatio,
  dpmo,
  firstPassYield,
  grossMargin,
  headcount,
  type KpiResult,
  netMargin,
  oee,
  overtimeRatio,
  quickRatio,
  retentionRate,
  sigmaLevel,
  turnoverRate,
} from '@bo/analytics';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`analytics-kpis: ${what}`);
};
const show = (label: string, k: KpiResult, digits = 4) =>
  console.log(
    `${label.padEnd(28)} ${k.value.toFixed(digits).padStart(14)} ${k.unit.padEnd(11)} ${k.formula}`,
  );

console.log('— Finance (VND) —');
const vnd = (s: string) => money(s, 'VND');
const gm = grossMargin({ revenue: vnd('12000000000'), cogs: vnd('4000000000') });
show('Gross margin', gm);
show('Net margin', netMargin({ revenue: vnd('12000000000'), netIncome: vnd('1380000000') }));
show(
  'Current ratio',
  currentRatio({ currentAssets: vnd('5400000000'), currentLiabilities: vnd('3600000000') }),
);
show(
  'Quick ratio',
  quickRatio({
    cash: vnd('900000000'),
    shortTermInvestments: vnd('300000000'),
    receivables: vnd('660000000'),
    currentLiabilities: vnd('3600000000'),
  }),
);
const ccc = cashConversionCycle({
  revenue: '12000',
  cogs: '4000',
  inventory: '2050',
  receivables: '660',
  payables: '1200',
});
show('Cash conversion cycle', ccc, 2);
console.log(
  `  DIO ${ccc.inputs.dio.toFixed(2)} + DSO ${ccc.inputs.dso.toFixed(2)} − DPO ${ccc.inputs.dpo.toFixed(2)}   (${ccc.source})`,
);
const bv = budgetVariance({ actual: vnd('2150000000'), budget: vnd('2000000000'), kind: 'cost' });
console.log(
  `${'Cost vs budget'.padEnd(28)} ${bv.value.toFixed(0).padStart(14)} VND  ${bv.favourable ? 'favourable' : 'unfavourable'} (${bv.ratio?.times(100).toFixed(1)} %)`,
);
check(ccc.value.toFixed(2) === '97.64', 'CCC of the reference worked example is 97.64 days');
check(!bv.favourable, 'a cost overrun is unfavourable');

console.log('\n— HR —');
const staff = [
  { id: 'NV001', hireDate: '2018-03-01' },
  { id: 'NV002', hireDate: '2021-07-15' },
  { id: 'NV003', hireDate: '2023-01-09', terminationDate: '2026-02-28' },
  { id: 'NV004', hireDate: '2024-05-20' },
  { id: 'NV005', hireDate: '2025-11-03', terminationDate: '2026-01-31' },
  { id: 'NV006', hireDate: '2026-02-02' },
];
const q1 = { from: calendarDate('2026-01-01'), to: calendarDate('2026-03-31') };
show('Headcount 31/03/2026', headcount(staff, q1.to), 0);
const turnover = turnoverRate({ employees: staff, ...q1 });
show('Turnover Q1 2026', turnover);
show('Retention Q1 2026', retentionRate({ employees: staff, ...q1 }));
show('Absenteeism', absenteeismRate({ hoursAbsent: 96, hoursScheduled: 6240 }));
show('Average tenure (years)', averageTenure(staff, q1.to), 2);
show('Overtime ratio', overtimeRatio({ overtimeHours: 310, regularHours: 6240 }));
check(turnover.value.toFixed(4) === '0.4444', 'two separations over an average headcount of (5 + 4) ÷ 2');

console.log('\n— Quality and operations —');
const d = dpmo({ defects: 3432, units: 83934, opportunitiesPerUnit: 8 });
show('DPMO', d, 2);
show('Sigma level (short-term)', sigmaLevel({ dpmo: d.value }), 2);
show('First-pass yield', firstPassYield({ passedFirstTime: 18848, entered: 19271 }));
const o = oee({
  plannedProductionTime: 420,
  stopTime: 47,
  idealRunRate: 60,
  totalCount: 19271,
  goodCount: 18848,
});
show('OEE', o);
console.log(
  `  availability ${o.inputs.availability.toFixed(4)} × performance ${o.inputs.performance.toFixed(4)} × quality ${o.inputs.quality.toFixed(4)}`,
);
check(d.value.toFixed(2) === '5111.16', 'DPMO of the reference worked example');
check(o.value.toFixed(4) === '0.7479', 'OEE of the oee.com worked example');
