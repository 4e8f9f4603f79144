import { isBoError } from '@bo/core';
import { parseContract, parseEmployee, parseWorkSchedule, preparePeriod, summarizePeriod } from '@bo/hr';
import { describe, expect, it } from 'vitest';
import { computePayslip, payslipInputFromHrRecords } from '../src/index.js';

const employee = parseEmployee({
  id: 'E7',
  code: 'NV007',
  fullName: 'Tanaka Hiroshi',
  birthDate: '1980-06-15',
  gender: 'male',
  nationality: 'JP',
  taxResidency: 'resident',
  passportNumber: 'TR1234567',
  hireDate: '2026-01-05',
  history: [
    {
      effectiveFrom: '2026-01-05',
      orgUnit: 'KTH',
      position: 'Engineer',
      grade: 'M3',
      managerId: null,
      workLocation: { code: 'BN', name: 'Bắc Ninh', minimumWageRegion: 'II' },
      status: 'active',
      jobType: 'normal',
    },
  ],
  dependants: [{ id: 'D1', fullName: 'Tanaka Yui', relationship: 'child', registeredFrom: '2026-02' }],
  bankAccount: { bankName: 'BIDV', accountNumber: '123456789', accountName: 'TANAKA HIROSHI' },
});
const contract = parseContract({
  id: 'C7',
  employeeId: 'E7',
  number: '007/2026',
  type: 'definite',
  signedOn: '2026-01-02',
  startDate: '2026-01-05',
  endDate: '2028-01-04',
  position: 'Engineer',
  jobLevel: 'college-or-above',
  successiveRuleExemption: 'foreign-worker',
  salary: [{ effectiveFrom: '2026-01-05', amount: '60000000' }],
  allowances: [{ code: 'RESP', name: 'Phụ cấp trách nhiệm', amount: '5000000', effectiveFrom: '2026-01-05' }],
});
const schedule = parseWorkSchedule({
  id: 'office',
  name: 'Office',
  shifts: [{ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }],
  week: ['HC', 'HC', 'HC', 'HC', 'HC', null, null],
});
const ctx = preparePeriod('2026-03', schedule);
const summary = summarizePeriod(ctx, {
  employeeId: 'E7',
  timesheet: ctx.dates
    .filter((_, i) => ctx.dayKind[i] === 0)
    .map((date) => ({
      date,
      segments: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    })),
});

describe('payslip input from HR records', () => {
  it('takes pay, allowances, region, dependants, residency, contract length and bank from the records', () => {
    const input = payslipInputFromHrRecords({
      employee,
      contract,
      summary,
      paymentDate: '2026-04-05',
      allowancePolicies: { RESP: { label: 'Responsibility', tax: 'taxable', insurable: true } },
    });
    expect(input).toMatchObject({
      employeeId: 'E7',
      period: '2026-03',
      region: 'II',
      salary: '60000000',
      nationality: 'foreign',
      residency: 'resident',
      contractMonths: 24,
      dependants: 1,
      bank: { account: '123456789', bank: 'BIDV' },
    });
    const slip = computePayslip(input);
    // A foreign employee on a 24-month contract: social and health insurance, no unemployment insurance.
    expect(slip.lines.some((l) => l.code === 'BHXH_EE')).toBe(true);
    expect(slip.lines.some((l) => l.code === 'BHTN_EE')).toBe(false);
    expect(slip.gross.amount.toString()).toBe('65000000');
  });

  it('counts the contract in full calendar months: a few days short of a year is 11, not a rounded 12', () => {
    const months = (startDate: string, endDate: string) =>
      payslipInputFromHrRecords({
        employee,
        contract: parseContract({
          id: 'C7',
          employeeId: 'E7',
          number: '007/2026',
          type: 'definite',
          signedOn: '2025-12-20',
          startDate,
          endDate,
          position: 'Engineer',
          jobLevel: 'college-or-above',
          successiveRuleExemption: 'foreign-worker',
          salary: [{ effectiveFrom: startDate, amount: '60000000' }],
          allowances: [
            { code: 'RESP', name: 'Phụ cấp trách nhiệm', amount: '5000000', effectiveFrom: startDate },
          ],
        }),
        summary,
        paymentDate: '2026-04-05',
        allowancePolicies: { RESP: { label: 'Responsibility', tax: 'taxable', insurable: true } },
      }).contractMonths;
    expect(months('2026-01-05', '2027-01-04')).toBe(12);
    expect(months('2026-01-01', '2026-12-16')).toBe(11); // 350 days: Math.round(350 / 30.4375) was 12
    expect(months('2026-01-31', '2027-01-30')).toBe(12);
    expect(months('2026-01-31', '2027-01-29')).toBe(11);
    expect(months('2026-03-05', '2026-03-31')).toBe(1); // shorter than a month
  });

  it('refuses an allowance code without a policy, naming it', () => {
    try {
      payslipInputFromHrRecords({
        employee,
        contract,
        summary,
        paymentDate: '2026-04-05',
        allowancePolicies: {},
      });
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'PAYROLL/UNKNOWN_ALLOWANCE')).toBe(true);
      expect((e as { path: unknown }).path).toEqual(['allowancePolicies', 'RESP']);
    }
  });
});
