import { bench, describe } from 'vitest';
import {
  type EmployeePeriodInput,
  holidayDates,
  parseWorkSchedule,
  preparePeriod,
  publicHolidays,
  summarizePeriod,
  type TimesheetDay,
} from '../src/index.js';

// 100 000 employees' month of timesheets (April 2026, Mon–Fri office schedule, 2 public holidays):
// each works every working day 08:00–12:00 + 13:00–17:00, one in three does 2 h overtime on Wednesdays,
// one in ten takes a day of annual leave. Target: ≥ 100 000 employees/s.
const schedule = parseWorkSchedule({
  id: 'office',
  name: 'Văn phòng',
  shifts: [{ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }],
  week: ['HC', 'HC', 'HC', 'HC', 'HC', null, null],
});
const ctx = preparePeriod('2026-04', schedule, { holidays: holidayDates(publicHolidays(2026)) });
const workDates = ctx.dates.filter((_, i) => ctx.dayKind[i] === 0);
const normal = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];
const withOt = [...normal, { start: '17:30', end: '19:30' }];
const EMPLOYEES = 100_000;
const inputs: EmployeePeriodInput[] = [];
for (let e = 0; e < EMPLOYEES; e++) {
  const leaveDate = e % 10 === 0 ? workDates[e % workDates.length] : undefined;
  const timesheet: TimesheetDay[] = [];
  for (const date of workDates) {
    if (date === leaveDate) continue;
    const wednesday = (Number(date.slice(8)) + 1) % 7 === 0;
    timesheet.push({ date, segments: e % 3 === 0 && wednesday ? withOt : normal });
  }
  inputs.push({
    employeeId: `E${e}`,
    timesheet,
    leave: leaveDate ? [{ date: leaveDate, type: 'ANNUAL' }] : [],
  });
}

describe('period summaries', () => {
  bench(
    `summarizePeriod × ${EMPLOYEES} employees (one month each)`,
    () => {
      for (let e = 0; e < EMPLOYEES; e++) summarizePeriod(ctx, inputs[e]!);
    },
    { iterations: 5, time: 0 },
  );
});
