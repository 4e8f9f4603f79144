import {
  addDays,
  type CalendarDate,
  dateOf,
  type LegalReference,
  MON_FRI,
  type Parameter,
  type WorkWeek,
  weekday,
} from '@bo/core';
import { invalid } from '../internal/fail.js';
import {
  type HolidayArrangement,
  HolidayArrangementSchema,
  VN_HOLIDAY_ARRANGEMENTS,
} from './holiday-arrangements.js';
import { type HolidayRule, VN_PUBLIC_HOLIDAYS } from './holiday-rules.js';
import { lunarNewYear, lunarToSolar } from './lunar-calendar.js';

/** One day off in a holiday calendar. */
export interface PublicHoliday {
  readonly date: CalendarDate;
  /** Id of the rule (`tet`, `national-day`…); compensatory days carry the id of the holiday they replace. */
  readonly id: string;
  readonly name: string;
  /**
   * `statutory`: the holiday itself (paid, Art. 112); `compensatory`: the next working day given for a
   * holiday on a weekly rest day (nghỉ bù, Art. 111(3)); `swap`: a day off by a government day swap.
   */
  readonly kind: 'statutory' | 'compensatory' | 'swap';
  readonly reference: LegalReference;
}

/** A year's days off and the extra working days created by swaps. */
export interface HolidayCalendar {
  readonly year: number;
  /** Days off in date order. */
  readonly holidays: readonly PublicHoliday[];
  /** Rest days turned into working days by applied swaps. */
  readonly extraWorkingDays: readonly CalendarDate[];
}

/** Options of {@link publicHolidays}. */
export interface PublicHolidaysOptions {
  /** The employer's week, to place compensatory days (default Monday–Friday). */
  readonly workWeek?: WorkWeek;
  /** Yearly arrangements (default {@link VN_HOLIDAY_ARRANGEMENTS}). */
  readonly arrangements?: readonly HolidayArrangement[];
  /** Apply the public-sector day swaps (default false: private employers choose). */
  readonly applySwaps?: boolean;
  /** The dated holiday list (default {@link VN_PUBLIC_HOLIDAYS}). */
  readonly rules?: Parameter<readonly HolidayRule[]>;
}

function ruleDates(
  rule: HolidayRule,
  year: number,
  arrangement: HolidayArrangement | undefined,
): CalendarDate[] {
  switch (rule.kind) {
    case 'solar':
      return [dateOf(year, rule.month, rule.day)];
    case 'lunar':
      return [lunarToSolar({ day: rule.day, month: rule.month, year, leap: false })];
    case 'lunar-new-year': {
      if (arrangement?.tet) {
        if (arrangement.tet.length !== rule.days) {
          invalid(
            'HR/INVALID_ARRANGEMENT',
            `the ${year} arrangement lists ${arrangement.tet.length} Tết days; the law gives ${rule.days}`,
            `lịch nghỉ Tết năm ${year} phải có ${rule.days} ngày`,
            ['arrangements', 'tet'],
            { year },
          );
        }
        return [...arrangement.tet];
      }
      const first = addDays(lunarNewYear(year), -1);
      return Array.from({ length: rule.days }, (_, i) => addDays(first, i));
    }
    case 'adjacent': {
      if (arrangement?.nationalDayAdjacent) {
        if (arrangement.nationalDayAdjacent.length !== rule.days) {
          invalid(
            'HR/INVALID_ARRANGEMENT',
            `the ${year} arrangement lists ${arrangement.nationalDayAdjacent.length} days next to National Day; the law gives ${rule.days}`,
            `số ngày nghỉ liền kề Quốc khánh năm ${year} phải là ${rule.days}`,
            ['arrangements', 'nationalDayAdjacent'],
            { year },
          );
        }
        return [...arrangement.nationalDayAdjacent];
      }
      const anchor = dateOf(year, rule.month, rule.day);
      return Array.from({ length: rule.days }, (_, i) => addDays(anchor, -(i + 1)));
    }
  }
}

