import { assertFinite, assertNonEmpty, assertParameter, invalid } from '../errors.js';
import type { ChartOptions, ChartType, ControlChart, ProcessEstimate } from './control-chart.js';

/** Validates subgroups: non-empty, each of at least `minSize` finite values (and at most `maxSize`). @internal */
export function validateSubgroups(
  subgroups: readonly (readonly number[])[],
  minSize: number,
  maxSize: number,
  path = 'subgroups',
): void {
  if (!Array.isArray(subgroups)) {
    throw invalid('QC/INVALID_INPUT', `${path} must be an array of arrays`, `${path} phải là mảng các mảng`, [
      path,
    ]);
  }
  assertNonEmpty(subgroups, [path]);
  for (let i = 0; i < subgroups.length; i++) {
    const g = subgroups[i]!;
    if (!Array.isArray(g)) {
      throw invalid('QC/INVALID_INPUT', `subgroup ${i} must be an array`, `nhóm con ${i} phải là mảng`, [
        path,
        i,
      ]);
    }
    if (g.length < minSize) {
      throw invalid(
        'QC/SUBGROUP_TOO_SMALL',
        `subgroup ${i} has ${g.length} value(s); this chart needs at least ${minSize}`,
        `nhóm con ${i} có ${g.length} giá trị; biểu đồ này cần ít nhất ${minSize}`,
        [path, i],
        { size: g.length, minSize },
      );
    }
    if (g.length > maxSize) {
      throw invalid(
        'QC/SUBGROUP_SIZE_OUT_OF_TABLE',
        `subgroup ${i} has ${g.length} values; this chart supports at most ${maxSize} (use X̄–S)`,
        `nhóm con ${i} có ${g.length} giá trị; tối đa ${maxSize} (hãy dùng X̄–S)`,
        [path, i],
        { size: g.length, maxSize },
      );
    }
    for (let j = 0; j < g.length; j++) {
      const x = g[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) assertFinite(x, [path, i, j]);
    }
  }
}

/** Validates a series of finite numbers. @internal */
export function validateSeries(values: readonly number[], path: string, minLength = 1): void {
  if (!Array.isArray(values)) {
    throw invalid('QC/INVALID_INPUT', `${path} must be an array of numbers`, `${path} phải là mảng số`, [
      path,
    ]);
  }
  assertNonEmpty(values, [path]);
  if (values.length < minLength) {
    throw invalid(
      'QC/EMPTY_DATA',
      `${path} needs at least ${minLength} values, got ${values.length}`,
      `${path} cần ít nhất ${minLength} giá trị, nhận ${values.length}`,
      [path],
      { length: values.length, minLength },
    );
  }
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) assertFinite(x, [path, i]);
  }
}

/** Resolved common options. @internal */
export interface ResolvedOptions {
  readonly nsigmas: number;
  readonly included: Uint8Array;
  readonly excluded: readonly number[];
  readonly baseline: { readonly center: number; readonly sigma: number } | undefined;
  readonly target: number | undefined;
  readonly labels: readonly string[] | undefined;
}

/** Validates and resolves {@link ChartOptions} for a chart of `count` points. @internal */
export function resolveOptions(options: ChartOptions | undefined, count: number): ResolvedOptions {
  const nsigmas = options?.nsigmas ?? 3;
  assertParameter(nsigmas, 'nsigmas', (v) => v > 0, 'a positive number');
  const included = new Uint8Array(count).fill(1);
  const excluded: number[] = [];
  for (const [k, i] of (options?.exclude ?? []).entries()) {
    if (!Number.isInteger(i) || i < 0 || i >= count) {
      throw invalid(
        'QC/INVALID_PARAMETER',
        `exclude[${k}] must be a point index 0…${count - 1}, got ${i}`,
        `exclude[${k}] phải là chỉ số điểm 0…${count - 1}, nhận ${i}`,
        ['exclude', k],
        { value: i },
      );
    }
    if (included[i] === 1) excluded.push(i);
    included[i] = 0;
  }
  excluded.sort((a, b) => a - b);
  const baseline = options?.baseline;
  if (baseline !== undefined) {
    assertFinite(baseline.center, ['baseline', 'center']);
    assertParameter(baseline.sigma, 'baseline.sigma', (v) => v > 0, 'a positive number');
  } else if (excluded.length === count) {
    throw invalid(
      'QC/EMPTY_DATA',
      'every point is excluded: nothing left to estimate from',
      'mọi điểm đều bị loại: không còn dữ liệu để ước lượng',
      ['exclude'],
    );
  }
  const labels = options?.labels;
  if (labels !== undefined && labels.length !== count) {
    throw invalid(
      'QC/INVALID_PARAMETER',
      `labels must have one entry per point (${count}), got ${labels.length}`,
      `labels phải có ${count} phần tử, nhận ${labels.length}`,
      ['labels'],
      { expected: count, received: labels.length },
    );
  }
  const target = options?.target;
  if (target !== undefined) assertFinite(target, ['target']);
  return { nsigmas, included, excluded, baseline, target, labels };
}

