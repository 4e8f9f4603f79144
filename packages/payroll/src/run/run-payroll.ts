import {
  type BoError,
  BoValidationError,
  isCalendarDate,
  endOfMonth,
  isBoError,
  type Money,
  monthOf,
  toMinor,
} from '@bo/core';
import type { AccountRole, JournalEntryInput, PostingInput } from '@bo/ledger';
import { vnd } from '../internal/exact.js';
import { computePayslip, type PayrollOptions } from '../payslip/compute-payslip.js';
import type { PayslipInput } from '../payslip/payslip-input.js';
import type { Payslip } from '../payslip/payslip.js';
import type { Arrears } from '../arrears/compute-arrears.js';

/**
 * Input of {@link runPayroll}: the period and payment date of the run, and one payslip input per
 * employee (their own `period`/`paymentDate` may be left out: the run's are used).
 *
 * @example
 * const run: PayrollRunInput = { period: '2026-03', paymentDate: '2026-04-05', employees: [{ employeeId: 'NV001', region: 'I', salary: 20000000, department: 'SALES' }] };
 */
export interface PayrollRunInput {
  readonly period: string;
  readonly paymentDate: string;
  /** Document number for the journal entries (số chứng từ), default `BL-<period>`. */
  readonly documentNumber?: string;
  readonly employees: readonly (Omit<PayslipInput, 'period' | 'paymentDate'> & {
    readonly period?: string;
    readonly paymentDate?: string;
  })[];
  /** Arrears of past periods settled in this run (from `computeArrears`): posted and paid with the run. */
  readonly arrears?: readonly Arrears[];
}

/** Options of {@link runPayroll}. @example const o: PayrollRunOptions = { expenseRole: (p) => (p.department === 'FACTORY' ? 'directLabourExpense' : 'salaryExpense') }; */
export interface PayrollRunOptions extends PayrollOptions {
  /** Expense role for an employee's pay and employer contributions (default `salaryExpense`). */
  readonly expenseRole?: (payslip: Payslip) => AccountRole;
}

/** Totals of a group of payslips in the register. @example const t: PayrollTotals = run.register.totals; */
export interface PayrollTotals {
  readonly headcount: number;
  readonly gross: Money;
  readonly employeeInsurance: Money;
  readonly pit: Money;
  readonly otherDeductions: Money;
  readonly net: Money;
  readonly employerContributions: Money;
  readonly employerCost: Money;
}

/** One line of the bank transfer list (danh sách chuyển khoản). @example const t: BankTransfer = run.bankTransfers[0]; */
export interface BankTransfer {
  readonly employeeId: string;
  readonly name?: string;
  readonly account: string;
  readonly bank?: string;
  readonly holder?: string;
  readonly amount: Money;
  readonly reference: string;
}

/** An employee the run could not pay, with the typed error. @example run.failures.map((f) => `${f.employeeId}: ${f.error.code}`) */
export interface PayrollRunFailure {
  readonly index: number;
  readonly employeeId: string | undefined;
  readonly error: BoError;
}

/** Result of {@link runPayroll}. @example const r: PayrollRunResult = runPayroll(run); */
export interface PayrollRunResult {
  readonly period: string;
  readonly paymentDate: string;
  readonly payslips: readonly Payslip[];
  readonly failures: readonly PayrollRunFailure[];
  readonly register: {
    readonly totals: PayrollTotals;
    readonly byDepartment: Readonly<Record<string, PayrollTotals>>;
    readonly byCostCentre: Readonly<Record<string, PayrollTotals>>;
  };
  /** Totals of the arrears settled with this run (not in the register, which is this period's pay). */
  readonly arrears: { readonly gross: Money; readonly net: Money; readonly employerContributions: Money };
  readonly bankTransfers: readonly BankTransfer[];
  /** Employees paid without a bank account (paid in cash: Dr 334 / Cr 111). */
  readonly cashPayments: readonly { readonly employeeId: string; readonly amount: Money }[];
  readonly journalEntries: readonly JournalEntryInput[];
}

