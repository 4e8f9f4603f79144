import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  dateOf,
  dateParts,
  endOfMonth,
  isoWeek,
  type Period,
  weekday,
} from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';

/** Calendar bucket units. */
export type BucketUnit = 'day' | 'isoWeek' | 'month' | 'quarter' | 'year';

/**
 * A fiscal bucket: years (or quarters) starting on the first day of `startMonth` (1–12). The label is
 * the calendar year in which the fiscal year ends (`'end-year'`, default — FY2027 = Apr 2026–Mar 2027
 * for `startMonth: 4`) or begins (`'start-year'`).
 */
export interface FiscalBucket {
  readonly unit: 'fiscalYear' | 'fiscalQuarter';
  readonly startMonth: number;
  readonly label?: 'end-year' | 'start-year';
}

/** How dates are bucketed: a {@link BucketUnit} or a {@link FiscalBucket}. */
export type BucketSpec = BucketUnit | FiscalBucket;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function checkSpec(spec: BucketSpec): void {
  if (typeof spec === 'object') {
    if (!Number.isInteger(spec.startMonth) || spec.startMonth < 1 || spec.startMonth > 12) {
      fail(
        ANALYTICS_ERRORS.INVALID_OPTION,
        'startMonth must be an integer 1–12',
        'tháng bắt đầu năm tài chính phải từ 1 đến 12',
        ['startMonth'],
        { received: spec.startMonth },
      );
    }
  } else if (!['day', 'isoWeek', 'month', 'quarter', 'year'].includes(spec)) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      `unknown bucket unit '${String(spec)}'`,
      `đơn vị nhóm thời gian không hợp lệ '${String(spec)}'`,
      ['unit'],
    );
  }
}

function fiscalStartYear(year: number, month: number, startMonth: number): number {
  return startMonth === 1 || month >= startMonth ? year : year - 1;
}

function fiscalLabelYear(startYear: number, spec: FiscalBucket): number {
  if ((spec.label ?? 'end-year') === 'start-year' || spec.startMonth === 1) return startYear;
  return startYear + 1;
}

/**
 * The bucket a date falls in, as a sortable key: day `2026-03-05`, ISO week `2026-W09` (ISO 8601 week-year),
 * month `2026-03`, quarter `2026-Q1`, year `2026`, fiscal year `FY2027`, fiscal quarter `FY2027-Q1`.
 * Pure string arithmetic on {@link CalendarDate}: no JS `Date`, so no time-zone shift.
 *
 * @example
 * ```ts
 * bucketKey(calendarDate('2026-01-01'), 'isoWeek'); // '2026-W01'
 * bucketKey(calendarDate('2026-03-31'), { unit: 'fiscalYear', startMonth: 4 }); // 'FY2026'
 * ```
 */
