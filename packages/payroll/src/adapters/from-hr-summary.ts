import type { PayrollPeriodSummary } from '@bo/hr';
import type { PayslipInput } from '../payslip/payslip-input.js';

/** The part of a payslip input that the HR summary does not know (pay, region, tax facts). @example const rest: HrPayslipFacts = { paymentDate: '2026-04-05', region: 'I', salary: 20000000 }; */
export type HrPayslipFacts = Omit<
  PayslipInput,
  | 'employeeId'
  | 'period'
  | 'attendance'
  | 'overtime'
  | 'nightHours'
  | 'nightMinutes'
  | 'employment'
  | 'unpaidDays'
>;

/**
 * Builds a payslip input from @bo/hr's month summary (bảng tổng hợp công): paid days over the standard
 * working days, days neither worked nor paid (unpaid + social-insurance leave + scheduled days outside
 * employment, for the 14-day insurance rule), overtime minutes by kind of day and day/night (night
 * overtime after daytime overtime priced at the Decree 145/2020 Art. 57 rate), and normal night minutes.
 *
 * @example
 * ```ts
 * const input = payslipInputFromHrSummary(summary, { paymentDate: '2026-04-05', region: 'I', salary: 20000000 });
 * const slip = computePayslip(input);
 * ```
 */
export function payslipInputFromHrSummary(
  summary: PayrollPeriodSummary,
  facts: HrPayslipFacts,
): PayslipInput {
  const ot = summary.overtime;
  const overtime: NonNullable<PayslipInput['overtime']>[number][] = [];
  const push = (
    kind: 'weekday' | 'restDay' | 'holiday',
    minutes: number,
    night: boolean,
    afterDayOvertime = false,
  ): void => {
    if (minutes > 0) overtime.push({ kind, minutes, night, afterDayOvertime });
  };
  push('weekday', ot.normalDay.day, false);
  push('weekday', ot.normalDay.night - ot.normalDay.nightAfterDayOvertime, true);
  push('weekday', ot.normalDay.nightAfterDayOvertime, true, true);
  push('restDay', ot.weeklyRestDay.day, false);
  push('restDay', ot.weeklyRestDay.night, true);
  push('holiday', ot.publicHoliday.day, false);
  push('holiday', ot.publicHoliday.night, true);
  return {
    ...facts,
    employeeId: summary.employeeId,
    period: summary.period.start.slice(0, 7),
    attendance: {
      paidDays: summary.paidDays,
      standardDays: summary.standardWorkingDays,
      notWorkedDays: summary.unpaidDays + summary.socialInsuranceLeaveDays + summary.outsideEmploymentDays,
    },
    overtime,
    nightMinutes: summary.nightMinutes,
  };
}
