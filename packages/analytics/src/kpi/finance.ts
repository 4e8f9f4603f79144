import type { Decimal } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { type Figure, figures, kpi, type KpiResult, ratio } from './kpi-result.js';

/** Days in the period for DSO/DPO/DIO; default 365 (a year). Pass 90/91/92 for a quarter, 30/31 for a month. */
type Days = { readonly days?: number };

function days(input: Days): number {
  const d = input.days ?? 365;
  if (!Number.isInteger(d) || d < 1)
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'days must be a positive integer',
      'số ngày phải là số nguyên dương',
      ['days'],
    );
  return d;
}

/**
 * Revenue growth = (revenue − previous revenue) ÷ previous revenue.
 * Source: standard financial-analysis ratio.
 * @throws `ANALYTICS/ZERO_DENOMINATOR` when previous revenue is 0; `ANALYTICS/NEGATIVE_INPUT`
 * @example revenueGrowth({ revenue: '1150', previousRevenue: '1000' }).value.toString() // '0.15'
 */
export function revenueGrowth(input: {
  revenue: Figure;
  previousRevenue: Figure;
}): KpiResult<{ revenue: Decimal; previousRevenue: Decimal }> {
  const f = figures(input, ['revenue', 'previousRevenue']);
  return kpi(
    'revenueGrowth',
    ratio(f.revenue.minus(f.previousRevenue), f.previousRevenue, 'previousRevenue'),
    'ratio',
    f,
  );
}

/**
 * Gross margin = (revenue − COGS) ÷ revenue. Source: IAS 1 / VAS 21 presentation (gross profit = revenue − cost of sales).
 * @example grossMargin({ revenue: '12000', cogs: '4000' }).value.toFixed(4) // '0.6667'
 */
export function grossMargin(input: {
  revenue: Figure;
  cogs: Figure;
}): KpiResult<{ revenue: Decimal; cogs: Decimal }> {
  const f = figures(input, ['revenue', 'cogs']);
  return kpi('grossMargin', ratio(f.revenue.minus(f.cogs), f.revenue, 'revenue'), 'ratio', f);
}

/**
 * Operating margin = operating income ÷ revenue (operating income may be negative).
 * @example operatingMargin({ revenue: '1000', operatingIncome: '-50' }).value.toString() // '-0.05'
 */
export function operatingMargin(input: {
  revenue: Figure;
  operatingIncome: Figure;
}): KpiResult<{ revenue: Decimal; operatingIncome: Decimal }> {
  const f = figures(input, ['revenue', 'operatingIncome'], ['revenue']);
  return kpi('operatingMargin', ratio(f.operatingIncome, f.revenue, 'revenue'), 'ratio', f);
}

/**
 * Net (profit) margin = net income ÷ revenue (net income may be negative).
 * @example netMargin({ revenue: '1000', netIncome: '80' }).value.toString() // '0.08'
 */
export function netMargin(input: {
  revenue: Figure;
  netIncome: Figure;
}): KpiResult<{ revenue: Decimal; netIncome: Decimal }> {
  const f = figures(input, ['revenue', 'netIncome'], ['revenue']);
  return kpi('netMargin', ratio(f.netIncome, f.revenue, 'revenue'), 'ratio', f);
}

/**
 * Current ratio = current assets ÷ current liabilities.
 * @example currentRatio({ currentAssets: '300', currentLiabilities: '200' }).value.toString() // '1.5'
 */
export function currentRatio(input: {
  currentAssets: Figure;
  currentLiabilities: Figure;
}): KpiResult<{ currentAssets: Decimal; currentLiabilities: Decimal }> {
  const f = figures(input, ['currentAssets', 'currentLiabilities']);
  return kpi('currentRatio', ratio(f.currentAssets, f.currentLiabilities, 'currentLiabilities'), 'ratio', f);
}

/**
 * Quick (acid-test) ratio = (cash and equivalents + short-term investments + receivables) ÷ current liabilities.
 * @example quickRatio({ cash: '50', shortTermInvestments: '20', receivables: '80', currentLiabilities: '100' }).value.toString() // '1.5'
 */
export function quickRatio(input: {
  cash: Figure;
  shortTermInvestments: Figure;
  receivables: Figure;
  currentLiabilities: Figure;
}): KpiResult<{
  cash: Decimal;
  shortTermInvestments: Decimal;
  receivables: Decimal;
  currentLiabilities: Decimal;
}> {
  const f = figures(input, ['cash', 'shortTermInvestments', 'receivables', 'currentLiabilities']);
  return kpi(
    'quickRatio',
    ratio(
      f.cash.plus(f.shortTermInvestments).plus(f.receivables),
      f.currentLiabilities,
      'currentLiabilities',
    ),
    'ratio',
    f,
  );
}

