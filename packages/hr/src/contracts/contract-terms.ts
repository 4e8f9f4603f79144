import { type CalendarDate, Decimal, type Money, money, multiply, roundMoney } from '@bo/core';
import { invalid } from '../internal/fail.js';
import { type Contract, contractLastDay } from './contract.js';

/** Pay terms in force on a date. */
export interface ContractTerms {
  readonly date: CalendarDate;
  readonly position: string;
  /** The job's salary (mức lương theo công việc). */
  readonly salary: Money;
  /** True when the date falls in the probation period. */
  readonly inProbation: boolean;
  /** Salary payable: probation percentage applied during probation, rounded to the currency's unit (half-up). */
  readonly payableSalary: Money;
  readonly allowances: readonly { readonly code: string; readonly name: string; readonly amount: Money }[];
  /** Where each term comes from: `contract`, or the amendment numbers applied, in order. */
  readonly basis: readonly string[];
}

/**
 * The salary, allowances and position of a contract on a date, with amendments (phụ lục) applied in order.
 * @throws BoValidationError `HR/OUTSIDE_CONTRACT` when the date is not within the contract
 * @example contractTermsAsOf(contract, '2026-09-15').salary // money('22000000', 'VND')
 */
export function contractTermsAsOf(contract: Contract, date: CalendarDate): ContractTerms {
  const last = contractLastDay(contract);
  if (date < contract.startDate || (last !== undefined && date > last)) {
    invalid(
      'HR/OUTSIDE_CONTRACT',
      `${date} is outside contract ${contract.number} (${contract.startDate} – ${last ?? 'open'})`,
      `ngày ${date} nằm ngoài thời hạn hợp đồng ${contract.number}`,
      ['date'],
    );
  }
  const cur = contract.currency;
  let salary = contract.salary[0]!.amount;
  for (const line of contract.salary) if (line.effectiveFrom <= date) salary = line.amount;
  let position = contract.position;
  const allowances = new Map<string, { code: string; name: string; amount: string }>();
  for (const a of contract.allowances) {
    if (a.effectiveFrom <= date && (a.effectiveTo === undefined || date <= a.effectiveTo)) {
      allowances.set(a.code, { code: a.code, name: a.name, amount: a.amount });
    }
  }
  const basis = ['contract'];
  const salaryLineFrom = [...contract.salary].reverse().find((l) => l.effectiveFrom <= date)!.effectiveFrom;
  for (const am of contract.amendments) {
    if (am.effectiveFrom > date) break;
    basis.push(am.number);
    if (am.salary !== undefined && am.effectiveFrom >= salaryLineFrom) salary = am.salary;
    if (am.position !== undefined) position = am.position;
    for (const code of am.removeAllowances ?? []) allowances.delete(code);
    for (const a of am.allowances ?? [])
      allowances.set(a.code, { code: a.code, name: a.name, amount: a.amount });
  }
  const salaryMoney = money(salary, cur);
  const p = contract.probation;
  const inProbation = p !== undefined && date >= p.startDate && date <= p.endDate;
  const payableSalary = inProbation
    ? roundMoney(multiply(salaryMoney, new Decimal(p.payPercent).div(100)), 'half-up')
    : salaryMoney;
  return {
    date,
    position,
    salary: salaryMoney,
    inProbation,
    payableSalary,
    allowances: [...allowances.values()].map((a) => ({
      code: a.code,
      name: a.name,
      amount: money(a.amount, cur),
    })),
    basis,
  };
}
