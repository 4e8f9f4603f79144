// Step 1 — @bo/hr: the people, their contracts and the month's time, turned into one payroll summary each.
import {
  type Contract,
  contractTermsAsOf,
  countDependants,
  type Employee,
  employmentAsOf,
  holidayDates,
  type LeaveDay,
  type PayrollPeriodSummary,
  parseContract,
  parseEmployee,
  parseWorkSchedule,
  preparePeriod,
  publicHolidays,
  summarizePeriod,
  type TimesheetDay,
  type PeriodContext,
  type ContractTerms,
  type EmploymentSnapshot,
} from '@bo/hr';
import type { CalendarDate } from '@bo/core';
import type { Company, Attendance } from './data.js';

/** What the HR step hands on for one employee. */
export interface PersonMonth {
  readonly employee: Employee;
  readonly contract: Contract;
  readonly assignment: EmploymentSnapshot;
  readonly terms: ContractTerms;
  readonly costCentre: string;
  readonly dependants: number;
  readonly summary: PayrollPeriodSummary;
}

export interface PeopleResult {
  readonly people: readonly PersonMonth[];
  readonly holidays: readonly CalendarDate[];
}

export function costCentreOf(company: Company, orgUnit: string, position: string): string {
  const rule = company.costCentres.find(
    (r) => r.orgUnit === orgUnit && (r.position === undefined || r.position === position),
  );
  if (!rule) throw new Error(`no cost centre for ${orgUnit} / ${position}`);
  return rule.costCentre;
}

export function buildPeople(
  company: Company,
  employeesRaw: unknown[],
  contractsRaw: unknown[],
  attendance: readonly Attendance[],
): PeopleResult {
  const month = company.month;
  const monthEnd = `${month}-30` as CalendarDate;
  const holidays = [...holidayDates(publicHolidays(Number(month.slice(0, 4))))]
    .filter((d) => d.startsWith(month))
    .sort();
  const contexts = new Map<string, PeriodContext>();
  for (const [key, raw] of Object.entries(company.schedules)) {
    contexts.set(key, preparePeriod(month, parseWorkSchedule(raw), { holidays }));
  }
  const contracts = new Map(
    contractsRaw.map((c) => {
      const contract = parseContract(c);
      return [contract.employeeId, contract] as const;
    }),
  );
  const byEmployee = new Map(attendance.map((a) => [a.employeeId, a]));
  const people: PersonMonth[] = [];
  for (const raw of employeesRaw) {
    const employee = parseEmployee(raw);
    const contract = contracts.get(employee.id);
    const att = byEmployee.get(employee.id);
    if (!contract || !att) throw new Error(`${employee.id} has no contract or attendance record`);
    const ctx = contexts.get(att.schedule);
    if (!ctx) throw new Error(`unknown schedule ${att.schedule}`);
    const lastDay = (
      employee.terminationDate && employee.terminationDate < monthEnd ? employee.terminationDate : monthEnd
    ) as CalendarDate;
    const assignment = employmentAsOf(employee, lastDay);
    if (!assignment) throw new Error(`${employee.id} is not employed in ${month}`);
    const terms = contractTermsAsOf(contract, lastDay);
    const summary = summarizePeriod(ctx, {
      employeeId: employee.id,
      employedFrom: employee.hireDate,
      ...(employee.terminationDate ? { employedTo: employee.terminationDate } : {}),
      timesheet: timesheetOf(ctx, att, company.shiftSegments[att.schedule] ?? [], employee),
      leave: leaveOf(att),
    });
    people.push({
      employee,
      contract,
      assignment,
      terms,
      costCentre: costCentreOf(company, assignment.orgUnit, assignment.position),
      dependants: countDependants(employee, month),
      summary,
    });
  }
  return { people, holidays: holidays as CalendarDate[] };
}

/** Attendance is kept by exception: the scheduled shift on every working day, less absences and leave, plus overtime. */
function timesheetOf(
  ctx: PeriodContext,
  att: Attendance,
  shift: readonly { start: string; end: string }[],
  employee: Employee,
): TimesheetDay[] {
  const away = new Set([...att.absences.map((a) => a.date), ...att.leave.map((l) => l.date)]);
  const days = new Map<string, { start: string; end: string }[]>();
  ctx.dates.forEach((date, i) => {
    if (ctx.dayKind[i] !== 0 || away.has(date)) return;
    if (date < employee.hireDate || (employee.terminationDate && date > employee.terminationDate)) return;
    days.set(
      date,
      shift.map((s) => ({ ...s })),
    );
  });
  for (const ot of att.overtime) {
    const segments = days.get(ot.date) ?? [];
    segments.push({ start: ot.start, end: ot.end });
    days.set(ot.date, segments);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, segments]) => ({ date, segments }));
}

function leaveOf(att: Attendance): LeaveDay[] {
  return [
    ...att.leave.map((l) => ({ date: l.date, type: l.type })),
    ...att.absences.map((a) => ({ date: a.date, type: a.kind === 'sick' ? 'SICK' : 'UNPAID' })),
  ];
}
