import {
  addDays,
  type CalendarDate,
  calendarDate,
  fiscalYearOf,
  fromEpochDay,
  isBoError,
  toEpochDay,
} from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketEnd,
  bucketPeriod,
  bucketKey,
  bucketRange,
  bucketStart,
  count,
  fillBuckets,
  groupBy,
  nextBucket,
  type BucketSpec,
} from '../src/index.js';

const d = (s: string) => calendarDate(s);

describe('bucketKey', () => {
  it('buckets by day, ISO week, month, quarter, year', () => {
    expect(bucketKey(d('2026-03-05'), 'day')).toBe('2026-03-05');
    expect(bucketKey(d('2026-03-05'), 'month')).toBe('2026-03');
    expect(bucketKey(d('2026-03-05'), 'quarter')).toBe('2026-Q1');
    expect(bucketKey(d('2026-10-01'), 'quarter')).toBe('2026-Q4');
    expect(bucketKey(d('2026-03-05'), 'year')).toBe('2026');
  });

  it('uses ISO 8601 week-years (ISO 8601-1:2019 §5.2.4.1: week 1 holds the year’s first Thursday)', () => {
    expect(bucketKey(d('2026-01-01'), 'isoWeek')).toBe('2026-W01'); // Thursday
    expect(bucketKey(d('2027-01-01'), 'isoWeek')).toBe('2026-W53'); // Friday of 2026-W53
    expect(bucketKey(d('2024-12-30'), 'isoWeek')).toBe('2025-W01'); // Monday
    expect(bucketStart('2026-W01', 'isoWeek')).toBe('2025-12-29');
    expect(bucketEnd('2026-W53', 'isoWeek')).toBe('2027-01-03');
  });

  it('handles fiscal years with any start month, labelled by end or start year', () => {
    const fy4: BucketSpec = { unit: 'fiscalYear', startMonth: 4 };
    expect(bucketKey(d('2026-03-31'), fy4)).toBe('FY2026');
    expect(bucketKey(d('2026-04-01'), fy4)).toBe('FY2027');
    expect(bucketKey(d('2026-04-01'), { ...fy4, label: 'start-year' })).toBe('FY2026');
    expect(bucketKey(d('2026-12-31'), { unit: 'fiscalYear', startMonth: 1 })).toBe('FY2026');
    const fq10: BucketSpec = { unit: 'fiscalQuarter', startMonth: 10 };
    expect(bucketKey(d('2026-10-15'), fq10)).toBe('FY2027-Q1');
    expect(bucketKey(d('2027-09-30'), fq10)).toBe('FY2027-Q4');
    expect(bucketStart('FY2027', fy4)).toBe('2026-04-01');
    expect(bucketEnd('FY2027', fy4)).toBe('2027-03-31');
    expect(bucketEnd('FY2027-Q4', fq10)).toBe('2027-09-30');
  });

  it('enumerates and steps buckets', () => {
    expect(bucketRange('2026-11', '2027-02', 'month')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(bucketRange('2026-Q4', '2027-Q1', 'quarter')).toEqual(['2026-Q4', '2027-Q1']);
    expect(nextBucket('2026-W52', 'isoWeek')).toBe('2026-W53');
    expect(nextBucket('2026-W53', 'isoWeek')).toBe('2027-W01');
    expect(nextBucket('2028-02-28', 'day')).toBe('2028-02-29');
    expect(nextBucket('2026-01', 'month', -1)).toBe('2025-12');
    expect(bucketRange('2027-01', '2026-01', 'month')).toEqual([]);
  });

  it('fills missing buckets with a stated row', () => {
    const rows = [
      { month: '2026-01', n: 2 },
      { month: '2026-04', n: 1 },
    ];
    const filled = fillBuckets(rows, { field: 'month', spec: 'month', fill: (month) => ({ month, n: 0 }) });
    expect(filled.map((r) => `${r.month}:${r.n}`)).toEqual([
      '2026-01:2',
      '2026-02:0',
      '2026-03:0',
      '2026-04:1',
    ]);
  });

  it('rejects bad keys and options', () => {
    const codes: string[] = [];
    for (const f of [
      () => bucketStart('2026-13', 'month'),
      () => bucketStart('2026-W54', 'isoWeek'),
      () => bucketStart('FY2026-Q1', { unit: 'fiscalYear', startMonth: 4 }),
      () => bucketKey(d('2026-01-01'), { unit: 'fiscalYear', startMonth: 13 }),
    ]) {
      try {
        f();
      } catch (e) {
        if (isBoError(e)) codes.push(e.code);
      }
    }
    expect(codes).toEqual([
      'ANALYTICS/INVALID_BUCKET',
      'ANALYTICS/INVALID_BUCKET',
      'ANALYTICS/INVALID_BUCKET',
      'ANALYTICS/INVALID_OPTION',
    ]);
  });

  const specs: BucketSpec[] = [
    'day',
    'isoWeek',
    'month',
    'quarter',
    'year',
    { unit: 'fiscalYear', startMonth: 7 },
    { unit: 'fiscalQuarter', startMonth: 4 },
  ];
  const date = fc
    .integer({ min: toEpochDay(d('1990-01-01')), max: toEpochDay(d('2060-12-31')) })
    .map((e) => fromEpochDay(e));

  it('property: every date lies within its bucket, and consecutive buckets tile the calendar', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...specs), (day: CalendarDate, spec) => {
        const k = bucketKey(day, spec);
        expect(bucketStart(k, spec) <= day && day <= bucketEnd(k, spec)).toBe(true);
        expect(addDays(bucketEnd(k, spec), 1)).toBe(bucketStart(nextBucket(k, spec), spec));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('property: fiscal-year buckets agree with @bo/core fiscalYearOf', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 12 }), (day, startMonth) => {
        const spec = { unit: 'fiscalYear', startMonth } as const;
        expect(bucketPeriod(bucketKey(day, spec), spec)).toEqual(fiscalYearOf(day, startMonth));
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('property: bucketing loses no row', () => {
    fc.assert(
      fc.property(fc.array(date, { maxLength: 80 }), fc.constantFrom(...specs), (dates, spec) => {
        const rows = dates.map((x) => ({ b: bucketKey(x, spec) }));
        const g = groupBy(rows, ['b'], { n: count() });
        expect(g.reduce((a, r) => a + r.n, 0)).toBe(dates.length);
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});
