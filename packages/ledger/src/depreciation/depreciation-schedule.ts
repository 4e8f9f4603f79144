import {
  addMonths,
  type CalendarDate,
  Decimal,
  daysInMonth,
  endOfMonth,
  isCalendarDate,
  isMoney,
  type Money,
  moneyFromMinor,
  startOfMonth,
} from '@bo/core';
import { invalid } from '../journal/errors.js';
import { decliningBalanceCoefficient } from './declining-balance-coefficients.js';

/**
 * One period of a depreciation schedule.
 * @example schedule.periods[0]?.amount
 */
export interface DepreciationPeriod {
  /** 1-based period number. */
  readonly index: number;
  /** Last day of the period (the posting date of its entry). */
  readonly periodEnd: CalendarDate;
  /** Depreciation of the period, whole minor units. */
  readonly amount: Money;
  /** Accumulated depreciation after the period. */
  readonly accumulated: Money;
  /** Net book value after the period. */
  readonly netBookValue: Money;
}

/** A depreciation schedule. @example straightLine({ ... }).periods.length */
export interface DepreciationSchedule {
  /** Method used. */
  readonly method: 'straight-line' | 'declining-balance' | 'units-of-production';
  /** Depreciable amount (cost − residual value). */
  readonly depreciableAmount: Money;
  /** Periods in order; amounts sum exactly to the depreciable amount (the last absorbs rounding). */
  readonly periods: readonly DepreciationPeriod[];
}

function minor(m: Money, field: string): number {
  if (!isMoney(m))
    throw invalid('LEDGER/INVALID_ASSET', `${field} must be Money`, `${field} phải là tiền`, [field]);
  const x = m.amount.times(new Decimal(10).pow(m.currency.minorUnit));
  if (!x.isInteger() || x.isNegative() || !Number.isSafeInteger(x.toNumber())) {
    throw invalid(
      'LEDGER/INVALID_ASSET',
      `${field} must be a non-negative whole number of minor units`,
      `${field} không hợp lệ`,
      [field],
    );
  }
  return x.toNumber();
}

function checkDate(d: CalendarDate, field: string): void {
  if (!isCalendarDate(d))
    throw invalid('LEDGER/INVALID_ASSET', `${field} must be YYYY-MM-DD`, `${field} không hợp lệ`, [field]);
}

function build(
  method: DepreciationSchedule['method'],
  total: number,
  amounts: readonly number[],
  ends: readonly CalendarDate[],
  cost: number,
  currency: Money['currency'],
): DepreciationSchedule {
  let acc = 0;
  const periods = amounts.map((a, i): DepreciationPeriod => {
    acc += a;
    return {
      index: i + 1,
      periodEnd: ends[i]!,
      amount: moneyFromMinor(a, currency),
      accumulated: moneyFromMinor(acc, currency),
      netBookValue: moneyFromMinor(cost - acc, currency),
    };
  });
  return { method, depreciableAmount: moneyFromMinor(total, currency), periods };
}

const half = (d: Decimal) => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();

/**
 * Straight-line depreciation (phương pháp đường thẳng, Circular 45/2013 Art. 13 and Appendix 2 §I):
 * monthly charge = depreciable amount / months, rounded half-up to whole minor units; the first month
 * is pro-rated by the days in use when the asset starts mid-month ("from the day it is put into
 * use"); the last month absorbs the rounding residue so the schedule sums exactly.
 * @throws BoValidationError `LEDGER/INVALID_ASSET` naming the field
 * @example
 * straightLine({ cost: money('120000000', 'VND'), usefulLifeMonths: 120, inServiceDate: calendarDate('2026-01-01') }).periods[0]?.amount // 1,000,000 VND
 */