interface Acc {
  headcount: number;
  gross: bigint;
  ins: bigint;
  pit: bigint;
  other: bigint;
  net: bigint;
  er: bigint;
}
const amt = (m: Money): bigint => toMinor(m);
const emptyAcc = (): Acc => ({ headcount: 0, gross: 0n, ins: 0n, pit: 0n, other: 0n, net: 0n, er: 0n });
function addTo(acc: Acc, p: Payslip): void {
  acc.headcount++;
  acc.gross += amt(p.gross);
  acc.ins += amt(p.employeeInsurance);
  acc.pit += amt(p.pit);
  acc.net += amt(p.net);
  acc.er += amt(p.employerContributions);
  acc.other += amt(p.gross) - amt(p.employeeInsurance) - amt(p.pit) - amt(p.net);
}
function totals(a: Acc): PayrollTotals {
  return {
    headcount: a.headcount,
    gross: vnd(a.gross),
    employeeInsurance: vnd(a.ins),
    pit: vnd(a.pit),
    otherDeductions: vnd(a.other),
    net: vnd(a.net),
    employerContributions: vnd(a.er),
    employerCost: vnd(a.gross + a.er),
  };
}

const DEDUCTION_ROLES: Readonly<Record<string, AccountRole>> = {
  BHXH_EE: 'socialInsurancePayable',
  BHYT_EE: 'healthInsurancePayable',
  BHTN_EE: 'unemploymentInsurancePayable',
  PIT: 'pitPayable',
  UNION_DUES: 'otherPayables',
};
const EMPLOYER_ROLES: Readonly<Record<string, AccountRole>> = {
  BHXH_ER_SICKNESS: 'socialInsurancePayable',
  BHXH_ER_RETIREMENT: 'socialInsurancePayable',
  BHXH_ER_ACCIDENT: 'socialInsurancePayable',
  BHYT_ER: 'healthInsurancePayable',
  BHTN_ER: 'unemploymentInsurancePayable',
  KPCD_ER: 'unionFeePayable',
};

class Postings {
  private readonly map = new Map<
    string,
    {
      role: AccountRole;
      side: 'debit' | 'credit';
      amount: bigint;
      dimensions: Record<string, string>;
      memo: string;
    }
  >();
  add(
    role: AccountRole,
    side: 'debit' | 'credit',
    amount: bigint,
    dimensions: Record<string, string>,
    memo: string,
  ): void {
    if (amount === 0n) return;
    if (amount < 0n) {
      this.add(role, side === 'debit' ? 'credit' : 'debit', -amount, dimensions, memo);
      return;
    }
    const key = `${role}|${side}|${JSON.stringify(dimensions)}|${memo}`;
    const hit = this.map.get(key);
    if (hit) hit.amount += amount;
    else this.map.set(key, { role, side, amount, dimensions, memo });
  }
  list(): PostingInput[] {
    return [...this.map.values()].map((p) => ({
      role: p.role,
      [p.side]: vnd(p.amount),
      ...(Object.keys(p.dimensions).length > 0 ? { dimensions: p.dimensions } : {}),
      memo: p.memo,
    }));
  }
}

function costDims(p: Payslip): Record<string, string> {
  const d: Record<string, string> = {};
  if (p.costCentre !== undefined) d.costCentre = p.costCentre;
  if (p.department !== undefined) d.department = p.department;
  return d;
}

/**
 * Runs payroll for a population and a period: a payslip per employee (one employee's bad data fails
 * that employee only, with its typed error), the register with totals by department and cost centre,
 * the bank transfer list, and the journal entries for @bo/ledger through account roles:
 *
 * 1. accrual — Dr salary expense (by cost centre / department) / Cr 334 salaries payable (by employee);
 * 2. withholdings — Dr 334 / Cr 3383 BHXH, 3384 BHYT, BHTN payable, 3335 PIT, 141 advances, 3388 other;
 * 3. employer contributions — Dr salary expense / Cr 3383, 3384, BHTN payable, 3382 KPCĐ;
 * 4. payment — Dr 334 / Cr 112 bank (or 111 cash when no bank account), dated the payment date.
 *
 * @throws BoValidationError `PAYROLL/INVALID_INPUT` only for a malformed run (period, payment date, employees not an array)
 * @example
 * ```ts
 * const run = runPayroll({ period: '2026-03', paymentDate: '2026-04-05', employees: [
 *   { employeeId: 'NV001', region: 'I', salary: 20000000, department: 'SALES', bank: { account: '0123' } },
 * ] });
 * run.register.totals.net.amount.toString(); // '17780000'
 * run.journalEntries.length; // 4
 * ```
 */
