import { invalid } from '../errors.js';
import { betaQuantile, fQuantile } from '../math/distributions.js';

/**
 * A Hotelling T² chart (biểu đồ T² đa biến).
 *
 * @example
 * const { statistics, ucl, signals } = hotellingT2Chart(subgroups);
 */
export interface HotellingChart {
  /** T² per point. */
  readonly statistics: Float64Array;
  /** Phase I upper control limit. */
  readonly ucl: number;
  /** Phase II upper prediction limit, for future points judged against this baseline. */
  readonly upl: number;
  /** Indices with T² above the UCL (phase I) or above the baseline's UPL (phase II). */
  readonly signals: readonly number[];
  /** Grand mean vector. */
  readonly center: readonly number[];
  /** Covariance matrix used (pooled within subgroups, or sample covariance of individuals). */
  readonly covariance: readonly (readonly number[])[];
  /** Confidence level of the limits. */
  readonly confidence: number;
  /** Variables (p), points (m) and subgroup size (n, 1 for individuals). */
  readonly p: number;
  readonly m: number;
  readonly n: number;
}

/**
 * Hotelling T² chart for subgrouped (`observations[i][j][k]` = subgroup i, item j, variable k) or individual
 * (`observations[i][k]`) multivariate data, as qcc `mqcc` (Montgomery §11.3; Tracy, Young & Mason 1992):
 *
 * - subgroups (n > 1): S = mean of the subgroup covariance matrices; T²ᵢ = n(x̄ᵢ − x̿)ᵀS⁻¹(x̄ᵢ − x̿);
 *   UCL = p(m−1)(n−1)/(mn−m−p+1)·F(conf; p, mn−m−p+1); UPL uses (m+1) for (m−1).
 * - individuals: S = sample covariance; UCL = (m−1)²/m·Beta(conf; p/2, (m−p−1)/2);
 *   UPL = p(m+1)(m−1)/(m(m−p))·F(conf; p, m−p).
 *
 * Default confidence (1 − 0.0027)^p, qcc's choice matching 3σ per variable. With `baseline` (a phase I chart),
 * new observations are scored against its mean and covariance and signal above its UPL (phase II).
 *
 * @example
 * // Ryan (2011) Table 9.2, p = 2, m = 20, n = 4: UCL 11.03976, points 10 and 20 above it
 * const chart = hotellingT2Chart(ryan);
 */
