import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MON_FRI,
  MON_SAT,
  MON_SAT_HALF,
  addDays,
  addMonths,
  calendarDate,
  containsDate,
  dateOf,
  dayPeriod,
  diffDays,
  eachDay,
  endOfMonth,
  fiscalYearOf,
  fiscalYearPeriod,
  fromEpochDay,
  intersect,
  isBoError,
  isCalendarDate,
  isoWeek,
  money,
  monthOf,
  monthPeriod,
  overlaps,
  period,
  periodLength,
  prorate,
  prorationFraction,
  quarterPeriod,
  splitPeriod,
  toEpochDay,
  weekday,
  workWeek,
  workingDays,
  yearPeriod,
  type CalendarDate,
} from '../src/index.js';
import { thrownCode as codeOf } from '../../../scripts/test-support.js';

const d = (s: string) => calendarDate(s);

describe('calendar dates', () => {
  it('rejects dates that do not exist, naming the field', () => {
    for (const bad of [
      '2026-02-30',
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '26-01-01',
      '2026-04-31',
      '0000-01-01',
      '',
      20260101,
      null,
    ]) {
      expect(
        codeOf(() => calendarDate(bad, 'hireDate')),
        String(bad),
      ).toBe('CORE/INVALID_DATE');
    }
    try {
      calendarDate('2026-02-30', 'hireDate');
    } catch (e) {
      expect(isBoError(e) && e.path).toEqual(['hireDate']);
    }
    expect(calendarDate('2028-02-29')).toBe('2028-02-29');
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('does date arithmetic without time zones', () => {
    expect(addDays(d('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(d('2026-11-15'), 14)).toBe('2028-01-15');
    expect(diffDays(d('2026-01-01'), d('2026-12-31'))).toBe(364);
    expect(weekday(d('2026-11-26'))).toBe(4); // a Thursday
    expect(weekday(d('2026-03-01'))).toBe(7); // a Sunday
    expect(endOfMonth(d('2028-02-10'))).toBe('2028-02-29');
    expect(dateOf(2026, 3, 8)).toBe('2026-03-08');
    expect(codeOf(() => dateOf(2026, 2, 29))).toBe('CORE/INVALID_DATE');
  });

  it('computes ISO weeks (golden values from ISO 8601 week-date rules)', () => {
    expect(isoWeek(d('2026-01-01'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeek(d('2027-01-01'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(d('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect(isoWeek(d('2021-01-03'))).toEqual({ year: 2020, week: 53 });
  });

  it('property: epoch days agree with Date.UTC and round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const date = fromEpochDay(n);
        expect(toEpochDay(date)).toBe(n);
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(date);
        expect(weekday(date)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('periods', () => {
  it('builds months, quarters, years and fiscal years', () => {
    expect(monthPeriod(2026, 2)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(monthOf('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(quarterPeriod(2026, 4)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(yearPeriod(2026)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(fiscalYearPeriod(2026, 4)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalYearOf(d('2026-02-15'), 4)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(fiscalYearOf(d('2026-02-15'), 1)).toEqual(yearPeriod(2026));
    expect(periodLength(yearPeriod(2028))).toBe(366);
    expect(dayPeriod('2026-03-08')).toEqual({ start: '2026-03-08', end: '2026-03-08' });
  });

  it('rejects inverted periods and impossible months, naming the field', () => {
    expect(codeOf(() => period('2026-03-31', '2026-03-01'))).toBe('CORE/INVALID_PERIOD');
    expect(codeOf(() => period('2026-03-01', '2026-02-30'))).toBe('CORE/INVALID_DATE');
    expect(codeOf(() => monthPeriod(2026, 13))).toBe('CORE/INVALID_PERIOD');
    expect(codeOf(() => quarterPeriod(2026, 0))).toBe('CORE/INVALID_PERIOD');
    expect(codeOf(() => monthOf('2026-3'))).toBe('CORE/INVALID_PERIOD');
    expect(codeOf(() => fiscalYearPeriod(2026, 1.5))).toBe('CORE/INVALID_PERIOD');
    expect(codeOf(() => splitPeriod(yearPeriod(2026), 'fortnight' as never))).toBe('CORE/INVALID_PERIOD');
  });

  it('tests overlap, intersection and containment', () => {
    const march = monthPeriod(2026, 3);
    const q1 = quarterPeriod(2026, 1);
    expect(overlaps(march, q1)).toBe(true);
    expect(overlaps(march, monthPeriod(2026, 4))).toBe(false);
    expect(intersect(period('2026-03-10', '2026-04-10'), march)).toEqual({
      start: '2026-03-10',
      end: '2026-03-31',
    });
    expect(intersect(march, monthPeriod(2026, 5))).toBeUndefined();
    expect(containsDate(march, d('2026-03-31'))).toBe(true);
    expect(containsDate(march, d('2026-04-01'))).toBe(false);
    expect([...eachDay(period('2026-02-27', '2026-03-02'))]).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('property: a period split by any unit is covered exactly, in order, without overlap', () => {
    const date = fc.integer({ min: 18_000, max: 22_000 }).map(fromEpochDay);
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 900 }),
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        (start, len, unit) => {
          const p = { start, end: addDays(start, len) };
          const pieces = splitPeriod(p, unit);
          expect(pieces[0]?.start).toBe(p.start);
          expect(pieces.at(-1)?.end).toBe(p.end);
          let days = 0;
          pieces.forEach((piece, i) => {
            expect(piece.end >= piece.start).toBe(true);
            if (i > 0) expect(piece.start).toBe(addDays((pieces[i - 1] as { end: CalendarDate }).end, 1));
            if (unit === 'week' && i > 0) expect(weekday(piece.start)).toBe(1);
            days += periodLength(piece);
          });
          expect(days).toBe(periodLength(p));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('working days and proration', () => {
  // March 2026: 31 days, starts on a Sunday; 22 weekdays, 4 Saturdays, 5 Sundays.
  const march = monthPeriod(2026, 3);
  it('counts working days under work-week patterns and holidays', () => {
    expect(workingDays(march, { workWeek: MON_FRI }).toString()).toBe('22');
    expect(workingDays(march, { workWeek: MON_SAT }).toString()).toBe('26');
    expect(workingDays(march, { workWeek: MON_SAT_HALF }).toString()).toBe('24');
    // A holiday on a weekday removes a day; one on a Sunday changes nothing.
    expect(
      workingDays(march, {
        workWeek: MON_FRI,
        holidays: ['2026-03-02', '2026-03-08'] as CalendarDate[],
      }).toString(),
    ).toBe('21');
    expect(codeOf(() => workWeek([1, 1, 1]))).toBe('CORE/INVALID_INPUT');
    expect(codeOf(() => workWeek([1, 1, 1, 1, 1, 2, 0]))).toBe('CORE/INVALID_INPUT');
    expect(
      codeOf(() => workingDays(march, { workWeek: MON_FRI, holidays: ['2026-02-30'] as CalendarDate[] })),
    ).toBe('CORE/INVALID_DATE');
  });

  it('prorates a mid-month joiner on each named basis', () => {
    const salary = money('31000000', 'VND');
    const part = period('2026-03-16', '2026-03-31');
    // Calendar days: 16 of 31.
    expect(prorate(salary, part, march, { kind: 'calendar-days' }, 'half-up').amount.toString()).toBe(
      '16000000',
    );
    // Working days Mon–Fri: 12 of 22.
    expect(
      prorate(
        salary,
        part,
        march,
        { kind: 'working-days', calendar: { workWeek: MON_FRI } },
        'half-up',
      ).amount.toString(),
    ).toBe('16909091');
    // Fixed 26-day basis, Mon–Sat: 14 worked days ÷ 26.
    expect(
      prorate(
        salary,
        part,
        march,
        { kind: 'fixed-days', days: 26, calendar: { workWeek: MON_SAT } },
        'half-up',
      ).amount.toString(),
    ).toBe('16692308');
    // A whole month with 27 working days on a 26-day basis earns exactly the salary.
    const aug = monthPeriod(2026, 8);
    expect(
      prorate(
        salary,
        aug,
        aug,
        { kind: 'fixed-days', days: 26, calendar: { workWeek: MON_SAT } },
        'half-up',
      ).amount.toString(),
    ).toBe('31000000');
    expect(
      prorationFraction(aug, aug, {
        kind: 'fixed-days',
        days: 26,
        calendar: { workWeek: MON_SAT },
      }).numerator.toString(),
    ).toBe('26');
  });

  it('rejects a part outside the whole and a zero-day whole', () => {
    const salary = money('1000', 'VND');
    expect(
      codeOf(() => prorate(salary, monthPeriod(2026, 4), march, { kind: 'calendar-days' }, 'half-up')),
    ).toBe('CORE/INVALID_PERIOD');
    const sunday = dayPeriod('2026-03-01');
    expect(
      codeOf(() =>
        prorate(salary, sunday, sunday, { kind: 'working-days', calendar: { workWeek: MON_FRI } }, 'half-up'),
      ),
    ).toBe('CORE/DIVISION_BY_ZERO');
    expect(
      codeOf(() =>
        prorate(
          salary,
          march,
          march,
          { kind: 'fixed-days', days: 0, calendar: { workWeek: MON_FRI } },
          'half-up',
        ),
      ),
    ).toBe('CORE/INVALID_INPUT');
  });
});

describe('workingDays agrees with a day-by-day count', () => {
  it('property: random periods, work weeks and holiday lists', () => {
    const date = fc.integer({ min: 19_000, max: 21_000 }).map(fromEpochDay);
    const weight = fc.constantFrom(0, 0.5, 1);
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.array(weight, { minLength: 7, maxLength: 7 }),
        fc.array(fc.integer({ min: -10, max: 420 }), { maxLength: 12 }),
        (start, len, weights, offsets) => {
          const p = { start, end: addDays(start, len) };
          const week = workWeek(weights);
          const holidays = offsets.map((o) => addDays(start, o));
          const off = new Set(holidays);
          let expected = 0;
          for (const day of eachDay(p)) if (!off.has(day)) expected += weights[weekday(day) - 1] as number;
          expect(workingDays(p, { workWeek: week, holidays }).toNumber()).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
