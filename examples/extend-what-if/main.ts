// A what-if on the law without touching the package: "what if the family deductions rose again in 2027?"
// core's `reform` returns a new parameter set; the shipped one is unchanged.
// Run: npx tsx examples/extend-what-if/main.ts
import { formatMoney, reform, subtract, valueAt } from '@bo/core';
import { computePayslip, VN_PAYROLL_PARAMETERS } from '@bo/payroll';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

const whatIf = reform(VN_PAYROLL_PARAMETERS, {
  pitSelfDeduction: [
    {
      from: '2027-01-01',
      value: '17500000',
      reference: { document: 'What-if (not law)', note: 'scenario for planning' },
    },
  ],
  pitDependantDeduction: [
    { from: '2027-01-01', value: '7000000', reference: { document: 'What-if (not law)' } },
  ],
});

const input = {
  employeeId: 'NV001',
  period: '2027-01',
  paymentDate: '2027-01-31',
  region: 'I',
  salary: '40000000',
  dependants: 2,
} as const;
const today = computePayslip(input);
const proposed = computePayslip(input, { parameters: whatIf });
console.log(`Salary 40 M, 2 dependants, January 2027`);
console.log(`  law in force: PIT ${formatMoney(today.pit)}, net ${formatMoney(today.net)}`);
console.log(`  what-if:      PIT ${formatMoney(proposed.pit)}, net ${formatMoney(proposed.net)}`);
console.log(`  the employee would take home ${formatMoney(subtract(proposed.net, today.net))} more a month`);

check(
  valueAt(VN_PAYROLL_PARAMETERS.pitSelfDeduction, '2027-01-31') === '15500000',
  'the shipped pack is untouched',
);
check(proposed.pit.amount.lt(today.pit.amount), 'higher deductions lower the tax');
// 40 M − 4.2 M insurance − 17.5 M − 2 × 7 M = 4.3 M assessable → 5 % = 215 000.
check(proposed.pit.amount.eq(215_000), 'what-if PIT');