export function runPayroll(input: PayrollRunInput, options: PayrollRunOptions = {}): PayrollRunResult {
  if (!input || !Array.isArray(input.employees)) {
    throw new BoValidationError({
      code: 'PAYROLL/INVALID_INPUT',
      message: 'employees must be an array',
      messageVi: 'danh sách nhân viên không hợp lệ',
      path: ['employees'],
    });
  }
  if (typeof input.period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(input.period)) {
    throw new BoValidationError({
      code: 'PAYROLL/INVALID_INPUT',
      message: `period must be YYYY-MM, got ${JSON.stringify(input.period)}`,
      messageVi: 'kỳ lương phải có dạng YYYY-MM',
      path: ['period'],
    });
  }
  if (typeof input.paymentDate !== 'string' || !isCalendarDate(input.paymentDate)) {
    throw new BoValidationError({
      code: 'PAYROLL/INVALID_INPUT',
      message: `paymentDate must be a real date YYYY-MM-DD, got ${JSON.stringify(input.paymentDate)}`,
      messageVi: 'ngày chi trả không hợp lệ',
      path: ['paymentDate'],
    });
  }
  const month = monthOf(input.period);
  const accrualDate = endOfMonth(month.start);
  const payslips: Payslip[] = [];
  const failures: PayrollRunFailure[] = [];
  const advances = new Set<string>();
  input.employees.forEach((e, index) => {
    for (const d of e?.deductions ?? []) if (d.kind === 'advance') advances.add(`${e.employeeId}|${d.code}`);
    try {
      payslips.push(
        computePayslip(
          {
            ...e,
            period: e.period ?? input.period,
            paymentDate: e.paymentDate ?? input.paymentDate,
          } as PayslipInput,
          options,
        ),
      );
    } catch (error) {
      if (!isBoError(error)) throw error;
      failures.push({
        index,
        employeeId: typeof e?.employeeId === 'string' ? e.employeeId : undefined,
        error,
      });
    }
  });

  const all = emptyAcc();
  const byDepartment: Record<string, Acc> = {};
  const byCostCentre: Record<string, Acc> = {};
  const bankTransfers: BankTransfer[] = [];
  const cashPayments: { employeeId: string; amount: Money }[] = [];
  const accrual = new Postings();
  const withhold = new Postings();
  const employer = new Postings();
  const pay = new Postings();
  const expenseRole = options.expenseRole ?? (() => 'salaryExpense' as const);
  const docNo = input.documentNumber ?? `BL-${input.period}`;

  for (const p of payslips) {
    addTo(all, p);
    const dept = p.department ?? '(none)';
    const cc = p.costCentre ?? '(none)';
    addTo((byDepartment[dept] ??= emptyAcc()), p);
    addTo((byCostCentre[cc] ??= emptyAcc()), p);
    const who = { employee: p.employeeId };
    const role = expenseRole(p);
    accrual.add(role, 'debit', amt(p.gross), costDims(p), `Salaries ${input.period}`);
    accrual.add('salaryPayable', 'credit', amt(p.gross), who, `Salaries ${input.period}`);
    for (const l of p.lines) {
      const a = amt(l.amount);
      if (l.section === 'deduction') {
        const target: AccountRole =
          DEDUCTION_ROLES[l.code] ??
          (advances.has(`${p.employeeId}|${l.code}`) ? 'employeeAdvances' : 'otherPayables');
        withhold.add('salaryPayable', 'debit', a, who, `Withheld ${input.period}`);
        withhold.add(target, 'credit', a, {}, l.label);
      } else if (l.section === 'employer') {
        employer.add(role, 'debit', a, costDims(p), `Employer contributions ${input.period}`);
        employer.add(EMPLOYER_ROLES[l.code] ?? 'otherPayables', 'credit', a, {}, l.label);
      }
    }
    const net = amt(p.net);
    if (net !== 0n) {
      pay.add('salaryPayable', 'debit', net, who, `Pay ${input.period}`);
      if (p.bank) {
        pay.add('bankDeposits', 'credit', net, {}, `Salary transfers ${input.period}`);
        bankTransfers.push({
          employeeId: p.employeeId,
          ...(p.name !== undefined ? { name: p.name } : {}),
          account: p.bank.account,
          ...(p.bank.bank !== undefined ? { bank: p.bank.bank } : {}),
          ...(p.bank.holder !== undefined ? { holder: p.bank.holder } : {}),
          amount: p.net,
          reference: `${docNo} ${p.employeeId}`,
        });
      } else {
        pay.add('cash', 'credit', net, {}, `Salary paid in cash ${input.period}`);
        cashPayments.push({ employeeId: p.employeeId, amount: p.net });
      }
    }
  }

  // Arrears of past periods: post the per-line differences and pay the net difference with this run.
  const arrearsTotals = { gross: 0n, net: 0n, employer: 0n };
  const transferIndex = new Map(bankTransfers.map((t, i) => [t.employeeId, i]));
  for (const a of input.arrears ?? []) {
    const p = a.corrected;
    const who = { employee: p.employeeId };
    const role = expenseRole(p);
    const memo = `Arrears ${a.period}`;
    arrearsTotals.gross += amt(a.grossDifference);
    arrearsTotals.net += amt(a.netDifference);
    arrearsTotals.employer += amt(a.employerDifference);
    accrual.add(role, 'debit', amt(a.grossDifference), costDims(p), memo);
    accrual.add('salaryPayable', 'credit', amt(a.grossDifference), who, memo);
    for (const l of a.lines) {
      const d = amt(l.difference);
      if (l.section === 'deduction') {
        withhold.add('salaryPayable', 'debit', d, who, memo);
        withhold.add(DEDUCTION_ROLES[l.code] ?? 'otherPayables', 'credit', d, {}, `${l.label} (${memo})`);
      } else if (l.section === 'employer') {
        employer.add(role, 'debit', d, costDims(p), memo);
        employer.add(EMPLOYER_ROLES[l.code] ?? 'otherPayables', 'credit', d, {}, `${l.label} (${memo})`);
      }
    }
    const net = amt(a.netDifference);
    pay.add('salaryPayable', 'debit', net, who, memo);
    const t = transferIndex.get(p.employeeId);
    if (t !== undefined && p.bank) {
      pay.add('bankDeposits', 'credit', net, {}, `Salary transfers ${input.period}`);
      const cur = bankTransfers[t] as BankTransfer;
      bankTransfers[t] = { ...cur, amount: vnd(amt(cur.amount) + net) };
    } else if (p.bank && net > 0n) {
      pay.add('bankDeposits', 'credit', net, {}, `Salary transfers ${input.period}`);
      bankTransfers.push({
        employeeId: p.employeeId,
        account: p.bank.account,
        ...(p.bank.bank !== undefined ? { bank: p.bank.bank } : {}),
        amount: vnd(net),
        reference: `${docNo} ${p.employeeId} ${memo}`,
      });
    } else {
      pay.add('cash', 'credit', net, {}, `Arrears paid in cash ${input.period}`);
      cashPayments.push({ employeeId: p.employeeId, amount: vnd(net) });
    }
  }

  const entry = (
    suffix: string,
    date: string,
    description: string,
    postings: PostingInput[],
  ): JournalEntryInput[] =>
    postings.length < 2
      ? []
      : [
          {
            id: `PR-${input.period}-${suffix}`,
            postingDate: date as JournalEntryInput['postingDate'],
            documentDate: date as JournalEntryInput['postingDate'],
            documentNumber: docNo,
            description,
            postings,
            metadata: { source: '@bo/payroll', period: input.period },
          },
        ];
  const journalEntries = [
    ...entry('ACCRUE', accrualDate, `Accrue salaries ${input.period}`, accrual.list()),
    ...entry(
      'WITHHOLD',
      accrualDate,
      `Employee insurance, PIT and other deductions ${input.period}`,
      withhold.list(),
    ),
    ...entry(
      'EMPLOYER',
      accrualDate,
      `Employer insurance and trade-union fee ${input.period}`,
      employer.list(),
    ),
    ...entry('PAY', input.paymentDate, `Pay salaries ${input.period}`, pay.list()),
  ];

  const map = (o: Record<string, Acc>): Record<string, PayrollTotals> =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, totals(v)]));
  return {
    period: input.period,
    paymentDate: input.paymentDate,
    payslips,
    failures,
    register: { totals: totals(all), byDepartment: map(byDepartment), byCostCentre: map(byCostCentre) },
    arrears: {
      gross: vnd(arrearsTotals.gross),
      net: vnd(arrearsTotals.net),
      employerContributions: vnd(arrearsTotals.employer),
    },
    bankTransfers,
    cashPayments,
    journalEntries,
  };
}
