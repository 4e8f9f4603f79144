import { period } from '@bo/core';
import type { PayrollPeriodSummary } from '@bo/hr';
import { describe, expect, it } from 'vitest';
import { computePayslip, payslipInputFromHrSummary } from '../src/index.js';

const zero = { day: 0, night: 0, nightAfterDayOvertime: 0 };
const summary: PayrollPeriodSummary = {
  employeeId: 'NV009',
  period: period('2026-03-01', '2026-03-31'),
  employed: period('2026-03-01', '2026-03-31'),
  standardWorkingDays: 26,
  scheduledDays: 26,
  outsideEmploymentDays: 0,
  workedDays: 23,
  paidLeaveDays: 1,
  publicHolidayDays: 0,
  paidDays: 24,
  unpaidLeaveDays: 2,
  absentDays: 0,
  unpaidDays: 2,
  socialInsuranceLeaveDays: 0,
  leaveDaysByType: { annual: 1, unpaid: 2 },
  normalMinutes: 23 * 480,
  shortfallMinutes: 0,
  nightMinutes: 120,
  overtime: {
    normalDay: { day: 600, night: 90, nightAfterDayOvertime: 60 },
    weeklyRestDay: { day: 240, night: 0, nightAfterDayOvertime: 0 },
    publicHoliday: zero,
  },
  overtimeMinutes: 930,
  overtimeMinutesYearToDate: 930,
  violations: [],
};

describe('payslipInputFromHrSummary', () => {
  it('maps days, overtime minutes and night minutes to a payslip', () => {
    const input = payslipInputFromHrSummary(summary, {
      paymentDate: '2026-04-05',
      region: 'I',
      salary: 20800000,
    });
    expect(input.attendance).toEqual({ paidDays: 24, standardDays: 26, notWorkedDays: 2 });
    const slip = computePayslip(input);
    const amount = (code: string) => slip.lines.find((l) => l.code === code)?.amount.amount.toString();
    expect(amount('BASIC')).toBe('19200000'); // 20.8 M × 24/26
    expect(amount('OT_WEEKDAY')).toBe('1500000'); // 10 h × 150 % × 100,000
    // night OT: 30 min at 200 % (no day OT before) + 60 min at 210 % (after day OT) → 100,000 + 210,000
    expect(
      slip.lines.filter((l) => l.code === 'OT_WEEKDAY_NIGHT').map((l) => l.amount.amount.toString()),
    ).toEqual(['100000', '210000']);
    expect(amount('OT_REST_DAY')).toBe('800000');
    expect(amount('NIGHT_WORK')).toBe('60000');
  });
});

describe('payslipInputFromHrSummary for a joiner', () => {
  it('counts scheduled days outside employment towards the 14-day insurance rule', () => {
    const joiner: PayrollPeriodSummary = {
      ...summary,
      employed: period('2026-03-18', '2026-03-31'),
      scheduledDays: 12,
      outsideEmploymentDays: 14,
      workedDays: 12,
      paidLeaveDays: 0,
      paidDays: 12,
      unpaidLeaveDays: 0,
      unpaidDays: 0,
      leaveDaysByType: {},
      nightMinutes: 0,
      overtime: { normalDay: zero, weeklyRestDay: zero, publicHoliday: zero },
      overtimeMinutes: 0,
    };
    const slip = computePayslip(
      payslipInputFromHrSummary(joiner, { paymentDate: '2026-04-05', region: 'I', salary: 26000000 }),
    );
    expect(slip.lines.find((l) => l.code === 'BASIC')?.amount.amount.toString()).toBe('12000000');
    expect(slip.employeeInsurance.amount.toString()).toBe('0');
    expect(slip.warnings.join()).toMatch(/no contribution/);
  });
});
