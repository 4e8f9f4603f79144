import { BoValidationError, type FieldPath } from '../errors/bo-error.js';

/**
 * A calendar date as an ISO `YYYY-MM-DD` string (ngày dương lịch). It has no time and no time zone,
 * so it never shifts with the host's zone; ordering is string ordering. Make one with
 * {@link calendarDate}, which validates it.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

/** Day of week, ISO numbering: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a leap year of the proleptic Gregorian calendar. @example isLeapYear(2028) // true */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. @example daysInMonth(2026, 2) // 28 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalid(value: unknown, rule: string, path: FieldPath): never {
  const label = path.length ? path.join('.') : 'date';
  throw new BoValidationError({
    code: 'CORE/INVALID_DATE',
    message: `${label} must be a real calendar date YYYY-MM-DD: ${rule}`,
    messageVi: `${label} phải là ngày hợp lệ dạng YYYY-MM-DD: ${rule}`,
    path,
    details: { received: typeof value === 'string' ? value : typeof value },
  });
}

/**
 * Validates and brands a `YYYY-MM-DD` string (years 0001–9999).
 * @throws BoValidationError `CORE/INVALID_DATE` for malformed text or dates that do not exist (`2026-02-30`)
 * @example calendarDate('2026-03-31')
 */
export function calendarDate(value: unknown, field: string | FieldPath = 'date'): CalendarDate {
  const path: FieldPath = typeof field === 'string' ? [field] : field;
  if (typeof value !== 'string') return invalid(value, `got ${value === null ? 'null' : typeof value}`, path);
  const m = ISO_DATE.exec(value);
  if (!m) return invalid(value, `"${value}" is not in YYYY-MM-DD form`, path);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1) return invalid(value, 'year must be 0001 or later', path);
  if (mo < 1 || mo > 12) return invalid(value, `month ${m[2]} does not exist`, path);
  if (d < 1 || d > daysInMonth(y, mo))
    return invalid(value, `day ${m[3]} does not exist in ${m[1]}-${m[2]}`, path);
  return value as CalendarDate;
}

/**
 * True when the value is a valid `YYYY-MM-DD` date.
 * @example isCalendarDate('2026-02-29') // false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Builds a date from year, month (1–12) and day, validating it. @example dateOf(2026, 2, 28) */
export function dateOf(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return invalid(text, 'year, month and day must be integers', ['date']);
  }
  return calendarDate(text);
}

/** Year, month (1–12) and day of a date. @example dateParts(d) // { year: 2026, month: 3, day: 31 } */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  if (!isCalendarDate(date)) calendarDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (negative before it). Pure arithmetic (Howard Hinnant's days_from_civil),
 * no `Date`, so no time zone can shift it.
 * @example toEpochDay(calendarDate('1970-01-02')) // 1
 */
export function toEpochDay(date: CalendarDate): number {
  let { year: y, month: m, day: d } = dateParts(date);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of an epoch day (inverse of {@link toEpochDay}).
 * @example fromEpochDay(20_000) // '2024-10-04'
 */
export function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1 || y > 9999) {
    throw new BoValidationError({
      code: 'CORE/INVALID_DATE',
      message: `date arithmetic left the years 0001–9999 (epoch day ${epochDay})`,
      messageVi: 'phép tính ngày vượt khỏi khoảng năm 0001–9999',
      path: ['date'],
    });
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CalendarDate;
}

/** The date `days` days later (earlier when negative). @example addDays(d('2026-02-28'), 1) // '2026-03-01' */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `days must be a whole number, got ${days}`,
      messageVi: `số ngày phải là số nguyên, nhận ${days}`,
      path: ['days'],
    });
  }
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The date `months` months later, clamped to the last day of the target month
 * (2026-01-31 + 1 month = 2026-02-28).
 * @example addMonths(calendarDate('2026-01-31'), 1) // '2026-02-28'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isSafeInteger(months)) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `months must be a whole number, got ${months}`,
      messageVi: `số tháng phải là số nguyên, nhận ${months}`,
      path: ['months'],
    });
  }
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dateOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from `from` to `to` (positive when `to` is later). @example diffDays('2026-01-01', '2026-01-31') // 30 */
export function diffDays(from: CalendarDate, to: CalendarDate): number {
  calendarDate(from, 'from');
  calendarDate(to, 'to');
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * −1, 0 or 1 by date order.
 * @example compareDates(calendarDate('2026-01-01'), calendarDate('2026-12-31')) // -1
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  calendarDate(a, 'a');
  calendarDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. @example weekday('2026-11-26') // 4 (Thursday) */
export function weekday(date: CalendarDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * First day of the date's month.
 * @example startOfMonth(calendarDate('2026-03-18')) // '2026-03-01'
 */
export function startOfMonth(date: CalendarDate): CalendarDate {
  calendarDate(date);
  return `${date.slice(0, 8)}01` as CalendarDate;
}

/**
 * Last day of the date's month.
 * @example endOfMonth(calendarDate('2028-02-10')) // '2028-02-29'
 */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = dateParts(date);
  return dateOf(year, month, daysInMonth(year, month));
}

/**
 * ISO 8601 week-numbering year and week of a date.
 * @example isoWeek('2027-01-01') // { year: 2026, week: 53 }
 */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const wd = weekday(date);
  const thursday = addDays(date, 4 - wd);
  const { year } = dateParts(thursday);
  const week = Math.floor(diffDays(dateOf(year, 1, 1), thursday) / 7) + 1;
  return { year, week };
}

/**
 * The later of two dates.
 * @example maxDate(calendarDate('2026-01-01'), calendarDate('2026-06-30')) // '2026-06-30'
 */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

/**
 * The earlier of two dates.
 * @example minDate(calendarDate('2026-01-01'), calendarDate('2026-06-30')) // '2026-01-01'
 */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
