// @bo/hr tour: onboard an employee, sign a contract, record a month of time and leave, and hand payroll
// its summary. Run: npx tsx examples/hr-onboarding/main.ts
import { formatMoney } from '@bo/core';
import {
  accrualMovements,
  annualLeaveEntitlement,
  contractTermsAsOf,
  countDependants,
  employmentAsOf,
  holidayDates,
  type LeaveDay,
  type LeaveLedger,
  leaveBalance,
  minutesToHours,
  parseContract,
  parseEmployee,
  parseLeavePolicy,
  parseWorkSchedule,
  postLeaveMovement,
  preparePeriod,
  publicHolidays,
  redactEmployee,
  summarizePeriod,
  takenMovement,
  type TimesheetDay,
  validateLeaveRequest,
} from '@bo/hr';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

// 1. Onboard: the employee record (CCCD checked against birth year and gender) and the contract.
const employee = parseEmployee({
  id: 'E042',
  code: 'NV042',
  fullName: 'Trần Thị Mai',
  birthDate: '1995-08-20',
  gender: 'female',
  nationality: 'VN',
  taxResidency: 'resident',
  nationalId: '079195004321',
  taxCode: '079195004321',
  socialInsuranceNumber: '7912345678',
  bankAccount: { bankName: 'Techcombank', accountNumber: '19033334444015', accountName: 'TRAN THI MAI' },
  contact: { email: 'mai.tran@example.vn', phone: '0987654321' },
  hireDate: '2026-03-02',
  history: [
    {
      effectiveFrom: '2026-03-02',
      reason: 'hire',
      orgUnit: 'Kế toán',
      position: 'Kế toán viên',
      grade: 'G3',
      managerId: 'E007',
      workLocation: { code: 'HCM-Q3', name: 'Văn phòng Quận 3', minimumWageRegion: 'I' },
      status: 'probation',
      jobType: 'normal',
    },
    { effectiveFrom: '2026-04-01', status: 'active', reason: 'probation passed' },
  ],
  dependants: [{ id: 'D1', fullName: 'Nguyễn Minh Khang', relationship: 'child', registeredFrom: '2026-03' }],
});
const contract = parseContract({
  id: 'C042',
  employeeId: 'E042',
  number: '042/2026/HĐLĐ',
  type: 'definite',
  signedOn: '2026-02-25',
  startDate: '2026-03-02',
  endDate: '2027-03-01',
  position: 'Kế toán viên',
  jobLevel: 'college-or-above',
  probation: { startDate: '2026-03-02', endDate: '2026-03-31', payPercent: 85 },
  salary: [{ effectiveFrom: '2026-03-02', amount: '18000000' }],
  allowances: [{ code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: '2026-03-02' }],
});
const april = employmentAsOf(employee, '2026-04-15' as never);
const terms = contractTermsAsOf(contract, '2026-04-15' as never);
console.log(
  `${employee.fullName}: ${april?.position} (${april?.status}), region ${april?.workLocation.minimumWageRegion}, salary ${formatMoney(terms.salary)}`,
);
console.log('Redacted for logs:', JSON.stringify(redactEmployee(employee)));
check(april?.status === 'active' && !terms.inProbation, 'probation over in April');
check(
  contractTermsAsOf(contract, '2026-03-10' as never).payableSalary.amount.eq(15_300_000),
  '85 % during probation',
);
check(countDependants(employee, '2026-04') === 1, 'one dependant for April');

// 2. Leave: the 2026 entitlement (hired 2 March → 10 months), granted up front on the hire date.
//    (With `accrual: 'monthly'` only 1 day would be accrued by late April, and the request below would be refused.)
const entitlement = annualLeaveEntitlement({
  year: 2026,
  jobType: 'normal',
  serviceStart: employee.hireDate,
  employedFrom: employee.hireDate,
});
const policy = parseLeavePolicy({
  leaveType: 'ANNUAL',
  accrual: 'upfront',
  rounding: { increment: '0.5', mode: 'half-up' },
  carryOver: { maxDays: 5, expiresAfterMonths: 3 },
});
let ledger: LeaveLedger = [];
for (const m of accrualMovements(policy, entitlement.days, employee.hireDate, '2026-12-31'))
  ledger = postLeaveMovement(ledger, m, policy);
