import { type CalendarDate, Decimal, type Period } from '@bo/core';
import { type Employee, employmentAsOf } from '../employee/employee.js';
import type { PayrollPeriodSummary } from '../summary/period-summary.js';

/**
 * Employees employed on a date, optionally counted by a field of their job on that date.
 * @example headcountAt(employees, '2026-06-30') // 42
 * @example headcountAt(employees, '2026-06-30', 'orgUnit') // { Finance: 5, Sales: 12, … }
 */
export function headcountAt(employees: readonly Employee[], date: CalendarDate): number;
export function headcountAt(
  employees: readonly Employee[],
  date: CalendarDate,
  by: 'orgUnit' | 'position' | 'grade' | 'status',
): Record<string, number>;
export function headcountAt(
  employees: readonly Employee[],
  date: CalendarDate,
  by?: 'orgUnit' | 'position' | 'grade' | 'status',
): number | Record<string, number> {
  if (by === undefined) return employees.filter((e) => employmentAsOf(e, date) !== undefined).length;
  const out: Record<string, number> = {};
  for (const e of employees) {
    const snap = employmentAsOf(e, date);
    if (snap) out[snap[by]] = (out[snap[by]] ?? 0) + 1;
  }
  return out;
}

/** Movements of staff in a period, with the stated turnover formula. */
export interface TurnoverFigures {
  readonly period: Period;
  readonly headcountStart: number;
  readonly headcountEnd: number;
  /** Hire dates inside the period. */
  readonly hires: number;
  /** Termination dates inside the period. */
  readonly leavers: number;
  /** (headcountStart + headcountEnd) / 2. */
  readonly averageHeadcount: Decimal;
  /** leavers / averageHeadcount (0 when the average is 0). */
  readonly turnoverRate: Decimal;
}

/**
 * Hires, leavers and turnover for a period: turnover = leavers ÷ average headcount, the average being
 * the mean of the headcounts on the first and last day.
 * @example turnover(employees, monthOf('2026-06')).turnoverRate.toFixed(4) // '0.0238'
 */
export function turnover(employees: readonly Employee[], period: Period): TurnoverFigures {
  const headcountStart = headcountAt(employees, period.start);
  const headcountEnd = headcountAt(employees, period.end);
  const hires = employees.filter((e) => e.hireDate >= period.start && e.hireDate <= period.end).length;
  const leavers = employees.filter(
    (e) =>
      e.terminationDate !== undefined && e.terminationDate >= period.start && e.terminationDate <= period.end,
  ).length;
  const averageHeadcount = new Decimal(headcountStart + headcountEnd).div(2);
  return {
    period,
    headcountStart,
    headcountEnd,
    hires,
    leavers,
    averageHeadcount,
    turnoverRate: averageHeadcount.isZero() ? new Decimal(0) : new Decimal(leavers).div(averageHeadcount),
  };
}

/** Absenteeism over period summaries. */
export interface AbsenteeismFigures {
  /** Unplanned absence days: absent days + days of the listed leave types. */
  readonly absenceDays: number;
  /** Scheduled working days, public holidays left out. */
  readonly workingDays: number;
  /** absenceDays / workingDays. */
  readonly rate: Decimal;
}

/**
 * Absenteeism = (unexcused absences + days of unplanned leave types, sickness by default) ÷ scheduled
 * working days excluding public holidays, over a set of {@link PayrollPeriodSummary}s.
 * @example absenteeism(summaries).rate.toFixed(4) // '0.0310'
 */
export function absenteeism(
  summaries: readonly PayrollPeriodSummary[],
  unplannedLeaveTypes: readonly string[] = ['SICK'],
): AbsenteeismFigures {
  let absenceDays = 0;
  let workingDays = 0;
  for (const s of summaries) {
    absenceDays += s.absentDays;
    for (const t of unplannedLeaveTypes) absenceDays += s.leaveDaysByType[t] ?? 0;
    workingDays += s.scheduledDays - s.publicHolidayDays;
  }
  return {
    absenceDays,
    workingDays,
    rate: workingDays === 0 ? new Decimal(0) : new Decimal(absenceDays).div(workingDays),
  };
}