export function straightLine(asset: {
  readonly cost: Money;
  readonly residualValue?: Money;
  readonly usefulLifeMonths: number;
  readonly inServiceDate: CalendarDate;
}): DepreciationSchedule {
  const cost = minor(asset.cost, 'cost');
  const residual = asset.residualValue === undefined ? 0 : minor(asset.residualValue, 'residualValue');
  checkDate(asset.inServiceDate, 'inServiceDate');
  const n = asset.usefulLifeMonths;
  if (!Number.isInteger(n) || n < 1)
    throw invalid(
      'LEDGER/INVALID_ASSET',
      'usefulLifeMonths must be a positive integer',
      'thời gian sử dụng không hợp lệ',
      ['usefulLifeMonths'],
    );
  if (residual > cost)
    throw invalid(
      'LEDGER/INVALID_ASSET',
      'residualValue exceeds cost',
      'giá trị thanh lý lớn hơn nguyên giá',
      ['residualValue'],
    );
  const total = cost - residual;
  const monthly = new Decimal(total).div(n);
  const start = asset.inServiceDate;
  const day = Number(start.slice(8, 10));
  const dim = daysInMonth(Number(start.slice(0, 4)), Number(start.slice(5, 7)));
  const amounts: number[] = [];
  const ends: CalendarDate[] = [];
  let acc = 0;
  let month = startOfMonth(start);
  const first = day === 1 ? half(monthly) : half(monthly.times(dim - day + 1).div(dim));
  const periods = day === 1 ? n : n + 1;
  for (let i = 0; i < periods; i++) {
    const a = i === periods - 1 ? total - acc : Math.min(i === 0 ? first : half(monthly), total - acc);
    amounts.push(a);
    ends.push(endOfMonth(month));
    acc += a;
    month = addMonths(month, 1);
  }
  return build('straight-line', total, amounts, ends, cost, asset.cost.currency);
}

/**
 * Declining-balance depreciation with adjustment (phương pháp số dư giảm dần có điều chỉnh, Circular
 * 45/2013 Appendix 2 §II): annual charge = net book value × (1 / life × coefficient), coefficient 1.5 /
 * 2.0 / 2.5 by life ({@link decliningBalanceCoefficient}); from the year in which that charge is no
 * more than net book value / remaining years, the remaining years are straight-line. Annual amounts
 * are split into 12 monthly charges (half-up); a year of use starts on the in-service day, so a
 * mid-month start is pro-rated by days like {@link straightLine} (reference note §B6; Circular
 * 45/2013 Art. 9(2) ⚠ article number not checked against the text:
 * depreciation starts "from the day" the asset is put into use): the first month charges the days in
 * use, the month of each anniversary combines the tail of one year with the head of the next, and
 * one extra month carries the last year's remaining days. Each year of use sums exactly to its
 * annual amount (its last share absorbs rounding). `periodicity: 'year'` gives the annual amounts.
 * @throws BoValidationError `LEDGER/INVALID_ASSET`
 * @example decliningBalance({ cost: money('50000000', 'VND'), usefulLifeYears: 5, inServiceDate: calendarDate('2026-01-01'), periodicity: 'year' })
 */
export function decliningBalance(asset: {
  readonly cost: Money;
  readonly usefulLifeYears: number;
  readonly inServiceDate: CalendarDate;
  readonly periodicity?: 'month' | 'year';
}): DepreciationSchedule {
  const cost = minor(asset.cost, 'cost');
  checkDate(asset.inServiceDate, 'inServiceDate');
  const years = asset.usefulLifeYears;
  if (!Number.isInteger(years) || years < 1)
    throw invalid(
      'LEDGER/INVALID_ASSET',
      'usefulLifeYears must be a positive integer',
      'thời gian sử dụng không hợp lệ',
      ['usefulLifeYears'],
    );
  const rate = new Decimal(1).div(years).times(decliningBalanceCoefficient(years));
  const annual: number[] = [];
  let nbv = cost;
  let switched = false;
  let slAmount = 0;
  for (let y = 0; y < years; y++) {
    const remaining = years - y;
    let a: number;
    if (y === years - 1) a = nbv;
    else if (switched) a = slAmount;
    else {
      const db = half(rate.times(nbv));
      const sl = half(new Decimal(nbv).div(remaining));
      if (db <= sl) {
        switched = true;
        slAmount = sl;
        a = sl;
      } else a = db;
    }
    annual.push(a);
    nbv -= a;
  }
  const ends: CalendarDate[] = [];
  const amounts: number[] = [];
  let month = startOfMonth(asset.inServiceDate);
  if (asset.periodicity === 'year') {
    for (const a of annual) {
      ends.push(endOfMonth(addMonths(month, 11)));
      amounts.push(a);
      month = addMonths(month, 12);
    }
  } else {
    // Year of use y runs from the in-service day to the day before its anniversary. Its 12 monthly
    // charges (annual / 12) are spread by days: a start on day D > 1 charges the first calendar month
    // for the days in use (dim − D + 1) / dim, 11 full months, and the remaining D − 1 days fall in
    // the 13th calendar month, which absorbs the year's rounding — the same day pro-rating as
    // straightLine, so every year of use still sums to its TT45 annual amount.
    const day = Number(asset.inServiceDate.slice(8, 10));
    const months = years * 12 + (day === 1 ? 0 : 1);
    for (let i = 0; i < months; i++) {
      amounts.push(0);
      ends.push(endOfMonth(addMonths(month, i)));
    }
    annual.forEach((a, y) => {
      const per = new Decimal(a).div(12);
      const base = y * 12;
      let acc = 0;
      // never more than what is left of the year (tiny amounts: half-up of a/12 can exceed a/12)
      const share = (offset: number, wanted: number) => {
        const x = Math.min(wanted, a - acc);
        amounts[offset] = amounts[offset]! + x;
        acc += x;
      };
      if (day === 1) {
        for (let k = 0; k < 11; k++) share(base + k, half(per));
        share(base + 11, a - acc);
        return;
      }
      const head = addMonths(month, base);
      const dim = daysInMonth(Number(head.slice(0, 4)), Number(head.slice(5, 7)));
      share(base, half(per.times(dim - day + 1).div(dim)));
      for (let k = 1; k < 12; k++) share(base + k, half(per));
      share(base + 12, a - acc);
    });
  }
  return build('declining-balance', cost, amounts, ends, cost, asset.cost.currency);
}

