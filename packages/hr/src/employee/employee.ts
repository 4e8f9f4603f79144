import { BoValidationError, type CalendarDate, parseWith } from '@bo/core';
import { z } from 'zod';
import { DependantSchema } from '../dependants/dependant.js';
import { CalendarDateSchema } from '../internal/schemas.js';
import {
  NationalIdSchema,
  SocialInsuranceNumberSchema,
  TaxCodeSchema,
  validateNationalId,
} from './national-id.js';

/**
 * Minimum-wage region (vùng lương tối thiểu) I–IV of Decree 293/2025/NĐ-CP Art. 3 and its appendix.
 * @example MinimumWageRegionSchema.parse('II')
 */
export const MinimumWageRegionSchema = z.enum(['I', 'II', 'III', 'IV']);
/** Minimum-wage region I–IV. */
export type MinimumWageRegion = z.infer<typeof MinimumWageRegionSchema>;

/**
 * A place of work; its minimum-wage region follows the employer's (branch's) place of operation
 * (Decree 293/2025/NĐ-CP Art. 3(3)).
 * @example WorkLocationSchema.parse({ code: 'HCM-Q1', name: 'Văn phòng Quận 1', minimumWageRegion: 'I' })
 */
export const WorkLocationSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  province: z.string().min(1).optional(),
  minimumWageRegion: MinimumWageRegionSchema,
});
/** A place of work. */
export type WorkLocation = z.infer<typeof WorkLocationSchema>;

/**
 * Employment status after a dated change.
 * @example EmploymentStatusSchema.parse('probation')
 */
export const EmploymentStatusSchema = z.enum(['probation', 'active', 'suspended', 'on-leave', 'terminated']);
/** Employment status. */
export type EmploymentStatus = z.infer<typeof EmploymentStatusSchema>;

/** The job-related fields an employment change may set. */
const assignmentShape = {
  orgUnit: z.string().min(1),
  position: z.string().min(1),
  grade: z.string().min(1),
  managerId: z.string().min(1).nullable(),
  workLocation: WorkLocationSchema,
  status: EmploymentStatusSchema,
  /** Job type for annual leave (Labour Code Art. 113(1)). */
  jobType: z.enum(['normal', 'heavy', 'especially-heavy']),
};

/**
 * One dated change of employment (quá trình công tác): any subset of org unit, position, grade, manager,
 * work location, status and job type, effective from a date, with a reason.
 * @example EmploymentChangeSchema.parse({ effectiveFrom: '2026-07-01', position: 'Senior accountant', reason: 'promotion' })
 */
export const EmploymentChangeSchema = z
  .object({
    effectiveFrom: CalendarDateSchema,
    reason: z.string().min(1).optional(),
    orgUnit: assignmentShape.orgUnit.optional(),
    position: assignmentShape.position.optional(),
    grade: assignmentShape.grade.optional(),
    managerId: assignmentShape.managerId.optional(),
    workLocation: assignmentShape.workLocation.optional(),
    status: assignmentShape.status.optional(),
    jobType: assignmentShape.jobType.optional(),
  })
  .strict();
/** One dated change of employment. */
export type EmploymentChange = z.infer<typeof EmploymentChangeSchema>;

/**
 * Bank account for salary payment.
 * @example BankAccountSchema.parse({ bankName: 'Vietcombank', bankBin: '970436', accountNumber: '0071000123456', accountName: 'NGUYEN VAN AN' })
 */
export const BankAccountSchema = z.object({
  bankName: z.string().min(1),
  /** NAPAS bank identification number (6 digits), when known. */
  bankBin: z
    .string()
    .regex(/^\d{6}$/, 'a NAPAS BIN has 6 digits')
    .optional(),
  accountNumber: z.string().regex(/^[0-9A-Za-z]{4,20}$/, 'an account number has 4–20 letters or digits'),
  accountName: z.string().min(1),
});

/**
 * An employee (hồ sơ nhân sự): identity, contact, identifiers, bank account, nationality and tax residency,
 * hire and termination dates, dependants and the dated employment history. The first history entry must
 * be on the hire date and set every job field; later entries change some of them.
 *
 * Validation (`parseEmployee`) also checks the CCCD against birth date and gender, history order and
 * bounds, and dependants' registration months.
 * @example parseEmployee({ id: 'E1', code: 'NV001', fullName: 'Nguyễn Văn An', … })
 */
