// @bo/core tour: money that never loses a đồng, periods that never shift with a time zone,
// law as dated parameters, and a trace that explains a figure.
// Run: npx tsx examples/core-money/main.ts
import { z } from 'zod';
import {
  MON_SAT,
  add,
  allocate,
  defineParameter,
  defineScale,
  formatMoney,
  marginalBreakdown,
  money,
  monthOf,
  multiply,
  parameterAt,
  parseMoney,
  period,
  prorate,
  quickAmount,
  reform,
  renderTrace,
  roundMoney,
  sum,
  trace,
  workingDays,
} from '@bo/core';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

// 1. Money: exact decimals, explicit rounding, allocation that sums exactly.
const invoice = money('10000000', 'VND');
const vat = roundMoney(multiply(invoice, '0.08'), 'half-up');
const total = add(invoice, vat);
console.log(`Invoice ${formatMoney(invoice)} + VAT 8 % ${formatMoney(vat)} = ${formatMoney(total)}`);
check(total.amount.eq('10800000'), 'VAT total');

const shares = allocate(money('1000000', 'VND'), [1, 1, 1]);
console.log(`1.000.000 ₫ split three ways: ${shares.map((s) => formatMoney(s)).join(' + ')}`);
check(sum(shares).amount.eq(1_000_000), 'allocation sums exactly');

const thousands = allocate(money('10000000', 'VND'), [5, 3, 2], { unit: 1000 });
check(sum(thousands).amount.eq(10_000_000), 'allocation in thousands sums exactly');

const parsed = parseMoney('1.234.567 ₫', 'VND');
check(parsed.amount.eq(1_234_567), 'parse vi-VN');
console.log(
  `Parsed "1.234.567 ₫" → ${parsed.amount.toString()} ${parsed.currency.code}; in en-US: ${formatMoney(parsed, { locale: 'en-US' })}`,
);

// 2. Periods and proration: a joiner on 16 March 2026, Mon–Sat work week, 26-day basis.
const march = monthOf('2026-03');
const joined = period('2026-03-16', '2026-03-31');
const salary = money('15000000', 'VND');
const days = workingDays(joined, { workWeek: MON_SAT });
const paid = prorate(
  salary,
  joined,
  march,
  { kind: 'fixed-days', days: 26, calendar: { workWeek: MON_SAT } },
  'half-up',
);
console.log(`Joiner worked ${days} of 26 days → ${formatMoney(paid)}`);
check(paid.amount.eq(8_076_923), '14/26 of 15 M');

// 3. Law as dated data: the personal deduction (giảm trừ gia cảnh) changes on 1 Jan 2026.
const personalDeduction = defineParameter(
  {
    id: 'vn.pit.personalDeduction',
    description: 'Giảm trừ bản thân — personal deduction per month',
    unit: 'VND',
    values: [
      { from: '2020-07-01', value: '11000000', reference: { document: 'Resolution 954/2020/UBTVQH14' } },
      { from: '2026-01-01', value: '15500000', reference: { document: 'Resolution 110/2025/UBTVQH15' } },
    ],
  },
  z.string(),
);
const inForce = parameterAt(personalDeduction, '2026-03-31');
console.log(`Personal deduction on 2026-03-31: ${inForce.value} (${inForce.reference.document})`);
check(inForce.value === '15500000', 'dated lookup');

// A what-if without touching the original.
const whatIf = reform(
  { 'vn.pit.personalDeduction': personalDeduction },
  {
    'vn.pit.personalDeduction': [
      { from: '2027-01-01', value: '17000000', reference: { document: 'What-if' } },
    ],
  },
);
check(parameterAt(whatIf['vn.pit.personalDeduction'], '2027-06-01').value === '17000000', 'reform');
check(personalDeduction.values.length === 2, 'original untouched');

// 4. A progressive scale, evaluated two ways that always agree, and a trace that explains it.
const tariff = defineScale([
  { lower: 0, rate: '0.05' },
  { lower: 10_000_000, rate: '0.10' },
  { lower: 30_000_000, rate: '0.20' },
  { lower: 60_000_000, rate: '0.30' },
  { lower: 100_000_000, rate: '0.35' },
]);
const taxable = '35000000';
const parts = marginalBreakdown(tariff, taxable);
const tax = quickAmount(tariff, taxable);
check(tax.eq(3_500_000), 'tax on 35 M');
const explained = trace('PIT', tax, {
  labelVi: 'Thuế TNCN',
  unit: 'VND',
  formula: 'Σ bracket part × rate',
  references: [{ document: 'Law 109/2025/QH15', article: 'Art. 9' }],
  inputs: parts.map((p) =>
    trace(`bracket ${p.index + 1} at ${p.rate.times(100).toString()} %`, p.amount, {
      unit: 'VND',
      formula: `${p.taxed.toString()} × ${p.rate.toString()}`,
    }),
  ),
});
console.log(renderTrace(explained));