/** Assembles a chart object. @internal */
export function makeChart(
  type: ChartType,
  statistics: Float64Array,
  center: Float64Array,
  lcl: Float64Array,
  ucl: Float64Array,
  sigma: Float64Array,
  sizes: Float64Array,
  estimate: ProcessEstimate,
  opts: ResolvedOptions,
): ControlChart {
  const chart: ControlChart = {
    type,
    statistics,
    center,
    lcl,
    ucl,
    sigma,
    sizes,
    nsigmas: opts.nsigmas,
    estimate,
    excluded: opts.baseline ? [] : opts.excluded,
    phaseTwo: opts.baseline !== undefined,
    ...(opts.labels ? { labels: opts.labels } : {}),
  };
  return chart;
}

/** Throws `QC/ZERO_VARIATION` when a σ estimate is not positive. @internal */
export function assertVariation(sigma: number, what: string): void {
  if (!(sigma > 0) || !Number.isFinite(sigma)) {
    throw invalid(
      'QC/ZERO_VARIATION',
      `${what}: the estimated σ is ${sigma}; limits need some variation in the data`,
      `${what}: σ ước lượng bằng ${sigma}; cần dữ liệu có biến động để tính giới hạn`,
      [],
      { sigma },
    );
  }
}

/**
 * Subgroups in one flat array, row by row, all of the same size — the compact form for large data sets
 * (no array per subgroup).
 *
 * @example
 * const flat: FlatSubgroups = { values: Float64Array.from([1, 2, 3, 4]), subgroupSize: 2 };
 */
export interface FlatSubgroups {
  /** Measurements, subgroup after subgroup. */
  readonly values: ArrayLike<number>;
  /** Measurements per subgroup. */
  readonly subgroupSize: number;
}

/**
 * Subgroups of measurements: an array of arrays (sizes may vary) or a {@link FlatSubgroups}.
 *
 * @example
 * const s: Subgroups = [[74.03, 74.002], [73.995, 73.992]];
 */
export type Subgroups = readonly (readonly number[])[] | FlatSubgroups;

/** @internal */
export function isFlatSubgroups(s: Subgroups): s is FlatSubgroups {
  return !Array.isArray(s) && typeof s === 'object' && s !== null && 'subgroupSize' in s;
}

/** Validates flat subgroups and returns count and size. @internal */
export function validateFlatSubgroups(
  s: FlatSubgroups,
  minSize: number,
  maxSize: number,
  checkValues = true,
): { count: number; size: number; values: ArrayLike<number> } {
  const size = s.subgroupSize;
  if (!Number.isInteger(size) || size < minSize) {
    throw invalid(
      'QC/SUBGROUP_TOO_SMALL',
      `subgroupSize must be an integer ≥ ${minSize}, got ${size}`,
      `subgroupSize phải là số nguyên ≥ ${minSize}, nhận ${size}`,
      ['subgroupSize'],
      { size, minSize },
    );
  }
  if (size > maxSize) {
    throw invalid(
      'QC/SUBGROUP_SIZE_OUT_OF_TABLE',
      `subgroupSize must be at most ${maxSize}, got ${size}`,
      `subgroupSize tối đa ${maxSize}, nhận ${size}`,
      ['subgroupSize'],
      { size, maxSize },
    );
  }
  const v = s.values;
  assertNonEmpty(Array.from({ length: Math.min(v.length, 1) }), ['values']);
  if (v.length % size !== 0) {
    throw invalid(
      'QC/UNEQUAL_SUBGROUPS',
      `values (${v.length}) is not a whole number of subgroups of ${size}`,
      `số giá trị (${v.length}) không chia hết cho cỡ nhóm ${size}`,
      ['values'],
      { length: v.length, size },
    );
  }
  if (checkValues) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) assertFinite(x, ['values', i]);
    }
  }
  return { count: v.length / size, size, values: v };
}
