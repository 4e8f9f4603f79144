/**
 * A month of piston-ring measurements → X̄–R chart (SVG) → run-rule signals → capability → NCR → CAPA.
 * Run: npx tsx examples/qc-month/main.ts  (writes examples/qc-month/out/*.svg)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CalendarDate, addDays, calendarDate, weekday } from '@bo/core';
import {
  NELSON_RULES,
  advanceNonconformance,
  cusumArl,
  cusumChart,
  renderCusumSvg,
  evaluateRules,
  firstSignalPerPoint,
  openNonconformance,
  paretoAnalysis,
  phaseOne,
  processCapability,
  renderChartSvg,
  xbarRChart,
} from '@bo/qc';
import { lastMonth, thisMonth } from './data.js';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`qc-month: ${what}`);
}
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

// 1. Production days of November 2026 (Mon–Fri), one subgroup of 5 rings per day.
const days: CalendarDate[] = [];
for (let d = calendarDate('2026-11-02'); days.length < thisMonth.length; d = addDays(d, 1)) {
  if (weekday(d) <= 5) days.push(d);
}

// 2. Phase I on last month: estimate, drop assignable causes, re-estimate.
const study = phaseOne(
  (exclude) => xbarRChart(lastMonth, { exclude }),
  (pair) => [pair.xbar, pair.dispersion],
);
const baseline = study.result.estimate;
check(study.converged && study.excluded.length === 0, 'last month should be in control');
check(near(study.result.xbar.ucl[0]!, 74.014304, 1e-6), 'X̄ UCL must match Montgomery/qcc (74.0143)');
check(near(study.result.dispersion.ucl[0]!, 0.048125, 1e-6), 'R UCL must match qcc (0.04812533)');
console.log(
  `Baseline (phase I): X̿ = ${baseline.center.toPrecision(7)} mm, σ = R̄/d2 = ${baseline.sigma.toPrecision(4)} mm`,
);

// 3. Phase II: this month against the frozen limits, with dates on the axis.
const { xbar, dispersion } = xbarRChart(thisMonth, { baseline, labels: days });
const signals = evaluateRules(xbar, NELSON_RULES);
const rangeSignals = evaluateRules(dispersion); // dispersion chart: beyond-limits only by default
const byPoint = firstSignalPerPoint(signals);
for (const s of byPoint)
  console.log(`  ${days[s.index]}: ${s.rule} (${s.side}), points ${s.points.map((i) => days[i]).join(', ')}`);
check(
  JSON.stringify(byPoint.map((s) => [s.index, s.rule])) ===
    JSON.stringify([
      [9, 'N5'],
      [11, 'N1'],
      [12, 'N1'],
      [13, 'N1'],
      [14, 'N5'],
    ]),
  'Nelson signals must be 35→N5, 37–39→N1, 40→N5 (qcc 3.0)',
);
check(rangeSignals.length === 0, 'ranges stay in control');

// 4. Charts as SVG files.
const out = join(dirname(fileURLToPath(import.meta.url)), 'out');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'xbar.svg'),
  renderChartSvg(xbar, { signals, locale: 'vi', title: 'Đường kính trong vòng piston — X̄ (tháng 11/2026)' }),
);
writeFileSync(join(out, 'range.svg'), renderChartSvg(dispersion, { signals: rangeSignals }));
// A CUSUM of the same month (k = 0.5σ, h = 5σ) confirms the upward shift.
const cusum = cusumChart(thisMonth, { baseline });
check(
  JSON.stringify(cusum.signals.map((s) => s.index)) === JSON.stringify([11, 12, 13, 14]),
  'CUSUM must signal upward on the last four days (qcc 3.0)',
);
writeFileSync(join(out, 'cusum.svg'), renderCusumSvg(cusum, { labels: days }));
// What that design costs: a false alarm every ~465 days in control, a 1σ shift caught in ~10 days.
const [inControl, oneSigma] = cusumArl({ k: 0.5, h: 5 }, [0, 1]);
console.log(
  `CUSUM k = 0.5, h = 5: ARL ${inControl!.arl.toFixed(0)} in control, ${oneSigma!.arl.toFixed(1)} for a 1σ shift`,
);
check(
  Math.round(inControl!.arl) === 465 && oneSigma!.arl.toFixed(1) === '10.4',
  'CUSUM ARL must match Montgomery Table 9.3',
);
console.log(`SVG written to ${out}`);

// 5. Capability of the month against the drawing spec 74.000 ± 0.050 mm, σ within from the baseline.
const cap = processCapability(thisMonth, { lsl: 73.95, usl: 74.05 }, { within: baseline });
console.log(
  `Cp ${cap.cp?.toFixed(2)}  Cpk ${cap.cpk.toFixed(2)} [${cap.cpkInterval.lower.toFixed(2)}, ${cap.cpkInterval.upper.toFixed(2)}]  ` +
    `Pp ${cap.pp?.toFixed(2)}  Ppk ${cap.ppk.toFixed(2)}  expected ${cap.expectedPpm.total.toFixed(1)} ppm  ` +
    `AD p = ${cap.normality.pValue.toFixed(3)}`,
);
check(near(cap.cp!, 1.703281, 1e-6), 'Cp with the baseline σ must equal last month’s (1.703281)');
check(cap.cpk === cap.cpu && cap.ppk < 1.33, 'the upward drift must show: Cpk = Cpu and Ppk < 1.33');

// 6. Nonconformance report for the out-of-control days, then the CAPA loop.
let ncr = openNonconformance({
  id: 'NCR-2026-031',
  title: 'Inside diameter drifting up (X̄ beyond UCL on 3 days)',
  description: `Nelson signals on ${byPoint.map((s) => days[s.index]).join(', ')}; Cpu ${cap.cpu?.toFixed(2)}`,
  source: 'process',
  severity: 'major',
  opened: { by: 'qc.minh', at: '2026-11-20T08:30:00Z' },
});
const causes = paretoAnalysis({
  'honing tool wear': 9,
  'bore gauge drift': 3,
  'material hardness': 2,
  'operator setup': 1,
});
ncr = advanceNonconformance(ncr, {
  type: 'contain',
  by: 'qa.lan',
  at: '2026-11-20T09:00:00Z',
  actions: ['Hold lots of 17–20 Nov', '100 % gauge the held rings'],
});
ncr = advanceNonconformance(ncr, {
  type: 'analyse',
  by: 'eng.tuan',
  at: '2026-11-21T10:00:00Z',
  method: 'ishikawa',
  rootCause: `${causes[0]!.category} (${causes[0]!.percent.toFixed(0)} % of observed causes)`,
  category: 'machines',
});
ncr = advanceNonconformance(ncr, {
  type: 'plan-action',
  by: 'eng.tuan',
  at: '2026-11-21T11:00:00Z',
  actions: [
    {
      description: 'Replace honing tool; add tool-life counter at 5 000 rings',
      owner: 'maint.hai',
      due: '2026-11-25',
    },
  ],
});
ncr = advanceNonconformance(ncr, {
  type: 'verify',
  by: 'qa.lan',
  at: '2026-12-10T08:00:00Z',
  effective: true,
  evidence: '10 days in control after the change',
});
ncr = advanceNonconformance(ncr, { type: 'close', by: 'qa.manager', at: '2026-12-10T09:00:00Z' });
check(ncr.status === 'closed' && ncr.history.length === 5, 'CAPA must close after an effective verification');
for (const step of ncr.history) console.log(`  ${step.at} ${step.by}: ${step.type}`);
console.log(`${ncr.id}: ${ncr.status}`);
