import { isBoError, MON_SAT, valueAt } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  holidayDates,
  lunarNewYear,
  lunarToSolar,
  publicHolidays,
  solarToLunar,
  VN_PUBLIC_HOLIDAYS,
} from '../src/index.js';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  // Mùng 1 Tết by year, as published in Vietnamese calendars; 1985 and 2007 differ from the Chinese
  // calendar (UTC+8: 1985-02-20, 2007-02-18), and 2030 too (China 2030-02-03).
  const tet: [number, string][] = [
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2030, '2030-02-02'],
  ];
  it.each(tet)('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date as never)).toEqual({ day: 1, month: 1, year, leap: false });
  });
  // Giỗ Tổ Hùng Vương (10/3 lunar) as observed: 2022-04-10, 2023-04-29, 2024-04-18, 2025-04-07, 2026-04-26.
  it.each([
    [2020, '2020-04-02'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Hùng Kings %i is %s', (year, date) => {
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toBe(date);
  });
  it('handles leap months (2023 leap 2nd month from 2023-03-22; 2025 leap 6th from 2025-07-25)', () => {
    expect(solarToLunar('2023-03-22' as never)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(solarToLunar('2025-07-25' as never)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(() => lunarToSolar({ day: 1, month: 5, year: 2026, leap: true })).toThrow(/no leap month/);
  });
  it('round-trips every day of 2020–2030', () => {
    let d = Date.UTC(2020, 0, 1);
    const end = Date.UTC(2030, 11, 31);
    for (; d <= end; d += 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      expect(lunarToSolar(solarToLunar(iso as never))).toBe(iso);
    }
  });
  it('property: any day 1901–2198 round-trips; lunar months have 29 or 30 days; a year has 12 or 13 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 83_000 }), (epochDay) => {
        const iso = new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
        const lunar = solarToLunar(iso as never);
        if (lunarToSolar(lunar) !== iso || lunar.day < 1 || lunar.day > 30) return false;
        const y = lunar.year;
        if (y < 1901 || y > 2197) return true;
        const days =
          (lunarNewYear(y + 1) as string) > (lunarNewYear(y) as string)
            ? (Date.parse(lunarNewYear(y + 1)) - Date.parse(lunarNewYear(y))) / 86_400_000
            : -1;
        return (days >= 353 && days <= 355) || (days >= 383 && days <= 385);
      }),
      { numRuns: 300, seed: 1 },
    );
  });
  it('rejects out-of-range years and impossible days', () => {
    try {
      lunarToSolar({ day: 1, month: 1, year: 1800, leap: false });
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'HR/LUNAR_YEAR_OUT_OF_RANGE')).toBe(true);
    }
    try {
      lunarToSolar({ day: 31, month: 1, year: 2026, leap: false });
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'HR/INVALID_LUNAR_DATE')).toBe(true);
    }
  });
});

describe('public holidays (Labour Code 2019 Art. 112, Resolution 28/2026/QH16)', () => {
  it('the list is dated: 10 days (2013), 11 (2021), 12 from 1 Jul 2026', () => {
    const days = (d: string) =>
      valueAt(VN_PUBLIC_HOLIDAYS, d).reduce((n, r) => n + ('days' in r ? r.days : 1), 0);
    expect(days('2020-12-31')).toBe(10);
    expect(days('2026-06-30')).toBe(11);
    expect(days('2026-07-01')).toBe(12);
  });
  it('2026: 12 statutory days with the announced Tết and the Hùng Kings compensatory Monday', () => {
    const cal = publicHolidays(2026);
    const statutory = cal.holidays.filter((h) => h.kind === 'statutory').map((h) => h.date);
    expect(statutory).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
      '2026-11-24',
    ]);
    expect(cal.holidays.filter((h) => h.kind === 'compensatory').map((h) => h.date)).toEqual(['2026-04-27']);
    expect(cal.holidays.find((h) => h.id === 'culture-day')?.reference.document).toBe(
      'Resolution 28/2026/QH16',
    );
  });
  it('2025 has no culture day; 2020 has no day adjacent to National Day', () => {
    expect(publicHolidays(2025).holidays.some((h) => h.id === 'culture-day')).toBe(false);
    expect(publicHolidays(2020).holidays.some((h) => h.id === 'national-day-adjacent')).toBe(false);
    expect(publicHolidays(2021).holidays.some((h) => h.id === 'national-day-adjacent')).toBe(true);
  });
  it('compensatory days follow the employer week (Art. 111(3)); swaps apply on request', () => {
    // 2027-05-01 is a Saturday: a Mon–Fri employer gives Monday 3 May; a Mon–Sat employer works Saturdays, so nothing.
    expect(holidayDates(publicHolidays(2027)).has('2027-05-03' as never)).toBe(true);
    expect(holidayDates(publicHolidays(2027, { workWeek: MON_SAT })).has('2027-05-03' as never)).toBe(false);
    expect(holidayDates(publicHolidays(2026)).has('2026-08-31' as never)).toBe(false);
    expect(holidayDates(publicHolidays(2026, { applySwaps: true })).has('2026-08-31' as never)).toBe(true);
  });
  it('uses a user-supplied arrangement and checks its length', () => {
    const mine = {
      year: 2027,
      tet: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'] as never[],
      reference: { document: 'test' },
    };
    expect(
      publicHolidays(2027, { arrangements: [mine] })
        .holidays.filter((h) => h.id === 'tet' && h.kind === 'statutory')
        .map((h) => h.date),
    ).toEqual(mine.tet);
    try {
      publicHolidays(2027, { arrangements: [{ ...mine, tet: mine.tet.slice(0, 4) }] });
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'HR/INVALID_ARRANGEMENT')).toBe(true);
    }
    try {
      publicHolidays(2027, {
        arrangements: [{ ...mine, tet: ['2027-02-30' as never, ...mine.tet.slice(1)] }],
      });
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'HR/INVALID_ARRANGEMENT')).toBe(true);
      expect((e as { path: unknown }).path).toEqual(['arrangements', 0, 'tet', 0]);
    }
  });
  it('rejects years before the first list', () => {
    try {
      publicHolidays(2010);
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'HR/NO_HOLIDAY_RULES')).toBe(true);
    }
  });
});