/**
 * Units-of-production depreciation (phương pháp khấu hao theo số lượng, khối lượng sản phẩm,
 * Circular 45/2013 Appendix 2 §III): rate per unit = depreciable amount / total design output; each
 * period's charge is the rounded cumulative charge minus the previous one (so rounding never
 * accumulates), and the period that reaches the design output absorbs the residue.
 * @throws BoValidationError `LEDGER/INVALID_ASSET` (e.g. output beyond the design total)
 * @example unitsOfProduction({ cost: money('450000000', 'VND'), totalUnits: '2400000', output: [{ periodEnd: calendarDate('2026-01-31'), units: '14000' }] })
 */
export function unitsOfProduction(asset: {
  readonly cost: Money;
  readonly residualValue?: Money;
  readonly totalUnits: string;
  readonly output: readonly { readonly periodEnd: CalendarDate; readonly units: string }[];
}): DepreciationSchedule {
  const cost = minor(asset.cost, 'cost');
  const residual = asset.residualValue === undefined ? 0 : minor(asset.residualValue, 'residualValue');
  const total = cost - residual;
  let totalUnits: Decimal;
  try {
    totalUnits = new Decimal(asset.totalUnits);
  } catch {
    throw invalid(
      'LEDGER/INVALID_ASSET',
      'totalUnits must be a decimal string',
      'tổng sản lượng không hợp lệ',
      ['totalUnits'],
    );
  }
  if (!totalUnits.isPositive() || totalUnits.isZero())
    throw invalid('LEDGER/INVALID_ASSET', 'totalUnits must be > 0', 'tổng sản lượng phải > 0', [
      'totalUnits',
    ]);
  const rate = new Decimal(total).div(totalUnits);
  let cumUnits = new Decimal(0);
  let prev = 0;
  const amounts: number[] = [];
  const ends: CalendarDate[] = [];
  asset.output.forEach((o, i) => {
    checkDate(o.periodEnd, `output[${i}].periodEnd`);
    const u = new Decimal(o.units);
    if (u.isNegative())
      throw invalid('LEDGER/INVALID_ASSET', 'units must be ≥ 0', 'sản lượng phải ≥ 0', [
        'output',
        i,
        'units',
      ]);
    cumUnits = cumUnits.plus(u);
    if (cumUnits.gt(totalUnits)) {
      throw invalid(
        'LEDGER/INVALID_ASSET',
        `cumulative output ${cumUnits.toString()} exceeds the design total ${totalUnits.toString()}`,
        'sản lượng lũy kế vượt công suất thiết kế',
        ['output', i, 'units'],
      );
    }
    const cum = cumUnits.eq(totalUnits) ? total : half(cumUnits.times(rate));
    amounts.push(cum - prev);
    ends.push(o.periodEnd);
    prev = cum;
  });
  return build('units-of-production', total, amounts, ends, cost, asset.cost.currency);
}