console.log(
  `Annual leave 2026: ${entitlement.fullYearDays} × ${entitlement.monthsCounted}/12 = ${entitlement.exactDays.toFixed(2)} → ${entitlement.days} days`,
);
check(entitlement.days.eq(10), 'entitlement 10 days');

// 3. April 2026: the holiday calendar (Hùng Kings falls on Sunday 26/4 → Monday 27/4 off; 30/4 Reunification).
const schedule = parseWorkSchedule({
  id: 'office',
  name: 'Hành chính',
  shifts: [{ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }],
  week: ['HC', 'HC', 'HC', 'HC', 'HC', null, null],
});
const holidays = holidayDates(publicHolidays(2026));
const request = validateLeaveRequest(
  { id: 'L-0412', employeeId: 'E042', leaveType: 'ANNUAL', start: '2026-04-23', end: '2026-04-28' },
  { schedule, holidays, ledger, policies: [policy] },
);
ledger = postLeaveMovement(ledger, takenMovement(request), policy);
console.log(
  `Leave request 23–28/4: ${request.days} working days (${request.leaveDays.map((d) => d.date.slice(8)).join(', ')}); balance ${leaveBalance(ledger, 'ANNUAL', '2026-04-30')}`,
);
check(request.days === 3, 'leave skips the weekend and the compensatory day');

const ctx = preparePeriod('2026-04', schedule, { holidays });
const onLeave = new Set(request.leaveDays.map((d) => d.date));
const timesheet: TimesheetDay[] = ctx.dates
  .filter((d, i) => ctx.dayKind[i] === 0 && !onLeave.has(d))
  .map((date) => ({
    date,
    segments:
      date === '2026-04-15'
        ? [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
            { start: '18:00', end: '22:30' },
          ]
        : [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
  }));
timesheet.push({ date: '2026-04-18', segments: [{ start: '08:00', end: '12:00' }] }); // Saturday overtime
const leave: LeaveDay[] = [...request.leaveDays];
const summary = summarizePeriod(ctx, {
  employeeId: employee.id,
  employedFrom: employee.hireDate,
  timesheet,
  leave,
});

console.log('Payroll summary, April 2026:');
console.log(
  `  standard days ${summary.standardWorkingDays}, paid ${summary.paidDays} (worked ${summary.workedDays} + leave ${summary.paidLeaveDays} + holidays ${summary.publicHolidayDays}), unpaid ${summary.unpaidDays}`,
);
console.log(
  `  overtime: weekday ${minutesToHours(summary.overtime.normalDay.day)} h day + ${minutesToHours(summary.overtime.normalDay.night)} h night, rest day ${minutesToHours(summary.overtime.weeklyRestDay.day)} h`,
);
for (const v of summary.violations)
  console.log(
    `  ⚠ ${v.rule} overtime cap on ${v.date ?? 'the month'}: ${v.actualMinutes / 60} h > ${v.limitMinutes / 60} h (${v.reference.document} ${v.reference.article ?? ''})`,
  );
check(
  summary.standardWorkingDays === 22 && summary.paidDays === 22 && summary.unpaidDays === 0,
  'a full month is paid',
);
check(
  summary.publicHolidayDays === 2 && summary.paidLeaveDays === 3 && summary.workedDays === 17,
  'days split',
);
check(
  summary.overtime.normalDay.day === 240 && summary.overtime.normalDay.night === 30,
  'weekday overtime 4 h day + 0.5 h night',
);
check(summary.overtime.weeklyRestDay.day === 240, 'Saturday overtime');
check(
  summary.violations.length === 1 && summary.violations[0]?.rule === 'daily',
  '4.5 h overtime on a weekday exceeds 50 % of 8 h',
);
check(leaveBalance(ledger, 'ANNUAL', '2026-04-30').eq(7), '10 granted − 3 taken');
console.log('All checks passed.');
