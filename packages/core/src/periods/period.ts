import { BoValidationError, type FieldPath } from '../errors/bo-error.js';
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  dateOf,
  dateParts,
  daysInMonth,
  diffDays,
  maxDate,
  minDate,
} from '../dates/calendar-date.js';

/**
 * A closed range of calendar days, both ends included: March 2026 is `{ start: '2026-03-01', end: '2026-03-31' }`.
 * Inclusive ends match how people and the law write periods ("from 01/03 to 31/03").
 */
export interface Period {
  /** First day, included. */
  readonly start: CalendarDate;
  /** Last day, included; never before `start`. */
  readonly end: CalendarDate;
}

/**
 * A period from `start` to `end`, both included.
 * @throws BoValidationError `CORE/INVALID_PERIOD` when end is before start; `CORE/INVALID_DATE` for bad dates
 * @example period('2026-03-10', '2026-03-31')
 */
export function period(start: string, end: string, field: FieldPath = []): Period {
  const s = calendarDate(start, [...field, 'start']);
  const e = calendarDate(end, [...field, 'end']);
  if (e < s) {
    throw new BoValidationError({
      code: 'CORE/INVALID_PERIOD',
      message: `period end ${e} is before its start ${s}`,
      messageVi: `ngày kết thúc ${e} trước ngày bắt đầu ${s}`,
      path: [...field, 'end'],
      details: { start: s, end: e },
    });
  }
  return { start: s, end: e };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new BoValidationError({
      code: 'CORE/INVALID_PERIOD',
      message: `year must be an integer 1–9999, got ${year}`,
      messageVi: `năm phải là số nguyên 1–9999, nhận ${year}`,
      path: ['year'],
    });
  }
}

function checkRange(value: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BoValidationError({
      code: 'CORE/INVALID_PERIOD',
      message: `${field} must be an integer 1–${max}, got ${value}`,
      messageVi: `${field} phải là số nguyên 1–${max}, nhận ${value}`,
      path: [field],
    });
  }
}

/** The one-day period of a date. @example dayPeriod('2026-03-08') */
export function dayPeriod(date: string): Period {
  const d = calendarDate(date);
  return { start: d, end: d };
}

/** A calendar month (1–12). @example monthPeriod(2026, 2) // 2026-02-01..2026-02-28 */
export function monthPeriod(year: number, month: number): Period {
  checkYear(year);
  checkRange(month, 12, 'month');
  return { start: dateOf(year, month, 1), end: dateOf(year, month, daysInMonth(year, month)) };
}

/** The month of a `YYYY-MM` string. @example monthOf('2026-03') */
export function monthOf(yearMonth: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) {
    throw new BoValidationError({
      code: 'CORE/INVALID_PERIOD',
      message: `month must be written YYYY-MM, got ${JSON.stringify(yearMonth)}`,
      messageVi: `tháng phải có dạng YYYY-MM, nhận ${JSON.stringify(yearMonth)}`,
      path: ['month'],
    });
  }
  return monthPeriod(Number(m[1]), Number(m[2]));
}

/** A calendar quarter (1–4). @example quarterPeriod(2026, 1) // 2026-01-01..2026-03-31 */
export function quarterPeriod(year: number, quarter: number): Period {
  checkYear(year);
  checkRange(quarter, 4, 'quarter');
  const first = (quarter - 1) * 3 + 1;
  return { start: dateOf(year, first, 1), end: dateOf(year, first + 2, daysInMonth(year, first + 2)) };
}

/** A calendar year. @example yearPeriod(2026) */
export function yearPeriod(year: number): Period {
  checkYear(year);
  return { start: dateOf(year, 1, 1), end: dateOf(year, 12, 31) };
}

/**
 * A fiscal year of twelve months starting on the first day of `startMonth` of `startYear`.
 * @example fiscalYearPeriod(2026, 4) // 2026-04-01..2027-03-31
 */
export function fiscalYearPeriod(startYear: number, startMonth: number): Period {
  checkYear(startYear);
  checkRange(startMonth, 12, 'startMonth');
  const start = dateOf(startYear, startMonth, 1);
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/**
 * The fiscal year (with the given start month) that contains a date.
 * @example fiscalYearOf('2026-02-15', 4) // 2025-04-01..2026-03-31
 */
export function fiscalYearOf(date: CalendarDate, startMonth: number): Period {
  checkRange(startMonth, 12, 'startMonth');
  const { year, month } = dateParts(date);
  return fiscalYearPeriod(month >= startMonth ? year : year - 1, startMonth);
}

/** Number of calendar days in a period, both ends included. @example periodLength(monthPeriod(2026, 2)) // 28 */
export function periodLength(p: Period): number {
  return diffDays(p.start, p.end) + 1;
}

/**
 * True when the date lies within the period (ends included).
 * @example containsDate(monthPeriod(2026, 3), calendarDate('2026-03-31')) // true
 */
export function containsDate(p: Period, date: CalendarDate): boolean {
  return date >= p.start && date <= p.end;
}

/**
 * True when two periods share at least one day.
 * @example overlaps(monthPeriod(2026, 3), quarterPeriod(2026, 1)) // true
 */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The days two periods share, or `undefined` when they do not overlap.
 * @example intersect(period('2026-03-10', '2026-04-10'), monthPeriod(2026, 3)) // { start: '2026-03-10', end: '2026-03-31' }
 */
export function intersect(a: Period, b: Period): Period | undefined {
  if (!overlaps(a, b)) return undefined;
  return { start: maxDate(a.start, b.start), end: minDate(a.end, b.end) };
}

/** Each day of a period, in order. @example [...eachDay(period('2026-03-01', '2026-03-03'))] */
export function* eachDay(p: Period): Generator<CalendarDate> {
  const n = periodLength(p);
  for (let i = 0; i < n; i++) yield addDays(p.start, i);
}

/** The unit of {@link splitPeriod}. */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * Cuts a period at calendar boundaries of the unit (weeks start on Monday). The pieces cover the
 * period exactly, in order, without overlap; the first and last may be partial.
 * @example splitPeriod(period('2026-01-15', '2026-03-10'), 'month') // 3 pieces
 */
export function splitPeriod(p: Period, unit: PeriodUnit): Period[] {
  const pieces: Period[] = [];
  let start = p.start;
  while (start <= p.end) {
    const boundary = nextBoundary(start, unit);
    const end = minDate(addDays(boundary, -1), p.end);
    pieces.push({ start, end });
    start = boundary;
  }
  return pieces;
}

function nextBoundary(date: CalendarDate, unit: PeriodUnit): CalendarDate {
  const { year, month } = dateParts(date);
  switch (unit) {
    case 'day':
      return addDays(date, 1);
    case 'week': {
      const wd = ((diffDays('1970-01-05' as CalendarDate, date) % 7) + 7) % 7; // 0 = Monday
      return addDays(date, 7 - wd);
    }
    case 'month':
      return addMonths(dateOf(year, month, 1), 1);
    case 'quarter':
      return addMonths(dateOf(year, Math.floor((month - 1) / 3) * 3 + 1, 1), 3);
    case 'year':
      return dateOf(year + 1, 1, 1);
    default:
      throw new BoValidationError({
        code: 'CORE/INVALID_PERIOD',
        message: `unit must be day, week, month, quarter or year, got ${JSON.stringify(unit)}`,
        messageVi: `đơn vị kỳ không hợp lệ: ${JSON.stringify(unit)}`,
        path: ['unit'],
      });
  }
}
