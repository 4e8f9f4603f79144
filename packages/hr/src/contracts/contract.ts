import {
  addDays,
  addMonths,
  type CalendarDate,
  diffDays,
  MON_FRI,
  parseWith,
  period,
  valueAt,
  type WorkWeek,
  workingDays,
} from '@bo/core';
import { z } from 'zod';
import { invalid } from '../internal/fail.js';
import { CalendarDateSchema, DecimalStringSchema } from '../internal/schemas.js';
import { CONTRACT_TERMS, PROBATION_RULES } from '../legal/labour-rules.js';

/**
 * An allowance (phụ cấp) paid with the salary, from `effectiveFrom` to `effectiveTo` (inclusive, open when absent).
 * @example AllowanceSchema.parse({ code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: '2026-01-01' })
 */
export const AllowanceSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  amount: DecimalStringSchema,
  effectiveFrom: CalendarDateSchema,
  effectiveTo: CalendarDateSchema.optional(),
});
/** An allowance line. */
export type Allowance = z.output<typeof AllowanceSchema>;

/**
 * An amendment (phụ lục hợp đồng lao động, Labour Code 2019 Art. 22): a new salary, allowances added or
 * replaced by code, allowances removed, or a new position, from a date. An amendment may not change the
 * contract's term (Art. 22(2)).
 * @example AmendmentSchema.parse({ number: 'PL01', signedOn: '2026-06-20', effectiveFrom: '2026-07-01', salary: '22000000' })
 */
export const AmendmentSchema = z
  .object({
    number: z.string().min(1),
    signedOn: CalendarDateSchema,
    effectiveFrom: CalendarDateSchema,
    salary: DecimalStringSchema.optional(),
    allowances: z.array(AllowanceSchema.omit({ effectiveFrom: true, effectiveTo: true })).optional(),
    removeAllowances: z.array(z.string().min(1)).optional(),
    position: z.string().min(1).optional(),
  })
  .strict();
/** A contract amendment. */
export type Amendment = z.output<typeof AmendmentSchema>;

/**
 * Cases exempt from the two-definite-contracts rule (Labour Code 2019 Art. 20(2)(c)).
 * @example SuccessiveRuleExemptionSchema.parse('foreign-worker')
 */
export const SuccessiveRuleExemptionSchema = z.enum([
  'elderly-worker', // Art. 149(1)
  'foreign-worker', // Art. 151(2)
  'union-officer', // Art. 177(4)
  'state-enterprise-manager', // Art. 20(2)(c): director hired by a state-capital enterprise
]);

/**
 * Termination of a contract: the date, the Labour Code Art. 34 clause, who initiated it and when notice was given.
 * @example TerminationSchema.parse({ date: '2026-09-30', clause: 3, initiatedBy: 'employee', noticeGivenOn: '2026-08-31' })
 */
export const TerminationSchema = z.object({
  /** Last day of the contract. */
  date: CalendarDateSchema,
  /** Clause of Labour Code 2019 Art. 34 (1–13). */
  clause: z.number().int().min(1).max(13),
  initiatedBy: z.enum(['employee', 'employer', 'mutual', 'none']),
  noticeGivenOn: CalendarDateSchema.optional(),
});

/**
 * A labour contract (hợp đồng lao động) under the Labour Code 2019: indefinite or definite-term (≤ 36
 * months, Art. 20), probation terms (Art. 24–27), salary lines and allowances with effective dates,
 * amendments, and termination.
 * @example parseContract({ id: 'C1', employeeId: 'E1', number: '01/2026/HĐLĐ', type: 'definite', … })
 */
export const ContractSchema = z.object({
  id: z.string().min(1),
  employeeId: z.string().min(1),
  number: z.string().min(1),
  type: z.enum(['indefinite', 'definite']),
  signedOn: CalendarDateSchema,
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema.optional(),
  position: z.string().min(1),
  jobLevel: z.enum(['enterprise-manager', 'college-or-above', 'intermediate', 'other']),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('VND'),
  probation: z
    .object({
      startDate: CalendarDateSchema,
      endDate: CalendarDateSchema,
      payPercent: z.number().min(0).max(100),
    })
    .optional(),
  salary: z
    .array(z.object({ effectiveFrom: CalendarDateSchema, amount: DecimalStringSchema }))
    .min(1, 'a contract states its salary'),
  allowances: z.array(AllowanceSchema).default([]),
  amendments: z.array(AmendmentSchema).default([]),
  /** Special jobs of Decree 145/2020 Art. 7 (longer notice). */
  specialJob: z.boolean().default(false),
  successiveRuleExemption: SuccessiveRuleExemptionSchema.optional(),
  termination: TerminationSchema.optional(),
});
/** A validated labour contract. */
export type Contract = z.output<typeof ContractSchema>;
/** What {@link parseContract} accepts. */
export type ContractInput = z.input<typeof ContractSchema>;