/**
 * The public holidays of a year: statutory days computed from the dated list (lunar days converted with
 * the Vietnamese calendar), the Prime Minister's arrangement where one is recorded, compensatory days for
 * holidays on weekly rest days (Labour Code 2019 Art. 111(3)), and optionally the public-sector swaps.
 * @throws BoValidationError `HR/NO_HOLIDAY_RULES` for a year before the first dated list;
 *   `HR/INVALID_ARRANGEMENT` when an arrangement lists a different number of days than the law
 * @example
 * publicHolidays(2026).holidays.filter((h) => h.kind === 'statutory').length // 12
 * publicHolidays(2026).holidays.find((h) => h.kind === 'compensatory')?.date // '2026-04-27' (Hùng Kings on Sunday)
 */
export function publicHolidays(year: number, options: PublicHolidaysOptions = {}): HolidayCalendar {
  const rules = options.rules ?? VN_PUBLIC_HOLIDAYS;
  const week = options.workWeek ?? MON_FRI;
  const arrangements = options.arrangements ?? VN_HOLIDAY_ARRANGEMENTS;
  if (options.arrangements) {
    options.arrangements.forEach((a, i) => {
      const r = HolidayArrangementSchema.safeParse(a);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        invalid(
          'HR/INVALID_ARRANGEMENT',
          `invalid holiday arrangement: ${issue.message}`,
          'lịch nghỉ lễ không hợp lệ',
          ['arrangements', i, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')],
        );
      }
    });
  }
  const arrangement = arrangements.find((a) => a.year === year);
  const yearStart = dateOf(year, 1, 1);
  const yearEnd = dateOf(year, 12, 31);
  const values = rules.values;
  const statutory: PublicHoliday[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const from = v.from;
    const until = values[i + 1]?.from; // exclusive
    if (from > yearEnd || (until !== undefined && until <= yearStart)) continue;
    for (const rule of v.value) {
      for (const date of ruleDates(rule, year, arrangement)) {
        if (date < from || (until !== undefined && date >= until) || (v.to !== undefined && date > v.to))
          continue;
        statutory.push({
          date,
          id: rule.id,
          name: rule.name,
          kind: 'statutory',
          reference:
            arrangement && (rule.kind === 'lunar-new-year' || rule.kind === 'adjacent')
              ? arrangement.reference
              : v.reference,
        });
      }
    }
  }
  if (statutory.length === 0) {
    invalid(
      'HR/NO_HOLIDAY_RULES',
      `no public-holiday list is in force in ${year}`,
      `không có danh mục ngày lễ áp dụng cho năm ${year}`,
      ['year'],
      { year },
    );
  }
  statutory.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const taken = new Set<string>(statutory.map((h) => h.date));
  const swaps = options.applySwaps ? (arrangement?.swaps ?? []) : [];
  const extraWorkingDays = swaps.flatMap((s) => (s.workInstead ? [s.workInstead] : []));
  const all: PublicHoliday[] = [...statutory];
  for (const s of swaps) {
    if (!taken.has(s.off)) {
      taken.add(s.off);
      all.push({
        date: s.off,
        id: 'swap',
        name: 'Nghỉ hoán đổi (swapped day off)',
        kind: 'swap',
        reference: s.reference,
      });
    }
  }
  const LABOUR_111: LegalReference = { document: 'Labour Code 45/2019/QH14', article: 'Art. 111(3)' };
  for (const h of statutory) {
    if (!week[weekday(h.date) - 1]!.isZero()) continue;
    let d = addDays(h.date, 1);
    while (week[weekday(d) - 1]!.isZero() || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    all.push({ date: d, id: h.id, name: `Nghỉ bù — ${h.name}`, kind: 'compensatory', reference: LABOUR_111 });
  }
  all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, holidays: all, extraWorkingDays };
}

/**
 * The dates of a holiday calendar's days off, for {@link WorkCalendar}s and timesheets.
 * @example holidayDates(publicHolidays(2026)).has('2026-09-02') // true
 */
export function holidayDates(calendar: HolidayCalendar): ReadonlySet<CalendarDate> {
  return new Set(calendar.holidays.map((h) => h.date));
}
