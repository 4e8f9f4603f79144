// Extending payroll with a company's own pay components: a fuel allowance with its own tax treatment
// (exempt up to the company's documented cap, taxable above it) and a productivity bonus computed by a
// formula from declared inputs. The rule graph is checked when built: an unknown input or a cycle is an
// error, never a silent zero. Run: npx tsx examples/extend-payroll-components/main.ts
import { Decimal, formatMoney, isBoError } from '@bo/core';
import { computePayslip, defineComponents, evaluateComponents, type PayslipInput } from '@bo/payroll';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

// 1. The company's rules, as typed components with declared inputs (the facts come from your HR data).
const components = defineComponents(
  ['salary', 'piecesMade', 'pieceTarget', 'kmDriven'],
  [
    {
      // A productivity bonus: 2 % of salary per 10 % above target, capped at 20 % of salary.
      code: 'PRODUCTIVITY',
      label: 'Productivity bonus',
      labelVi: 'Thưởng năng suất',
      inputs: ['salary', 'piecesMade', 'pieceTarget'],
      tax: 'taxable',
      compute: ({ salary, piecesMade, pieceTarget }) => {
        const above = Decimal.max(0, (piecesMade as Decimal).div(pieceTarget as Decimal).minus(1));
        const steps = above.times(10).floor();
        return Decimal.min((salary as Decimal).times('0.02').times(steps), (salary as Decimal).times('0.2'));
      },
    },
    {
      // Fuel for a field technician: 3 000 đồng per km. The part up to the cap in the company's expense
      // policy is a reimbursement (not income); the rest is a taxable allowance.
      code: 'FUEL',
      label: 'Fuel allowance (within policy)',
      labelVi: 'Hỗ trợ xăng xe (trong định mức)',
      inputs: ['kmDriven'],
      tax: 'exempt',
      compute: ({ kmDriven }) => Decimal.min((kmDriven as Decimal).times(3000), 1_500_000),
    },
    {
      code: 'FUEL_EXCESS',
      label: 'Fuel allowance above policy',
      labelVi: 'Hỗ trợ xăng xe vượt định mức',
      inputs: ['kmDriven', 'FUEL'],
      tax: 'taxable',
      compute: ({ kmDriven, FUEL }) => (kmDriven as Decimal).times(3000).minus(FUEL as Decimal),
    },
  ],
);

// 2. Evaluate them for one employee's month and put them on the payslip.
const base: PayslipInput = {
  employeeId: 'NV077',
  name: 'Phan Văn Tài',
  period: '2026-10',
  paymentDate: '2026-11-05',
  region: 'II',
  salary: '14000000',
  dependants: 1,
};
const extra = evaluateComponents(components, {
  salary: 14_000_000,
  piecesMade: 1340,
  pieceTarget: 1000,
  kmDriven: 620,
});
const slip = computePayslip({ ...base, allowances: extra });
for (const line of slip.lines.filter((l) => l.section === 'earning')) {
  console.log(
    `${line.labelVi.padEnd(34)} ${formatMoney(line.amount).padStart(14)}${line.exempt && !line.exempt.amount.isZero() ? `  (miễn thuế ${formatMoney(line.exempt)})` : ''}`,
  );
}
console.log(
  `Thu nhập chịu thuế ${formatMoney(slip.taxableIncome)} · Thuế TNCN ${formatMoney(slip.pit)} · Thực lĩnh ${formatMoney(slip.net)}`,
);

const amounts = Object.fromEntries(extra.map((a) => [a.code, String(a.amount)]));
check(amounts.PRODUCTIVITY === '840000', '34 % above target → 3 steps × 2 % × 14 M');
check(
  amounts.FUEL === '1500000' && amounts.FUEL_EXCESS === '360000',
  '620 km × 3 000 = 1.5 M within policy + 360 k above',
);
// The exempt fuel part is income but not taxable income: taxable = salary + productivity + excess fuel.
check(
  slip.taxableIncome.amount.eq(14_000_000 + 840_000 + 360_000),
  'exempt component left out of taxable income',
);

// 3. A mistake in the rule graph is caught when it is built.
try {
  defineComponents(
    ['salary'],
    [
      { code: 'A', label: 'A', inputs: ['B'], tax: 'taxable', compute: ({ B }) => B as Decimal },
      { code: 'B', label: 'B', inputs: ['A'], tax: 'taxable', compute: ({ A }) => A as Decimal },
    ],
  );
  throw new Error('a cycle must be refused');
} catch (e) {
  check(isBoError(e), 'typed error for a cycle');
  console.log(`Cycle refused: ${(e as Error).message}`);
}