export function bucketKey(date: CalendarDate, spec: BucketSpec): string {
  checkSpec(spec);
  const { year, month } = dateParts(date);
  if (typeof spec === 'object') {
    const sy = fiscalStartYear(year, month, spec.startMonth);
    const fy = `FY${pad(fiscalLabelYear(sy, spec), 4)}`;
    if (spec.unit === 'fiscalYear') return fy;
    return `${fy}-Q${Math.floor(((month - spec.startMonth + 12) % 12) / 3) + 1}`;
  }
  switch (spec) {
    case 'day':
      return date;
    case 'isoWeek': {
      const w = isoWeek(date);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'month':
      return `${pad(year, 4)}-${pad(month)}`;
    case 'quarter':
      return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
    default:
      return pad(year, 4);
  }
}

function badKey(key: string, spec: BucketSpec): never {
  return fail(
    ANALYTICS_ERRORS.INVALID_BUCKET,
    `'${key}' is not a ${typeof spec === 'object' ? spec.unit : spec} bucket key`,
    `'${key}' không phải khoá nhóm thời gian ${typeof spec === 'object' ? spec.unit : spec}`,
    ['key'],
    { received: key },
  );
}

/**
 * First day of a bucket.
 *
 * @throws `ANALYTICS/INVALID_BUCKET` when the key does not belong to the unit
 * @example bucketStart('2026-W01', 'isoWeek') // '2025-12-29'
 */
export function bucketStart(key: string, spec: BucketSpec): CalendarDate {
  checkSpec(spec);
  let m: RegExpExecArray | null;
  if (typeof spec === 'object') {
    m = /^FY(\d{4})(?:-Q([1-4]))?$/.exec(key);
    if (!m || (spec.unit === 'fiscalQuarter') !== (m[2] !== undefined)) return badKey(key, spec);
    const labelYear = Number(m[1]);
    const startYear =
      (spec.label ?? 'end-year') === 'start-year' || spec.startMonth === 1 ? labelYear : labelYear - 1;
    const start = dateOf(startYear, spec.startMonth, 1);
    return m[2] === undefined ? start : addMonths(start, (Number(m[2]) - 1) * 3);
  }
  switch (spec) {
    case 'day':
      return calendarDate(key, 'key');
    case 'isoWeek': {
      m = /^(\d{4})-W(\d{2})$/.exec(key);
      if (!m) return badKey(key, spec);
      const jan4 = dateOf(Number(m[1]), 1, 4);
      const week1Monday = addDays(jan4, 1 - weekday(jan4));
      const start = addDays(week1Monday, (Number(m[2]) - 1) * 7);
      if (bucketKey(start, 'isoWeek') !== key) return badKey(key, spec);
      return start;
    }
    case 'month':
      m = /^(\d{4})-(\d{2})$/.exec(key);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return badKey(key, spec);
      return dateOf(Number(m[1]), Number(m[2]), 1);
    case 'quarter':
      m = /^(\d{4})-Q([1-4])$/.exec(key);
      if (!m) return badKey(key, spec);
      return dateOf(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1);
    default:
      m = /^(\d{4})$/.exec(key);
      if (!m) return badKey(key, spec);
      return dateOf(Number(m[1]), 1, 1);
  }
}

function stepMonths(spec: BucketSpec): number {
  if (typeof spec === 'object') return spec.unit === 'fiscalYear' ? 12 : 3;
  return spec === 'month' ? 1 : spec === 'quarter' ? 3 : 12;
}

/**
 * The bucket `n` steps after (negative: before) `key`.
 * @example nextBucket('2026-12', 'month') // '2027-01'
 */
export function nextBucket(key: string, spec: BucketSpec, n = 1): string {
  const start = bucketStart(key, spec);
  if (spec === 'day') return addDays(start, n);
  if (spec === 'isoWeek') return bucketKey(addDays(start, 7 * n), spec);
  return bucketKey(addMonths(start, stepMonths(spec) * n), spec);
}

/**
 * Last day of a bucket.
 * @example bucketEnd('2026-Q1', 'quarter') // '2026-03-31'
 */
export function bucketEnd(key: string, spec: BucketSpec): CalendarDate {
  if (spec === 'day') return bucketStart(key, spec);
  if (spec === 'isoWeek') return addDays(bucketStart(key, spec), 6);
  return endOfMonth(addMonths(bucketStart(key, spec), stepMonths(spec) - 1));
}

/**
 * A bucket as a `@bo/core` {@link Period} (first and last day, both included).
 * @example bucketPeriod('FY2027', { unit: 'fiscalYear', startMonth: 4 }) // { start: '2026-04-01', end: '2027-03-31' }
 */
export function bucketPeriod(key: string, spec: BucketSpec): Period {
  return { start: bucketStart(key, spec), end: bucketEnd(key, spec) };
}

/**
 * Every bucket key from `from` to `to` inclusive (both bucket keys of the same spec). Empty when `to`
 * is before `from`.
 *
 * @example bucketRange('2026-11', '2027-02', 'month') // ['2026-11', '2026-12', '2027-01', '2027-02']
 */
export function bucketRange(from: string, to: string, spec: BucketSpec): string[] {
  const end = bucketStart(to, spec);
  const out: string[] = [];
  let k = from;
  let start = bucketStart(k, spec);
  while (start <= end) {
    out.push(k);
    k = nextBucket(k, spec);
    start = bucketStart(k, spec);
  }
  return out;
}

/** Options of {@link fillBuckets}. */
export interface FillBucketsOptions<R> {
  /** Field holding the bucket key. */
  readonly field: keyof R & string;
  /** The bucket spec of the keys. */
  readonly spec: BucketSpec;
  /** First bucket; default the smallest key present. */
  readonly from?: string;
  /** Last bucket; default the largest key present. */
  readonly to?: string;
  /** Builds the row for a bucket that has none (state the meaning: zero sales, or `null` = no data). */
  readonly fill: (key: string) => R;
}

/**
 * Inserts a row for every bucket with no row between `from` and `to`, and returns the rows in bucket order
 * (rows outside the range are dropped; several rows in one bucket keep their input order).
 *
 * @example
 * ```ts
 * fillBuckets(monthly, { field: 'month', spec: 'month', fill: (month) => ({ month, revenue: new Decimal(0) }) });
 * ```
 */
export function fillBuckets<R extends Readonly<Record<string, unknown>>>(
  rows: readonly R[],
  options: FillBucketsOptions<R>,
): R[] {
  const by = new Map<string, R[]>();
  for (const r of rows) {
    const k = String(r[options.field]);
    bucketStart(k, options.spec);
    const list = by.get(k);
    if (list) list.push(r);
    else by.set(k, [r]);
  }
  const keys = [...by.keys()].sort((a, b) =>
    bucketStart(a, options.spec) < bucketStart(b, options.spec) ? -1 : 1,
  );
  const from = options.from ?? keys[0];
  const to = options.to ?? keys[keys.length - 1];
  if (from === undefined || to === undefined) return [];
  const out: R[] = [];
  for (const k of bucketRange(from, to, options.spec)) {
    const list = by.get(k);
    if (list) out.push(...list);
    else out.push(options.fill(k));
  }
  return out;
}