export function hotellingT2Chart(
  observations: readonly (readonly (readonly number[])[])[] | readonly (readonly number[])[],
  options: {
    confidence?: number;
    /** Phase II: judge these observations against a phase I chart's mean and covariance, signalling above its UPL. */
    baseline?: HotellingChart;
  } = {},
): HotellingChart {
  if (!Array.isArray(observations) || observations.length === 0) {
    throw invalid('QC/EMPTY_DATA', 'observations must not be empty', 'dữ liệu quan sát không được rỗng', [
      'observations',
    ]);
  }
  const grouped = Array.isArray(observations[0]) && Array.isArray((observations[0] as unknown[])[0]);
  const groups: number[][][] = grouped
    ? (observations as readonly (readonly (readonly number[])[])[]).map((g) => g.map((r) => [...r]))
    : (observations as readonly (readonly number[])[]).map((r) => [[...r]]);
  const m = groups.length;
  const n = groups[0]!.length;
  const p = groups[0]![0]?.length ?? 0;
  groups.forEach((g, i) => {
    if (g.length !== n) {
      throw invalid(
        'QC/UNEQUAL_SUBGROUPS',
        `subgroup ${i} has ${g.length} items, expected ${n}`,
        `nhóm con ${i} có ${g.length} phần tử, cần ${n}`,
        ['observations', i],
      );
    }
    g.forEach((r, j) => {
      if (r.length !== p || r.some((v) => !Number.isFinite(v))) {
        throw invalid(
          'QC/NOT_FINITE',
          `observation must have ${p} finite values`,
          `quan sát phải có ${p} giá trị hữu hạn`,
          grouped ? ['observations', i, j] : ['observations', i],
        );
      }
    });
  });
  if (p < 1)
    throw invalid('QC/EMPTY_DATA', 'observations need at least one variable', 'cần ít nhất một biến', [
      'observations',
      0,
    ]);
  const confidence = options.confidence ?? (1 - 0.0027) ** p;
  if (!(confidence > 0 && confidence < 1)) {
    throw invalid(
      'QC/INVALID_PARAMETER',
      `confidence must be in (0, 1), got ${confidence}`,
      `confidence phải trong (0, 1), nhận ${confidence}`,
      ['confidence'],
    );
  }
  const means = groups.map((g) => colMeans(g));
  const base = options.baseline;
  if (base !== undefined && (base.p !== p || base.n !== n)) {
    throw invalid(
      'QC/UNEQUAL_SUBGROUPS',
      `baseline has p = ${base.p}, n = ${base.n}; observations have p = ${p}, n = ${n}`,
      `dữ liệu chuẩn có p = ${base.p}, n = ${base.n}; quan sát có p = ${p}, n = ${n}`,
      ['baseline'],
    );
  }
  const grand = base ? [...base.center] : colMeans(means);
  let S: number[][];
  if (base) {
    S = base.covariance.map((r) => [...r]);
  } else if (n > 1) {
    S = zeros(p);
    for (const g of groups) {
      const c = covariance(g);
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) S[a]![b]! += c[a]![b]! / m;
    }
  } else {
    if (m <= p + 1) {
      throw invalid(
        'QC/EMPTY_DATA',
        `individual observations need more than p + 1 = ${p + 1} rows, got ${m}`,
        `cần hơn ${p + 1} quan sát, nhận ${m}`,
        ['observations'],
      );
    }
    S = covariance(means);
  }
  const inv = invert(S);
  const statistics = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const d = means[i]!.map((v, a) => v - grand[a]!);
    let t = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) t += d[a]! * inv[a]![b]! * d[b]!;
    statistics[i] = n * t;
  }
  let ucl: number;
  let upl: number;
  if (n > 1) {
    const df2 = m * n - m - p + 1;
    const f = fQuantile(confidence, p, df2);
    ucl = ((p * (m - 1) * (n - 1)) / df2) * f;
    upl = ((p * (m + 1) * (n - 1)) / df2) * f;
  } else {
    ucl = ((m - 1) ** 2 / m) * betaQuantile(confidence, p / 2, (m - p - 1) / 2);
    upl = ((p * (m + 1) * (m - 1)) / (m * (m - p))) * fQuantile(confidence, p, m - p);
  }
  if (base) {
    // Phase II: the limits belong to the baseline study.
    ucl = base.ucl;
    upl = base.upl;
  }
  const limit = base ? upl : ucl;
  const signals: number[] = [];
  statistics.forEach((t, i) => {
    if (t > limit) signals.push(i);
  });
  return {
    statistics,
    ucl,
    upl,
    signals,
    center: grand,
    covariance: S,
    confidence: base?.confidence ?? confidence,
    p,
    m: base?.m ?? m,
    n,
  };
}

function zeros(p: number): number[][] {
  return Array.from({ length: p }, () => new Array<number>(p).fill(0));
}

function colMeans(rows: readonly (readonly number[])[]): number[] {
  const p = rows[0]!.length;
  const out = new Array<number>(p).fill(0);
  for (const r of rows) for (let a = 0; a < p; a++) out[a]! += r[a]! / rows.length;
  return out;
}

function covariance(rows: readonly (readonly number[])[]): number[][] {
  const p = rows[0]!.length;
  const mu = colMeans(rows);
  const c = zeros(p);
  for (const r of rows)
    for (let a = 0; a < p; a++)
      for (let b = 0; b < p; b++) c[a]![b]! += ((r[a]! - mu[a]!) * (r[b]! - mu[b]!)) / (rows.length - 1);
  return c;
}

function invert(S: readonly (readonly number[])[]): number[][] {
  const p = S.length;
  const a = S.map((r, i) => [...r, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...S.map((r, i) => Math.abs(r[i]!)));
  for (let col = 0; col < p; col++) {
    let piv = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[piv]![col]!)) piv = r;
    if (!(Math.abs(a[piv]![col]!) > 1e-12 * scale)) {
      throw invalid(
        'QC/SINGULAR_COVARIANCE',
        'the covariance matrix is singular (a variable is constant or a linear combination of others)',
        'ma trận hiệp phương sai suy biến (một biến là hằng số hoặc tổ hợp tuyến tính của biến khác)',
        ['observations'],
      );
    }
    [a[col], a[piv]] = [a[piv]!, a[col]!];
    const d = a[col]![col]!;
    for (let j = 0; j < 2 * p; j++) a[col]![j]! /= d;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f !== 0) for (let j = 0; j < 2 * p; j++) a[r]![j]! -= f * a[col]![j]!;
    }
  }
  return a.map((r) => r.slice(p));
}
