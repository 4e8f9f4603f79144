import { type CalendarDate, isCalendarDate, isMoney, type Money } from '@bo/core';
import { z } from 'zod';
import { type AccountRole, accountRoleSchema } from '../accounts/account-role.js';

/**
 * Analysis dimensions on a posting (chiều phân tích): who or what the amount concerns. Known keys
 * are typed; apps may add their own string keys (e.g. `contract`, `vatRate`, `term: 'LT'`).
 *
 * @example
 * const d: Dimensions = { employee: 'NV001', department: 'SALES', counterparty: 'KH-042' };
 */
export interface Dimensions {
  /** Employee code (mã nhân viên). */
  readonly employee?: string;
  /** Department (phòng ban). */
  readonly department?: string;
  /** Cost centre (trung tâm chi phí). */
  readonly costCentre?: string;
  /** Customer or supplier (đối tượng công nợ). */
  readonly counterparty?: string;
  /** Project or contract (dự án, hợp đồng). */
  readonly project?: string;
  /** Source document reference (chứng từ gốc). */
  readonly document?: string;
  /** Any other dimension, string-valued. */
  readonly [key: string]: string | undefined;
}

/**
 * One line of a journal entry. Exactly one of `account` or `role`, and exactly one of `debit`,
 * `credit` or `amount` (signed: positive = debit, negative = credit).
 *
 * Foreign-currency postings carry the original amount in its currency and either `rate` (units of
 * functional currency per unit) or `functionalAmount`; the ledger rounds once per posting to the
 * functional currency's minor unit and books any rounding residue of the entry to the book's
 * configured residue account (never a hidden tolerance).
 *
 * @example
 * const line: PostingInput = { role: 'salaryPayable', credit: money('20000000', 'VND'), dimensions: { employee: 'NV001' } };
 */
export interface PostingInput {
  /** Account code (số hiệu tài khoản), e.g. `'3383'`. */
  readonly account?: string;
  /** Account role resolved through the book's role map, e.g. `'socialInsurancePayable'`. */
  readonly role?: AccountRole;
  /** Debit (Nợ) amount, ≥ 0. */
  readonly debit?: Money;
  /** Credit (Có) amount, ≥ 0. */
  readonly credit?: Money;
  /** Signed amount: positive debits, negative credits. */
  readonly amount?: Money;
  /** Exchange rate to the functional currency (decimal string), for foreign-currency postings. */
  readonly rate?: string;
  /** The functional-currency amount when it is known (overrides `rate`), same sign as the posting. */
  readonly functionalAmount?: Money;
  /** Analysis dimensions. */
  readonly dimensions?: Dimensions;
  /** Line memo (diễn giải dòng). */
  readonly memo?: string;
}

/**
 * A journal entry to post (bút toán): the shape `@bo/payroll` and other packages produce.
 *
 * @example
 * ```ts
 * const entry: JournalEntryInput = {
 *   id: 'PR-2026-01-ACCRUE',
 *   postingDate: calendarDate('2026-01-31'),
 *   documentDate: calendarDate('2026-01-31'),
 *   documentNumber: 'BL-01/2026',
 *   description: 'Accrue January salaries',
 *   postings: [
 *     { role: 'salaryExpense', debit: money('20000000', 'VND'), dimensions: { department: 'ADMIN' } },
 *     { role: 'salaryPayable', credit: money('20000000', 'VND'), dimensions: { employee: 'NV001' } },
 *   ],
 * };
 * ```
 */
export interface JournalEntryInput {
  /** Unique entry id chosen by the caller (also the default idempotency key). */
  readonly id: string;
  /** Posting date (ngày hạch toán): the date the entry affects balances. */
  readonly postingDate: CalendarDate;
  /** Document date (ngày chứng từ). */
  readonly documentDate?: CalendarDate;
  /** Document number (số chứng từ). */
  readonly documentNumber?: string;
  /** Description (diễn giải). */
  readonly description: string;
  /** At least two postings. */
  readonly postings: readonly PostingInput[];
  /** Idempotency key; defaults to `id`. */
  readonly idempotencyKey?: string;
  /** Free-form metadata (string values), kept and hashed with the entry. */
  readonly metadata?: Readonly<Record<string, string>>;
}

const moneySchema = z.custom<Money>((v) => isMoney(v), {
  message: 'expected Money ({ amount: Decimal, currency })',
});
const dateSchema = z.custom<CalendarDate>((v) => isCalendarDate(v), {
  message: 'expected a YYYY-MM-DD calendar date',
});

/**
 * Zod schema of {@link Dimensions}.
 * @example dimensionsSchema.parse({ employee: 'NV001' })
 */
export const dimensionsSchema = z.record(z.string(), z.string());

/**
 * Zod schema of {@link PostingInput}, including the exactly-one rules.
 * @example postingInputSchema.parse({ account: '111', debit: money('1000', 'VND') })
 */
export const postingInputSchema = z
  .object({
    account: z
      .string()
      .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'account code: digits/letters')
      .optional(),
    role: accountRoleSchema.optional(),
    debit: moneySchema.optional(),
    credit: moneySchema.optional(),
    amount: moneySchema.optional(),
    rate: z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'rate must be a positive decimal string')
      .optional(),
    functionalAmount: moneySchema.optional(),
    dimensions: dimensionsSchema.optional(),
    memo: z.string().optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.account === undefined) === (p.role === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of account or role', path: ['account'] });
    }
    const sides = [p.debit, p.credit, p.amount].filter((x) => x !== undefined).length;
    if (sides !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of debit, credit or amount',
        path: ['debit'],
      });
    }
    if (p.debit?.amount.isNegative()) {
      ctx.addIssue({
        code: 'custom',
        message: 'debit must be ≥ 0 (use amount for signed values)',
        path: ['debit'],
      });
    }
    if (p.credit?.amount.isNegative()) {
      ctx.addIssue({
        code: 'custom',
        message: 'credit must be ≥ 0 (use amount for signed values)',
        path: ['credit'],
      });
    }
  });

/**
 * Zod schema of {@link JournalEntryInput}.
 * @example journalEntryInputSchema.parse(entry)
 */
export const journalEntryInputSchema = z.object({
  id: z.string().min(1),
  postingDate: dateSchema,
  documentDate: dateSchema.optional(),
  documentNumber: z.string().optional(),
  description: z.string(),
  postings: z.array(postingInputSchema).min(2, 'an entry needs at least two postings'),
  idempotencyKey: z.string().min(1).optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});
