/**
 * One payslip both ways, explained.
 *
 * 1. gross → net: 25,000,000 đồng in March 2026, one dependant (Ministry of Finance example, PIT 33,750);
 * 2. net → gross: the contract salary that nets exactly 30,000,000 in July 2026, solved exactly;
 * 3. the same payslip with the full explain trace (every line with its rate, base and legal reference);
 * 4. an expatriate's housing paid by the employer (taxable up to 15 % of the other taxable income), both ways;
 * 5. severance at the end of a contract (Labour Code 2019 Art. 46).
 *
 * Run: npx tsx examples/payroll-payslip/main.ts
 */
import { formatMoney, formatReference, renderTrace } from '@bo/core';
import { computePayslip, netToGross, terminationAllowance } from '@bo/payroll';

function check(label: string, actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`${label}: expected ${expected}, got ${actual}`);
}

// 1. gross → net
const slip = computePayslip(
  {
    employeeId: 'NV001',
    name: 'Nguyễn Văn An',
    period: '2026-03',
    paymentDate: '2026-03-31',
    region: 'I',
    salary: '25000000',
    dependants: [{ id: 'child-1', from: '2021-05-01' }],
  },
  { trace: true },
);
console.log(`Payslip ${slip.period} — ${slip.name}`);
for (const line of slip.lines) {
  const rate = line.rate ? ` × ${line.rate}` : '';
  const basis = line.basis && line.rate ? ` (on ${formatMoney(line.basis)})` : '';
  const ref = line.reference ? `  [${formatReference(line.reference)}]` : '';
  console.log(
    `  ${line.section.padEnd(8)} ${line.code.padEnd(20)} ${formatMoney(line.amount).padStart(16)}${rate}${basis}${ref}`,
  );
}
console.log(
  `  net ${formatMoney(slip.net)}, PIT ${formatMoney(slip.pit)}, employer cost ${formatMoney(slip.employerCost)}`,
);
check('PIT (MoF: 33,750)', slip.pit.amount.toString(), '33750');
check('net', slip.net.amount.toString(), '22341250');

// 2. net → gross, exact
const inverse = netToGross(
  { employeeId: 'NV002', period: '2026-07', paymentDate: '2026-07-31', region: 'I', net: '30000000' },
  { trace: true }, // also explains how the gross was found
);
console.log(
  `\nNet 30,000,000 → gross ${inverse.gross ? formatMoney(inverse.gross) : 'none'} (${inverse.status}; exact inverse ${inverse.exactGross})`,
);
check('gross for net 30 M', inverse.gross?.amount.toString() ?? 'none', '34698945');
check('round trip', inverse.payslip?.net.amount.toString() ?? 'none', '30000000');
if (!inverse.explanation) throw new Error('expected an explanation');
console.log(renderTrace(inverse.explanation));

// Employer bears the PIT (net contract): the PIT is grossed up into taxable income.
const netContract = computePayslip({
  employeeId: 'NV003',
  period: '2026-03',
  paymentDate: '2026-03-31',
  region: 'I',
  salary: '25000000',
  dependants: 1,
  pitBorneByEmployer: true,
});
console.log(
  `Net contract: employer pays PIT ${formatMoney(netContract.pit)} on top; employee nets ${formatMoney(netContract.net)}`,
);
check('borne PIT', netContract.pit.amount.toString(), '35526');

// 3. why: the explain trace
console.log(`\n${renderTrace(slip.trace!, { language: 'vi', depth: 2 })}`);

// 4. An expatriate's rent paid by the employer: taxable up to 15 % of the other taxable income.
const expat = computePayslip({
  employeeId: 'NV004',
  period: '2026-03',
  paymentDate: '2026-03-31',
  region: 'I',
  salary: '60000000',
  allowances: [
    { code: 'HOUSING', label: 'Housing', labelVi: 'Tiền thuê nhà', amount: '15000000', tax: 'housing' },
  ],
});
const rent = expat.lines.find((l) => l.code === 'HOUSING');
console.log(
  `\nHousing 15,000,000: taxable ${formatMoney(expat.taxableIncome)} (rent exempt above 15 % of 60 M: ${rent?.exempt ? formatMoney(rent.exempt) : '0'})`,
);
check('housing taxable income', expat.taxableIncome.amount.toString(), '69000000');
check('housing exempt part', rent?.exempt?.amount.toString() ?? 'none', '6000000');
const expatNet = netToGross({
  employeeId: 'NV004',
  period: '2026-03',
  paymentDate: '2026-03-31',
  region: 'I',
  allowances: [{ code: 'HOUSING', label: 'Housing', amount: '15000000', tax: 'housing' }],
  net: expat.net.amount.toFixed(),
});
check('housing round trip', expatNet.gross?.amount.toString() ?? 'none', '60000000');

// 5. Leaving: severance on 10 years and 3 months, 78 of them under unemployment insurance.
const leaving = terminationAllowance({
  kind: 'severance',
  start: '2016-04-01',
  end: '2026-06-30',
  unemploymentInsuranceMonths: 78,
  salaries: ['18000000', '18000000', '18000000', '20000000', '20000000', '20000000'],
});
console.log(
  `Severance: ${leaving.countedMonths} months count → ${leaving.years} years × ½ month × ${formatMoney(leaving.averageSalary)} = ${formatMoney(leaving.amount)}`,
);
check('severance', leaving.amount.amount.toString(), '38000000');