/** Options of {@link parseContract}. */
export interface ParseContractOptions {
  /** Week used to count probation working days (default Monday–Friday). */
  readonly workWeek?: WorkWeek;
}

/**
 * Validates a contract against the schema and the Labour Code: a definite contract has an end date at most
 * 36 months after its start (Art. 20(1)(b)); an indefinite one has none; probation fits the job level's
 * maximum (Art. 25), pays ≥ 85 % (Art. 26) and is not used for contracts under 1 month (Art. 24(3));
 * salary lines and amendments are dated in order inside the contract and do not change its term (Art. 22(2)).
 * @throws BoValidationError `HR/INVALID_CONTRACT`, `HR/CONTRACT_END_DATE`, `HR/DEFINITE_TERM_TOO_LONG`,
 *   `HR/PROBATION_TOO_LONG`, `HR/PROBATION_PAY_TOO_LOW`, `HR/PROBATION_NOT_ALLOWED`, `HR/DATES_OUT_OF_ORDER`,
 *   `HR/AMENDMENT_CHANGES_TERM`
 * @example const contract = parseContract(input);
 */
export function parseContract(input: unknown, options: ParseContractOptions = {}): Contract {
  if (input && typeof input === 'object' && Array.isArray((input as { amendments?: unknown }).amendments)) {
    (input as { amendments: unknown[] }).amendments.forEach((a, i) => {
      for (const key of ['endDate', 'type', 'startDate'] as const) {
        if (a && typeof a === 'object' && key in a) {
          invalid(
            'HR/AMENDMENT_CHANGES_TERM',
            `an amendment may not change the contract's ${key} (Labour Code Art. 22(2)); sign a new contract`,
            `phụ lục hợp đồng không được sửa đổi thời hạn hợp đồng (Điều 22.2)`,
            ['amendments', i, key],
          );
        }
      }
    });
  }
  const c = parseWith(ContractSchema, input, 'contract', 'HR/INVALID_CONTRACT');
  const terms = valueAt(CONTRACT_TERMS, c.startDate);
  if (c.type === 'definite' && c.endDate === undefined) {
    invalid(
      'HR/CONTRACT_END_DATE',
      'a definite-term contract needs an end date',
      'hợp đồng xác định thời hạn phải có ngày kết thúc',
      ['endDate'],
    );
  }
  if (c.type === 'indefinite' && c.endDate !== undefined) {
    invalid(
      'HR/CONTRACT_END_DATE',
      'an indefinite-term contract has no end date',
      'hợp đồng không xác định thời hạn không có ngày kết thúc',
      ['endDate'],
    );
  }
  if (c.signedOn > c.startDate) {
    invalid(
      'HR/DATES_OUT_OF_ORDER',
      `contract signed ${c.signedOn}, after it starts ${c.startDate}`,
      'ngày ký sau ngày bắt đầu hợp đồng',
      ['signedOn'],
    );
  }
  if (c.endDate !== undefined) {
    if (c.endDate < c.startDate) {
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        `contract ends ${c.endDate}, before it starts ${c.startDate}`,
        'ngày kết thúc trước ngày bắt đầu',
        ['endDate'],
      );
    }
    const limit = addDays(addMonths(c.startDate, terms.definiteMaxMonths), -1);
    if (c.endDate > limit) {
      invalid(
        'HR/DEFINITE_TERM_TOO_LONG',
        `a definite-term contract lasts at most ${terms.definiteMaxMonths} months (Labour Code Art. 20(1)(b)): must end by ${limit}`,
        `hợp đồng xác định thời hạn không quá ${terms.definiteMaxMonths} tháng`,
        ['endDate'],
        { limit, max: terms.definiteMaxMonths },
      );
    }
  }
  if (c.probation) {
    const p = c.probation;
    const rules = valueAt(PROBATION_RULES, p.startDate);
    if (p.endDate < p.startDate)
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        'probation ends before it starts',
        'thời gian thử việc kết thúc trước khi bắt đầu',
        ['probation', 'endDate'],
      );
    if (
      c.endDate !== undefined &&
      c.endDate < addDays(addMonths(c.startDate, rules.noProbationBelowMonths), -1)
    ) {
      invalid(
        'HR/PROBATION_NOT_ALLOWED',
        `no probation for a contract shorter than ${rules.noProbationBelowMonths} month (Labour Code Art. 24(3))`,
        'không áp dụng thử việc với hợp đồng dưới 01 tháng',
        ['probation'],
      );
    }
    const max = rules.maxDays[c.jobLevel];
    const kind = rules.dayKind[c.jobLevel];
    const length =
      kind === 'calendar'
        ? diffDays(p.startDate, p.endDate) + 1
        : workingDays(period(p.startDate, p.endDate), { workWeek: options.workWeek ?? MON_FRI }).toNumber();
    if (length > max) {
      invalid(
        'HR/PROBATION_TOO_LONG',
        `probation for job level ${c.jobLevel} is at most ${max} ${kind} days (Labour Code Art. 25), got ${length}`,
        `thời gian thử việc tối đa ${max} ngày`,
        ['probation', 'endDate'],
        { max, kind, length },
      );
    }
    if (p.payPercent < rules.minPayPercent) {
      invalid(
        'HR/PROBATION_PAY_TOO_LOW',
        `probation pay must be at least ${rules.minPayPercent} % of the job's salary (Labour Code Art. 26), got ${p.payPercent} %`,
        `lương thử việc ít nhất bằng ${rules.minPayPercent}% mức lương của công việc`,
        ['probation', 'payPercent'],
        { min: rules.minPayPercent },
      );
    }
  }
  if (c.salary[0]!.effectiveFrom !== c.startDate) {
    invalid(
      'HR/DATES_OUT_OF_ORDER',
      'the first salary line must start on the contract start date',
      'mức lương đầu tiên phải bắt đầu từ ngày hợp đồng có hiệu lực',
      ['salary', 0, 'effectiveFrom'],
    );
  }
  const within = (d: CalendarDate) => d >= c.startDate && (c.endDate === undefined || d <= c.endDate);
  for (let i = 1; i < c.salary.length; i++) {
    if (c.salary[i]!.effectiveFrom <= c.salary[i - 1]!.effectiveFrom || !within(c.salary[i]!.effectiveFrom)) {
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        'salary lines must be in increasing date order within the contract',
        'các mức lương phải theo thứ tự thời gian trong thời hạn hợp đồng',
        ['salary', i, 'effectiveFrom'],
      );
    }
  }
  c.allowances.forEach((a, i) => {
    if (a.effectiveTo !== undefined && a.effectiveTo < a.effectiveFrom) {
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        'allowance ends before it starts',
        'phụ cấp kết thúc trước khi bắt đầu',
        ['allowances', i, 'effectiveTo'],
      );
    }
  });
  c.amendments.forEach((a, i) => {
    if (!within(a.effectiveFrom) || (i > 0 && a.effectiveFrom < c.amendments[i - 1]!.effectiveFrom)) {
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        'amendments must take effect in date order within the contract',
        'phụ lục phải có hiệu lực theo thứ tự trong thời hạn hợp đồng',
        ['amendments', i, 'effectiveFrom'],
      );
    }
  });
  if (c.termination) {
    if (!within(c.termination.date)) {
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        'termination date is outside the contract',
        'ngày chấm dứt nằm ngoài thời hạn hợp đồng',
        ['termination', 'date'],
      );
    }
    if (c.termination.noticeGivenOn !== undefined && c.termination.noticeGivenOn > c.termination.date) {
      invalid(
        'HR/DATES_OUT_OF_ORDER',
        'notice given after the termination date',
        'ngày báo trước sau ngày chấm dứt',
        ['termination', 'noticeGivenOn'],
      );
    }
  }
  return c;
}

/**
 * Last day the contract is in force: termination, end date, or undefined when open-ended.
 * @example contractLastDay(contract) // '2026-12-31'
 */
export function contractLastDay(contract: Contract): CalendarDate | undefined {
  return contract.termination?.date ?? contract.endDate;
}
