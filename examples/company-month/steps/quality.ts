// Step 4 — @bo/qc: the Bắc Ninh CNC line's shaft diameters on an X̄–R chart, Nelson rules, capability
// against the drawing (Ø25.000 ± 0.050 mm), and a nonconformance opened for the signals.
import {
  advanceNonconformance,
  evaluateRules,
  firstSignalPerPoint,
  NELSON_RULES,
  type Nonconformance,
  openNonconformance,
  phaseOne,
  processCapability,
  renderChartSvg,
  xbarRChart,
} from '@bo/qc';
import type { Measurement } from './data.js';

export interface QualityResult {
  readonly svg: string;
  readonly signals: readonly { date: string; rule: string; side: string }[];
  readonly cp: number | null;
  readonly cpk: number;
  readonly ppk: number;
  readonly center: number;
  readonly sigma: number;
  readonly ncr: Nonconformance;
  readonly subgroups: number;
}

export const SPEC = { lsl: 24.95, usl: 25.05 } as const;

export function controlTheLine(measurements: readonly Measurement[]): QualityResult {
  const subgroups = measurements.map((m) => [...m.values]);
  const dates = measurements.map((m) => m.date);
  // Phase I on the first fortnight, which production signed off as stable; phase II charts the month.
  const baselineDays = subgroups.slice(0, 14);
  const study = phaseOne(
    (exclude) => xbarRChart(baselineDays, { exclude }),
    (pair) => [pair.xbar, pair.dispersion],
  );
  const baseline = study.result.estimate;
  const { xbar, dispersion } = xbarRChart(subgroups, { baseline, labels: dates });
  const signals = evaluateRules(xbar, NELSON_RULES);
  const rangeSignals = evaluateRules(dispersion);
  const first = firstSignalPerPoint(signals);
  const cap = processCapability(subgroups, SPEC, { within: baseline });
  let ncr = openNonconformance({
    id: 'NCR-2026-09-01',
    title: 'Đường kính trục Ø25 trôi lên (X̄ vượt giới hạn) / Shaft diameter drifting up',
    description: `Nelson signals on ${first.map((s) => `${dates[s.index]} (${s.rule})`).join(', ')}; Cpk ${cap.cpk.toFixed(2)}`,
    source: 'process',
    severity: first.some((s) => s.rule === 'N1') ? 'major' : 'minor',
    opened: { by: 'qc.hung', at: '2026-09-29T08:00:00Z' },
  });
  if (first.length > 0) {
    ncr = advanceNonconformance(ncr, {
      type: 'contain',
      by: 'qa.lan',
      at: '2026-09-29T09:30:00Z',
      actions: [
        'Cách ly lô 23–30/9 / Hold lots of 23–30 Sept',
        'Đo 100 % lô cách ly / 100 % gauge the held shafts',
      ],
    });
    ncr = advanceNonconformance(ncr, {
      type: 'analyse',
      by: 'eng.son',
      at: '2026-09-30T10:00:00Z',
      method: '5-why',
      rootCause: 'Dao tiện mòn sau 4 000 chi tiết / Turning insert worn after 4 000 parts',
      category: 'machines',
    });
  }
  return {
    svg: renderChartSvg(xbar, {
      signals: [...signals, ...rangeSignals],
      locale: 'vi',
      title: 'Đường kính trục Ø25 — X̄ (tháng 9/2026)',
    }),
    signals: first.map((s) => ({ date: dates[s.index] ?? '', rule: s.rule, side: s.side })),
    cp: cap.cp,
    cpk: cap.cpk,
    ppk: cap.ppk,
    center: baseline.center,
    sigma: baseline.sigma,
    ncr,
    subgroups: subgroups.length,
  };
}
