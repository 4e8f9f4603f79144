import { type CalendarDate, calendarDate, Decimal, diffDays } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { type Figure, figures, kpi, type KpiResult, ratio } from './kpi-result.js';

/** The minimal employee record HR KPIs need. */
export interface EmploymentSpell {
  readonly id: string;
  /** First day of employment. */
  readonly hireDate: CalendarDate | string;
  /** Last day of employment (inclusive), or null/undefined while employed. */
  readonly terminationDate?: CalendarDate | string | null;
}

/**
 * Gregorian mean year in days (400-year cycle: 146 097 ÷ 400), used to express tenure in years.
 * @example new Decimal(730.485).div(DAYS_PER_YEAR).toString() // '2'
 */
export const DAYS_PER_YEAR = '365.2425';

function spell(e: EmploymentSpell, i: number): { hire: CalendarDate; end: CalendarDate | null } {
  const hire = calendarDate(e.hireDate, ['employees', i, 'hireDate']);
  const end =
    e.terminationDate === null || e.terminationDate === undefined
      ? null
      : calendarDate(e.terminationDate, ['employees', i, 'terminationDate']);
  if (end !== null && end < hire) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'terminationDate is before hireDate',
      'ngày nghỉ việc trước ngày vào làm',
      ['employees', i, 'terminationDate'],
    );
  }
  return { hire, end };
}

function isActive(s: { hire: CalendarDate; end: CalendarDate | null }, date: CalendarDate): boolean {
  return s.hire <= date && (s.end === null || date <= s.end);
}

/**
 * Headcount on a date: employees with hire date ≤ date ≤ last day of employment.
 * @example headcount([{ id: 'a', hireDate: '2025-01-01' }], calendarDate('2026-01-01')).value.toString() // '1'
 */
export function headcount(
  employees: readonly EmploymentSpell[],
  date: CalendarDate,
): KpiResult<{ date: CalendarDate; ids: string[] }> {
  const ids = employees.filter((e, i) => isActive(spell(e, i), date)).map((e) => e.id);
  return kpi('headcount', new Decimal(ids.length), 'count', { date, ids });
}

/**
 * Turnover (separations) rate = separations ÷ average headcount (BLS JOLTS separations rate; as a fraction).
 * With an employee list and a period, separations are last days of employment within [from, to] and the
 * average headcount is (headcount(from) + headcount(to)) ÷ 2 (the SHRM monthly convention).
 *
 * @throws `ANALYTICS/ZERO_DENOMINATOR` when the average headcount is 0
 * @example turnoverRate({ separations: 3, averageHeadcount: 120 }).value.toString() // '0.025'
 */
export function turnoverRate(
  input:
    | { separations: Figure; averageHeadcount: Figure }
    | { employees: readonly EmploymentSpell[]; from: CalendarDate; to: CalendarDate },
): KpiResult<{ separations: Decimal; averageHeadcount: Decimal }> {
  if ('employees' in input) {
    const spells = input.employees.map(spell);
    const separations = spells.filter(
      (s) => s.end !== null && input.from <= s.end && s.end <= input.to,
    ).length;
    const avg = new Decimal(headcount(input.employees, input.from).value)
      .plus(headcount(input.employees, input.to).value)
      .div(2);
    return turnoverRate({ separations, averageHeadcount: avg });
  }
  const f = figures(input, ['separations', 'averageHeadcount']);
  return kpi('turnoverRate', ratio(f.separations, f.averageHeadcount, 'averageHeadcount'), 'ratio', f);
}

/**
 * Annualised turnover = period turnover × 12 ÷ months in the period (SHRM convention; e.g. a monthly 2 % is 24 %/yr).
 * @example annualisedTurnover({ rate: '0.02', months: 1 }).value.toString() // '0.24'
 */
export function annualisedTurnover(input: {
  rate: Figure;
  months: number;
}): KpiResult<{ rate: Decimal; months: number }> {
  const f = figures(input, ['rate']);
  if (!Number.isInteger(input.months) || input.months < 1) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'months must be a positive integer',
      'số tháng phải là số nguyên dương',
      ['months'],
    );
  }
  return kpi('annualisedTurnover', f.rate.times(12).div(input.months), 'ratio', {
    rate: f.rate,
    months: input.months,
  });
}

/**
 * Retention rate = employees active at `from` who are still active at `to` ÷ employees active at `from`.
 * @example retentionRate({ employees, from: calendarDate('2026-01-01'), to: calendarDate('2026-12-31') }).value
 */
export function retentionRate(input: {
  employees: readonly EmploymentSpell[];
  from: CalendarDate;
  to: CalendarDate;
}): KpiResult<{ from: CalendarDate; to: CalendarDate; atStart: number; retained: number }> {
  const spells = input.employees.map(spell);
  const atStart = spells.filter((s) => isActive(s, input.from));
  const retained = atStart.filter((s) => isActive(s, input.to)).length;
  return kpi('retentionRate', ratio(new Decimal(retained), new Decimal(atStart.length), 'atStart'), 'ratio', {
    from: input.from,
    to: input.to,
    atStart: atStart.length,
    retained,
  });
}

/**
 * Absenteeism (lost-worktime) rate = hours absent ÷ hours usually worked (BLS CPS definition).
 * @example absenteeismRate({ hoursAbsent: 64, hoursScheduled: 8000 }).value.toString() // '0.008'
 */
export function absenteeismRate(input: {
  hoursAbsent: Figure;
  hoursScheduled: Figure;
}): KpiResult<{ hoursAbsent: Decimal; hoursScheduled: Decimal }> {
  const f = figures(input, ['hoursAbsent', 'hoursScheduled']);
  return kpi('absenteeismRate', ratio(f.hoursAbsent, f.hoursScheduled, 'hoursScheduled'), 'ratio', f);
}

/**
 * Average tenure of the employees active on `date`, in years of {@link DAYS_PER_YEAR} days (tenure counts the
 * hire day: hired today = 1 day).
 * @throws `ANALYTICS/ZERO_DENOMINATOR` when nobody is active
 * @example averageTenure(employees, calendarDate('2026-06-30')).value.toFixed(2)
 */
export function averageTenure(
  employees: readonly EmploymentSpell[],
  date: CalendarDate,
): KpiResult<{ date: CalendarDate; employees: number; totalDays: number }> {
  const active = employees.map(spell).filter((s) => isActive(s, date));
  const totalDays = active.reduce((a, s) => a + diffDays(s.hire, date) + 1, 0);
  const meanDays = ratio(new Decimal(totalDays), new Decimal(active.length), 'employees');
  return kpi('averageTenure', meanDays.div(DAYS_PER_YEAR), 'years', {
    date,
    employees: active.length,
    totalDays,
  });
}

/**
 * Overtime ratio = overtime hours ÷ regular hours.
 * @example overtimeRatio({ overtimeHours: 120, regularHours: 4000 }).value.toString() // '0.03'
 */
export function overtimeRatio(input: {
  overtimeHours: Figure;
  regularHours: Figure;
}): KpiResult<{ overtimeHours: Decimal; regularHours: Decimal }> {
  const f = figures(input, ['overtimeHours', 'regularHours']);
  return kpi('overtimeRatio', ratio(f.overtimeHours, f.regularHours, 'regularHours'), 'ratio', f);
}
