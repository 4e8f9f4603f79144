import { isCalendarDate, parseWith } from '@bo/core';
import { z } from 'zod';

const wholeDong = z.union([z.string(), z.number(), z.bigint()]).transform((v, ctx) => {
  const s = typeof v === 'string' ? v.trim() : String(v);
  if (!/^-?\d+$/.test(s)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a whole number of đồng, got ${JSON.stringify(String(v))}`,
    });
    return z.NEVER;
  }
  const b = BigInt(s);
  if (b < 0n) {
    ctx.addIssue({ code: 'custom', message: `must not be negative, got ${s}` });
    return z.NEVER;
  }
  return b;
});
const date = z.string().refine(isCalendarDate, 'must be a real date YYYY-MM-DD');
const hours = z.number().finite().min(0, 'hours must not be negative');
const code = z.string().regex(/^[A-Z0-9_]+$/, 'codes are UPPER_SNAKE_CASE');

/**
 * Zod schema of one allowance (phụ cấp): taxable, exempt (optionally up to a cap), a cash meal
 * allowance exempt up to the statutory meal cap, or `housing` — rent the employer pays for the
 * employee's home, taxable only up to 15 % of the month's other taxable income (Circular 111/2013
 * Art. 2.2.đ.1; Decree 253/2026 Art. 8.2.h); `insurable` puts it into the social insurance salary;
 * `overtimeBase` (default: the value of `insurable`) counts it in the hourly rate of overtime and night pay
 * (job allowances, Decree 145/2020/ND-CP Art. 55(1)(a)).
 * @example AllowanceSchema.parse({ code: 'PHONE', label: 'Phone', amount: '500000', tax: 'exempt' })
 */
export const AllowanceSchema = z
  .object({
    code,
    label: z.string().min(1),
    labelVi: z.string().min(1).optional(),
    amount: wholeDong,
    tax: z.enum(['taxable', 'exempt', 'meal', 'housing']).default('taxable'),
    exemptCap: wholeDong.optional(),
    insurable: z.boolean().default(false),
    overtimeBase: z.boolean().optional(),
    prorate: z.boolean().default(false),
  })
  .strict();

/**
 * Zod schema of overtime hours of one kind (Labour Code 2019 Art. 98).
 * @example OvertimeSchema.parse({ kind: 'weekday', hours: 10 })
 */
export const OvertimeSchema = z
  .object({
    kind: z.enum(['weekday', 'restDay', 'holiday']),
    hours: hours.optional(),
    minutes: z.number().int().min(0, 'minutes must not be negative').optional(),
    night: z.boolean().default(false),
    afterDayOvertime: z.boolean().default(false),
  })
  .strict()
  .refine((o) => (o.hours === undefined) !== (o.minutes === undefined), {
    message: 'give exactly one of hours or minutes',
    path: ['hours'],
  });

/**
 * Zod schema of attendance already summarised elsewhere (e.g. by @bo/hr): paid days over the standard
 * days of the month (the daily-rate divisor), and the working days neither worked nor paid (for the
 * 14-day insurance rule). When given it replaces `employment`/`unpaidDays` proration.
 * @example AttendanceSchema.parse({ paidDays: 24, standardDays: 26, notWorkedDays: 2 })
 */
export const AttendanceSchema = z
  .object({
    paidDays: z.number().finite().min(0, 'paid days must not be negative'),
    standardDays: z.number().finite().positive('standard days must be positive'),
    notWorkedDays: z.number().finite().min(0).default(0),
  })
  .strict();

/**
 * Zod schema of a registered dependant (người phụ thuộc) with the month the deduction starts.
 * @example DependantSchema.parse({ id: 'child-1', from: '2024-05-01' })
 */
export const DependantSchema = z.object({ id: z.string().min(1), from: date, to: date.optional() }).strict();

/**
 * Zod schema of an employee's month for a payslip. Amounts are whole đồng (string, number or bigint).
 *
 * - `period` (`YYYY-MM`) is the month the pay relates to: it selects insurance rules.
 * - `paymentDate` selects the PIT rules (tax period of the payment).
 * - `dayBasis` names the proration basis: actual working days of the month, calendar days, or a
 *   fixed number of days (26 or 30 are common); it also gives the day used for the hourly rate.
 *
 * @example
 * ```ts
 * PayslipInputSchema.parse({ employeeId: 'NV001', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: '20000000' });
 * ```
 */
export const PayslipInputSchema = z
  .object({
    employeeId: z.string().min(1),
    name: z.string().optional(),
    department: z.string().optional(),
    costCentre: z.string().optional(),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period must be YYYY-MM'),
    paymentDate: date,
    region: z.enum(['I', 'II', 'III', 'IV']),
    salary: wholeDong,
    contract: z.enum(['labour', 'casual']).default('labour'),
    residency: z.enum(['resident', 'non-resident']).default('resident'),
    nationality: z.enum(['VN', 'foreign']).default('VN'),
    contractMonths: z.number().int().positive().optional(),
    insurance: z
      .object({
        enabled: z.boolean().default(true),
        basis: wholeDong.optional(),
        accidentRate: z.enum(['standard', 'reduced']).default('standard'),
        unionFee: z.boolean().default(true),
        unionMember: z.boolean().default(false),
      })
      .strict()
      .default({ enabled: true, accidentRate: 'standard', unionFee: true, unionMember: false }),
    allowances: z.array(AllowanceSchema).default([]),
    bonuses: z
      .array(
        z
          .object({ code, label: z.string().min(1), labelVi: z.string().optional(), amount: wholeDong })
          .strict(),
      )
      .default([]),
    overtime: z.array(OvertimeSchema).default([]),
    nightHours: hours.default(0),
    nightMinutes: z.number().int().min(0).default(0),
    attendance: AttendanceSchema.optional(),
    employment: z.object({ start: date.optional(), end: date.optional() }).strict().optional(),
    unpaidDays: z.number().finite().min(0, 'unpaid days must not be negative').default(0),
    workWeek: z.enum(['MON_FRI', 'MON_SAT', 'MON_SAT_HALF']).default('MON_SAT'),
    holidays: z.array(date).default([]),
    dayBasis: z
      .union([
        z.literal('working-days'),
        z.literal('calendar-days'),
        z.object({ fixedDays: z.number().int().min(1).max(31) }).strict(),
      ])
      .default('working-days'),
    hoursPerDay: z.number().finite().positive().default(8),
    dependants: z.union([z.number().int().min(0), z.array(DependantSchema)]).default(0),
    voluntaryPension: wholeDong.default(0n),
    deductions: z
      .array(
        z
          .object({
            code,
            label: z.string().min(1),
            labelVi: z.string().optional(),
            amount: wholeDong,
            kind: z.enum(['advance', 'other']).default('other'),
          })
          .strict(),
      )
      .default([]),
    pitBorneByEmployer: z.boolean().default(false),
    casualCommitment: z.boolean().default(false),
    bank: z
      .object({ account: z.string().min(1), bank: z.string().optional(), holder: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();

/** What callers pass: amounts as strings, numbers or bigints. @example const i: PayslipInput = { employeeId: 'A', period: '2026-01', paymentDate: '2026-01-31', region: 'I', salary: 20000000 }; */
export type PayslipInput = z.input<typeof PayslipInputSchema>;
/** The parsed input (amounts as bigint đồng, defaults filled). @example const p: ParsedPayslipInput = PayslipInputSchema.parse(i); */
export type ParsedPayslipInput = z.output<typeof PayslipInputSchema>;

/**
 * A parsed input with, for the fast-path shape, the key of the rules-and-calendar part of it
 * (everything but identity and salary): inputs with the same key share their plan.
 * @internal
 */
export interface KeyedPayslipInput {
  readonly parsed: ParsedPayslipInput;
  readonly planKey: string | undefined;
}

const SIMPLE_KEYS = new Set([
  'employeeId',
  'name',
  'department',
  'costCentre',
  'period',
  'paymentDate',
  'region',
  'salary',
  'dependants',
  'contract',
  'residency',
  'nationality',
  'overtime',
]);
const OVERTIME_KEYS = new Set(['kind', 'hours', 'minutes', 'night', 'afterDayOvertime']);
type ParsedOvertime = ParsedPayslipInput['overtime'][number];

/**
 * The overtime list when every entry is plainly valid (what OvertimeSchema would return, defaults
 * filled), else undefined so that the caller falls back to zod for the error and its path.
 */
function simpleOvertime(v: unknown): ParsedOvertime[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: ParsedOvertime[] = [];
  for (const x of v as unknown[]) {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
    const o = x as Record<string, unknown>;
    for (const k in o) if (!OVERTIME_KEYS.has(k) || o[k] === undefined) return undefined;
    const { kind, hours, minutes } = o;
    // absent → the default; null is not absent (zod rejects it)
    const night = o.night === undefined ? false : o.night;
    const afterDayOvertime = o.afterDayOvertime === undefined ? false : o.afterDayOvertime;
    if (
      (kind !== 'weekday' && kind !== 'restDay' && kind !== 'holiday') ||
      (hours === undefined) === (minutes === undefined) ||
      (hours !== undefined && (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0)) ||
      (minutes !== undefined &&
        (typeof minutes !== 'number' || !Number.isSafeInteger(minutes) || minutes < 0)) ||
      typeof night !== 'boolean' ||
      typeof afterDayOvertime !== 'boolean'
    ) {
      return undefined;
    }
    out.push(
      hours !== undefined
        ? { kind, hours: hours as number, night, afterDayOvertime }
        : { kind, minutes: minutes as number, night, afterDayOvertime },
    );
  }
  return out;
}
const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DONG_RE = /^\d+$/;
const REGIONS = new Set(['I', 'II', 'III', 'IV']);

function simpleDong(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v >= 0n ? v : undefined;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? BigInt(v) : undefined;
  if (typeof v === 'string') return DONG_RE.test(v) ? BigInt(v) : undefined;
  return undefined;
}

/** The schema parse of a payslip input, failing with `PAYROLL/INVALID_INPUT` naming the field. @internal */
export function parseWithSchema(x: unknown): ParsedPayslipInput {
  return parseWith(PayslipInputSchema, x, 'payslip input', 'PAYROLL/INVALID_INPUT');
}

/** The zod path of {@link parsePayslipInputKeyed} (input as given; for net→gross, `net` dropped and `salary` 0). */
function parseSlow(
  input: unknown,
  parse: (x: unknown) => ParsedPayslipInput,
  forNetToGross: boolean,
): KeyedPayslipInput {
  if (!forNetToGross) return { parsed: parse(input), planKey: undefined };
  const { net: _net, ...rest } = (input ?? {}) as Record<string, unknown>;
  return { parsed: parse({ ...rest, salary: 0 }), planKey: undefined };
}

/**
 * Parses a payslip input: a fast path for the common flat shape (identifiers, period, payment date,
 * region, salary, a dependant count, contract/residency/nationality, overtime hours), checked to give exactly what
 * {@link PayslipInputSchema} gives (property-tested); anything else — and every invalid input — goes
 * through the zod schema, so errors always name the field. With `forNetToGross` the input has a
 * target `net` (validated by the caller) instead of a `salary`: it is parsed as if `salary` were 0.
 * @internal
 */
export function parsePayslipInput(
  input: unknown,
  parse: (x: unknown) => ParsedPayslipInput,
  forNetToGross = false,
): ParsedPayslipInput {
  return parsePayslipInputKeyed(input, parse, forNetToGross).parsed;
}

/** {@link parsePayslipInput} with the plan key of a fast-path input. @internal */
export function parsePayslipInputKeyed(
  input: unknown,
  parse: (x: unknown) => ParsedPayslipInput,
  forNetToGross = false,
): KeyedPayslipInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return parseSlow(input, parse, forNetToGross);
  const o = input as Record<string, unknown>;
  for (const k in o) {
    if (forNetToGross && k === 'net') continue;
    if (!SIMPLE_KEYS.has(k) || o[k] === undefined || (forNetToGross && k === 'salary'))
      return parseSlow(input, parse, forNetToGross);
  }
  const salary = forNetToGross ? 0n : simpleDong(o.salary);
  const dependants = o.dependants === undefined ? 0 : o.dependants;
  const overtime = o.overtime === undefined ? [] : simpleOvertime(o.overtime);
  if (
    salary === undefined ||
    overtime === undefined ||
    typeof o.employeeId !== 'string' ||
    o.employeeId.length === 0 ||
    typeof o.period !== 'string' ||
    !PERIOD_RE.test(o.period) ||
    typeof o.paymentDate !== 'string' ||
    !isCalendarDate(o.paymentDate) ||
    typeof o.region !== 'string' ||
    !REGIONS.has(o.region) ||
    typeof dependants !== 'number' ||
    !Number.isInteger(dependants) ||
    dependants < 0 ||
    (o.name !== undefined && typeof o.name !== 'string') ||
    (o.department !== undefined && typeof o.department !== 'string') ||
    (o.costCentre !== undefined && typeof o.costCentre !== 'string') ||
    (o.contract !== undefined && o.contract !== 'labour' && o.contract !== 'casual') ||
    (o.residency !== undefined && o.residency !== 'resident' && o.residency !== 'non-resident') ||
    (o.nationality !== undefined && o.nationality !== 'VN')
  ) {
    return parseSlow(input, parse, forNetToGross);
  }
  const out: Record<string, unknown> = {
    employeeId: o.employeeId,
    period: o.period,
    paymentDate: o.paymentDate,
    region: o.region,
    salary,
    contract: o.contract ?? 'labour',
    residency: o.residency ?? 'resident',
    nationality: 'VN',
    insurance: { enabled: true, accidentRate: 'standard', unionFee: true, unionMember: false },
    allowances: [],
    bonuses: [],
    overtime,
    nightHours: 0,
    nightMinutes: 0,
    unpaidDays: 0,
    workWeek: 'MON_SAT',
    holidays: [],
    dayBasis: 'working-days',
    hoursPerDay: 8,
    dependants,
    voluntaryPension: 0n,
    deductions: [],
    pitBorneByEmployer: false,
    casualCommitment: false,
  };
  if (o.name !== undefined) out.name = o.name;
  if (o.department !== undefined) out.department = o.department;
  if (o.costCentre !== undefined) out.costCentre = o.costCentre;
  let key = `${o.period}|${o.paymentDate}|${o.region}|${dependants}|${out.contract}|${out.residency}`;
  for (const x of overtime) {
    key += `|${x.kind}:${x.hours ?? ''}:${x.minutes ?? ''}:${x.night}:${x.afterDayOvertime}`;
  }
  return { parsed: out as ParsedPayslipInput, planKey: key };
}
