// A second jurisdiction, written entirely outside @bo/payroll, through the same interface the Vietnamese
// pack implements. "Freedonia" is fictional; its figures are illustrations, dated and referenced the same
// way real law is. Run: npx tsx examples/extend-jurisdiction/main.ts
import { z } from 'zod';
import {
  type CalendarDate,
  calendarDate,
  defineParameter,
  defineScale,
  formatMoney,
  marginalAmount,
  type Money,
  money,
  reform,
  roundMoney,
  subtract,
  multiply,
  valueAt,
} from '@bo/core';
import { type Jurisdiction, VIETNAM } from '@bo/payroll';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

const scaleSchema = z.array(z.object({ lower: z.string(), rate: z.string() }));
const FREEDONIA_PARAMETERS = {
  incomeTax: defineParameter(
    {
      id: 'fd.incomeTax',
      description: 'Monthly income-tax scale (illustrative)',
      unit: 'FDD per month / rate',
      values: [
        {
          from: '2025-01-01',
          value: [
            { lower: '0', rate: '0' },
            { lower: '1000', rate: '0.1' },
            { lower: '4000', rate: '0.25' },
          ],
          reference: { document: 'Freedonia Income Tax Act 2024 (fictional)', article: 'Sch. 1' },
        },
        {
          from: '2026-07-01',
          value: [
            { lower: '0', rate: '0' },
            { lower: '1200', rate: '0.1' },
            { lower: '4000', rate: '0.25' },
          ],
          reference: { document: 'Finance Act 2026 (fictional)', article: 's. 3' },
        },
      ],
    },
    scaleSchema,
  ),
  socialContribution: defineParameter(
    {
      id: 'fd.socialContribution',
      description: 'Employee social contribution rate (illustrative)',
      unit: 'rate',
      values: [
        {
          from: '2025-01-01',
          value: '0.07',
          reference: { document: 'Social Security Act 2019 (fictional)', article: 's. 12' },
        },
      ],
    },
    z.string(),
  ),
};
type FreedoniaParameters = typeof FREEDONIA_PARAMETERS;

interface FreedoniaInput {
  readonly employeeId: string;
  readonly payDate: string;
  readonly gross: string;
}
interface FreedoniaPayslip {
  readonly employeeId: string;
  readonly gross: Money;
  readonly social: Money;
  readonly tax: Money;
  readonly net: Money;
}

// The US dollar stands in for the fictional currency (two decimals).
const FREEDONIA: Jurisdiction<FreedoniaInput, FreedoniaPayslip, FreedoniaParameters> = {
  country: 'FD',
  name: 'Freedonia',
  parameters: FREEDONIA_PARAMETERS,
  computePayslip(input, options) {
    const p = options?.parameters ?? FREEDONIA_PARAMETERS;
    const date: CalendarDate = calendarDate(input.payDate, 'payDate');
    const gross = money(input.gross, 'USD');
    const social = roundMoney(multiply(gross, valueAt(p.socialContribution, date)), 'half-up');
    const taxable = subtract(gross, social);
    const scale = defineScale(valueAt(p.incomeTax, date));
    const tax = roundMoney(money(marginalAmount(scale, taxable.amount), 'USD'), 'half-even');
    return { employeeId: input.employeeId, gross, social, tax, net: subtract(taxable, tax) };
  },
};

// The same app code runs any jurisdiction.
function describe<
  I,
  R extends { net: Money },
  P extends typeof FREEDONIA_PARAMETERS | typeof VIETNAM.parameters,
>(j: Jurisdiction<I, R, P>, input: I): string {
  return `${j.name}: net ${formatMoney(j.computePayslip(input).net, { locale: 'en-US' })}`;
}
console.log(describe(FREEDONIA, { employeeId: 'F1', payDate: '2026-08-31', gross: '5000.00' }));
console.log(
  describe(VIETNAM, {
    employeeId: 'V1',
    period: '2026-08',
    paymentDate: '2026-08-31',
    region: 'I',
    salary: '25000000',
  }),
);

const before = FREEDONIA.computePayslip({ employeeId: 'F1', payDate: '2026-06-30', gross: '5000.00' });
const after = FREEDONIA.computePayslip({ employeeId: 'F1', payDate: '2026-07-31', gross: '5000.00' });
// 5 000 − 7 % = 4 650 taxable; before July: 10 % × 3 000 + 25 % × 650 = 462.50; after: 10 % × 2 800 + 162.50 = 442.50
check(
  before.tax.amount.eq('462.5') && after.tax.amount.eq('442.5'),
  'the dated scale changes on 1 July 2026',
);
check(after.net.amount.eq('4207.5'), 'net after July');
const whatIf = reform(FREEDONIA_PARAMETERS, {
  socialContribution: [{ from: '2027-01-01', value: '0.05', reference: { document: 'What-if' } }],
});
check(
  FREEDONIA.computePayslip(
    { employeeId: 'F1', payDate: '2027-01-31', gross: '5000.00' },
    { parameters: whatIf },
  ).social.amount.eq(250),
  'reform works for any pack',
);
console.log(
  `Freedonia July 2026: gross ${formatMoney(after.gross, { locale: 'en-US' })}, social ${formatMoney(after.social, { locale: 'en-US' })}, tax ${formatMoney(after.tax, { locale: 'en-US' })}`,
);
