import { type CalendarDate, fromEpochDay, toEpochDay } from '@bo/core';
import { invalid } from '../internal/fail.js';

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch): day 1–30, month 1–12, `leap` for the
 * intercalary month (tháng nhuận), and the lunar year (whose first day is Tết).
 */
export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly leap: boolean;
}

/**
 * Time zone of the Vietnamese calendar since 1968: UTC+7 (the Chinese calendar uses UTC+8).
 * @example solarToLunar('1985-01-21', VIETNAM_TIME_ZONE_HOURS) // Tết 1985 in Vietnam (a month before China's)
 */
export const VIETNAM_TIME_ZONE_HOURS = 7;

// Astronomical algorithms after Jean Meeus, "Astronomical Algorithms" (1998), as adapted to the
// Vietnamese calendar by Hồ Ngọc Đức ("Thuật toán tính âm lịch"). Floating-point astronomy; results are
// whole Julian day numbers. Valid for 1900–2199 (checked against published Tết dates in the tests).
const JD_EPOCH_1970 = 2440588;
const PI = Math.PI;
const DR = PI / 180;

function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

function sunSector(dayNumber: number, tz: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / PI) * 6);
}

function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

function jdOf(date: CalendarDate): number {
  return toEpochDay(date) + JD_EPOCH_1970;
}

function jdOfYmd(year: number, month: number, day: number): number {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return jdOf(text as CalendarDate);
}

/** Julian day of the new moon starting lunar month 11 (the month holding the winter solstice) of `year`. */
function lunarMonth11(year: number, tz: number): number {
  const off = jdOfYmd(year, 12, 31) - 2415021;
  const k = Math.floor(off / 29.530588853);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function checkYear(year: number, path: (string | number)[]): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    invalid(
      'HR/LUNAR_YEAR_OUT_OF_RANGE',
      `lunar conversion supports years 1900–2199, got ${year}`,
      `chuyển đổi âm lịch chỉ hỗ trợ năm 1900–2199, nhận ${year}`,
      path,
      { year },
    );
  }
}

/**
 * The lunar date of a solar (Gregorian) date, by the Vietnamese calendar (UTC+7).
 * @throws BoValidationError `HR/LUNAR_YEAR_OUT_OF_RANGE` outside 1900–2199
 * @example solarToLunar('2026-02-17') // { day: 1, month: 1, year: 2026, leap: false }  (Tết Bính Ngọ)
 */
export function solarToLunar(date: CalendarDate, timeZoneHours = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  const yy = Number(date.slice(0, 4));
  checkYear(yy, ['date']);
  const dayNumber = jdOf(date);
  const k = Math.floor((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, timeZoneHours);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZoneHours);
  let a11 = lunarMonth11(yy, timeZoneHours);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, timeZoneHours);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, timeZoneHours);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZoneHours);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * The solar date of a lunar date, by the Vietnamese calendar (UTC+7).
 * @throws BoValidationError `HR/INVALID_LUNAR_DATE` for a day/month that does not exist (e.g. a leap
 *   month in a year without one, or day 30 of a 29-day month); `HR/LUNAR_YEAR_OUT_OF_RANGE`
 * @example lunarToSolar({ day: 10, month: 3, year: 2026, leap: false }) // '2026-04-26' (Giỗ Tổ Hùng Vương)
 */
export function lunarToSolar(lunar: LunarDate, timeZoneHours = VIETNAM_TIME_ZONE_HOURS): CalendarDate {
  const { day, month, year, leap } = lunar;
  checkYear(year, ['year']);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    invalid(
      'HR/INVALID_LUNAR_DATE',
      `lunar month must be 1–12, got ${month}`,
      `tháng âm lịch phải từ 1 đến 12`,
      ['month'],
    );
  }
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    invalid('HR/INVALID_LUNAR_DATE', `lunar day must be 1–30, got ${day}`, `ngày âm lịch phải từ 1 đến 30`, [
      'day',
    ]);
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, timeZoneHours);
    b11 = lunarMonth11(year, timeZoneHours);
  } else {
    a11 = lunarMonth11(year, timeZoneHours);
    b11 = lunarMonth11(year + 1, timeZoneHours);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZoneHours);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) {
      invalid(
        'HR/INVALID_LUNAR_DATE',
        `lunar year ${year} has no leap month ${month}`,
        `năm âm lịch ${year} không có tháng ${month} nhuận`,
        ['leap'],
        { leapMonth },
      );
    }
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    invalid(
      'HR/INVALID_LUNAR_DATE',
      `lunar year ${year} has no leap month`,
      `năm âm lịch ${year} không có tháng nhuận`,
      ['leap'],
    );
  }
  const monthStart = newMoonDay(k + off, timeZoneHours);
  const nextStart = newMoonDay(k + off + 1, timeZoneHours);
  if (day > nextStart - monthStart) {
    invalid(
      'HR/INVALID_LUNAR_DATE',
      `lunar month ${month}/${year} has ${nextStart - monthStart} days, not ${day}`,
      `tháng ${month}/${year} âm lịch chỉ có ${nextStart - monthStart} ngày`,
      ['day'],
    );
  }
  return fromEpochDay(monthStart + day - 1 - JD_EPOCH_1970);
}

/**
 * First day of the lunar year (mùng 1 Tết) that begins in solar year `year`.
 * @example lunarNewYear(2026) // '2026-02-17'
 */
export function lunarNewYear(year: number): CalendarDate {
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}