export const EmployeeSchema = z
  .object({
    id: z.string().min(1),
    code: z.string().min(1),
    fullName: z.string().min(1),
    birthDate: CalendarDateSchema,
    gender: z.enum(['male', 'female']),
    /** ISO 3166-1 alpha-2 nationality. */
    nationality: z.string().regex(/^[A-Z]{2}$/, 'nationality is an ISO 3166 alpha-2 code such as VN'),
    /** Tax residency for personal income tax (cư trú / không cư trú). */
    taxResidency: z.enum(['resident', 'non-resident']),
    nationalId: NationalIdSchema.optional(),
    passportNumber: z.string().min(5).max(20).optional(),
    taxCode: TaxCodeSchema.optional(),
    socialInsuranceNumber: SocialInsuranceNumberSchema.optional(),
    bankAccount: BankAccountSchema.optional(),
    contact: z
      .object({
        email: z.string().email().optional(),
        phone: z
          .string()
          .regex(/^\+?\d{9,15}$/, 'a phone number has 9–15 digits')
          .optional(),
        address: z.string().min(1).optional(),
      })
      .default({}),
    hireDate: CalendarDateSchema,
    terminationDate: CalendarDateSchema.optional(),
    history: z.array(EmploymentChangeSchema).min(1, 'history needs the hiring entry'),
    dependants: z.array(DependantSchema).default([]),
  })
  .superRefine((e, ctx) => {
    if (e.nationality === 'VN' && e.nationalId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['nationalId'], message: 'a Vietnamese national needs a CCCD' });
    }
    if (e.nationality !== 'VN' && e.nationalId === undefined && e.passportNumber === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['passportNumber'],
        message: 'a foreign employee needs a passport number',
      });
    }
    if (e.terminationDate !== undefined && e.terminationDate < e.hireDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['terminationDate'],
        message: 'termination date is before the hire date',
      });
    }
    const first = e.history[0];
    if (first) {
      if (first.effectiveFrom !== e.hireDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', 0, 'effectiveFrom'],
          message: 'the first history entry must be on the hire date',
        });
      }
      for (const key of [
        'orgUnit',
        'position',
        'grade',
        'managerId',
        'workLocation',
        'status',
        'jobType',
      ] as const) {
        if (first[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['history', 0, key],
            message: `the hiring entry must set ${key}`,
          });
      }
    }
    for (let i = 1; i < e.history.length; i++) {
      if (e.history[i]!.effectiveFrom <= e.history[i - 1]!.effectiveFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'effectiveFrom'],
          message: 'history entries must be in strictly increasing date order',
        });
      }
      if (e.terminationDate !== undefined && e.history[i]!.effectiveFrom > e.terminationDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'effectiveFrom'],
          message: 'history entry after the termination date',
        });
      }
    }
    e.dependants.forEach((d, i) => {
      if (d.registeredTo !== undefined && d.registeredTo < d.registeredFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['dependants', i, 'registeredTo'],
          message: 'registeredTo is before registeredFrom',
        });
      }
    });
  });

/** An employee record, validated. */
export type Employee = z.output<typeof EmployeeSchema>;
/** What {@link parseEmployee} accepts. */
export type EmployeeInput = z.input<typeof EmployeeSchema>;

/** Employment fields in force on a date. */
export interface EmploymentSnapshot {
  readonly employeeId: string;
  readonly date: CalendarDate;
  readonly orgUnit: string;
  readonly position: string;
  readonly grade: string;
  readonly managerId: string | null;
  readonly workLocation: WorkLocation;
  readonly status: EmploymentStatus;
  readonly jobType: 'normal' | 'heavy' | 'especially-heavy';
  /** Dates of the history entries that set the snapshot, oldest first. */
  readonly basedOn: readonly CalendarDate[];
}

/**
 * Validates an employee record.
 * @throws BoValidationError `HR/INVALID_EMPLOYEE` naming the field; `HR/NATIONAL_ID_MISMATCH` when the
 *   CCCD's birth year or gender disagree with the record
 * @example const employee = parseEmployee(raw);
 */
export function parseEmployee(input: unknown): Employee {
  const e = parseWith(EmployeeSchema, input, 'employee', 'HR/INVALID_EMPLOYEE');
  if (e.nationalId !== undefined)
    validateNationalId(e.nationalId, { birthDate: e.birthDate, gender: e.gender });
  return e;
}

/**
 * The employee's job as of a date: the hiring entry with every later change up to that date applied.
 * Returns `undefined` before the hire date and after the termination date.
 * @example employmentAsOf(employee, '2026-03-15')?.position // 'Accountant'
 */
export function employmentAsOf(employee: Employee, date: CalendarDate): EmploymentSnapshot | undefined {
  if (date < employee.hireDate) return undefined;
  if (employee.terminationDate !== undefined && date > employee.terminationDate) return undefined;
  const acc: Record<string, unknown> = {};
  const basedOn: CalendarDate[] = [];
  for (const change of employee.history) {
    if (change.effectiveFrom > date) break;
    basedOn.push(change.effectiveFrom);
    for (const [k, v] of Object.entries(change)) {
      if (k !== 'effectiveFrom' && k !== 'reason' && v !== undefined) acc[k] = v;
    }
  }
  return {
    employeeId: employee.id,
    date,
    ...(acc as Omit<EmploymentSnapshot, 'employeeId' | 'date' | 'basedOn'>),
    basedOn,
  };
}

/**
 * Appends a dated change, returning a new employee (the input is not changed). A change to status
 * `terminated` also sets the termination date to its date: the last day of employment.
 * @throws BoValidationError `HR/HISTORY_OUT_OF_ORDER` when the change is not after the last entry;
 *   `HR/INVALID_EMPLOYEE` when the change is malformed
 * @example const promoted = recordChange(employee, { effectiveFrom: '2026-07-01', grade: 'G5', reason: 'promotion' });
 */
export function recordChange(employee: Employee, change: z.input<typeof EmploymentChangeSchema>): Employee {
  const parsed = parseWith(EmploymentChangeSchema, change, 'employment change', 'HR/INVALID_EMPLOYEE');
  const last = employee.history[employee.history.length - 1]!;
  if (parsed.effectiveFrom <= last.effectiveFrom) {
    throw outOfOrder(parsed.effectiveFrom, last.effectiveFrom, employee.history.length);
  }
  const terminationDate =
    parsed.status === 'terminated' && employee.terminationDate === undefined
      ? parsed.effectiveFrom
      : employee.terminationDate;
  return parseEmployee({ ...employee, terminationDate, history: [...employee.history, parsed] });
}

function outOfOrder(date: string, last: string, index: number): BoValidationError {
  return new BoValidationError({
    code: 'HR/HISTORY_OUT_OF_ORDER',
    message: `change effective ${date} is not after the last history entry (${last}); history is append-only`,
    messageVi: `thay đổi hiệu lực ${date} không sau mục cuối (${last}) của quá trình công tác`,
    path: ['history', index, 'effectiveFrom'],
    details: { date, last },
  });
}