/**
 * Days sales outstanding = receivables (average or ending) ÷ revenue × days in period.
 * @example dso({ receivables: '660', revenue: '12000' }).value.toFixed(2) // '20.08'
 */
export function dso(
  input: { receivables: Figure; revenue: Figure } & Days,
): KpiResult<{ receivables: Decimal; revenue: Decimal; days: number }> {
  const f = figures(input, ['receivables', 'revenue']);
  const d = days(input);
  return kpi('dso', ratio(f.receivables, f.revenue, 'revenue').times(d), 'days', { ...f, days: d });
}

/**
 * Days payable outstanding = payables (average or ending) ÷ COGS × days in period.
 * @example dpo({ payables: '1200', cogs: '4000' }).value.toFixed(2) // '109.50'
 */
export function dpo(
  input: { payables: Figure; cogs: Figure } & Days,
): KpiResult<{ payables: Decimal; cogs: Decimal; days: number }> {
  const f = figures(input, ['payables', 'cogs']);
  const d = days(input);
  return kpi('dpo', ratio(f.payables, f.cogs, 'cogs').times(d), 'days', { ...f, days: d });
}

/**
 * Days inventory outstanding = inventory (average) ÷ COGS × days in period.
 * @example dio({ inventory: '2050', cogs: '4000' }).value.toFixed(2) // '187.06'
 */
export function dio(
  input: { inventory: Figure; cogs: Figure } & Days,
): KpiResult<{ inventory: Decimal; cogs: Decimal; days: number }> {
  const f = figures(input, ['inventory', 'cogs']);
  const d = days(input);
  return kpi('dio', ratio(f.inventory, f.cogs, 'cogs').times(d), 'days', { ...f, days: d });
}

/**
 * Cash conversion cycle = DIO + DSO − DPO (days).
 * @example
 * ```ts
 * cashConversionCycle({ revenue: '12000', cogs: '4000', inventory: '2050', receivables: '660', payables: '1200' }).value.toFixed(2); // '97.64'
 * ```
 */
export function cashConversionCycle(
  input: { revenue: Figure; cogs: Figure; inventory: Figure; receivables: Figure; payables: Figure } & Days,
): KpiResult<{
  dio: Decimal;
  dso: Decimal;
  dpo: Decimal;
  days: number;
  revenue: Decimal;
  cogs: Decimal;
  inventory: Decimal;
  receivables: Decimal;
  payables: Decimal;
}> {
  const f = figures(input, ['revenue', 'cogs', 'inventory', 'receivables', 'payables']);
  const d = days(input);
  const i = dio({ inventory: f.inventory, cogs: f.cogs, days: d }).value;
  const s = dso({ receivables: f.receivables, revenue: f.revenue, days: d }).value;
  const p = dpo({ payables: f.payables, cogs: f.cogs, days: d }).value;
  return kpi('cashConversionCycle', i.plus(s).minus(p), 'days', { dio: i, dso: s, dpo: p, days: d, ...f });
}

/** Budget-vs-actual variance with its direction. */
export interface BudgetVariance
  extends KpiResult<{ actual: Decimal; budget: Decimal; kind: 'revenue' | 'cost' }> {
  /** (actual − budget) ÷ |budget|; `null` when the budget is 0. */
  readonly ratio: Decimal | null;
  /** Favourable: revenue above budget, or cost below budget. Equal is favourable. */
  readonly favourable: boolean;
}

/**
 * Budget vs actual variance = actual − budget (value, in the inputs' unit), its ratio to |budget|, and whether it
 * is favourable (revenue over budget, cost under budget).
 * @example budgetVariance({ actual: '950', budget: '1000', kind: 'cost' }).favourable // true
 */
export function budgetVariance(input: {
  actual: Figure;
  budget: Figure;
  kind: 'revenue' | 'cost';
}): BudgetVariance {
  const f = figures(input, ['actual', 'budget'], []);
  const v = f.actual.minus(f.budget);
  const base = kpi('budgetVariance', v, 'money', { ...f, kind: input.kind });
  return {
    ...base,
    ratio: f.budget.isZero() ? null : v.div(f.budget.abs()),
    favourable: input.kind === 'revenue' ? !v.isNegative() : !v.isPositive(),
  };
}
