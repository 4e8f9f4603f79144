import { bench, describe } from 'vitest';
import { computePayslip, computePayslipAmounts, netToGross, type PayslipInput } from '../src/index.js';

// A varied population: salaries across caps and brackets, 0–3 dependants, 2025 and 2026 rules, some overtime.
const inputs: PayslipInput[] = Array.from({ length: 1000 }, (_, i) => ({
  employeeId: `E${i}`,
  period: i % 2 === 0 ? '2026-03' : '2025-09',
  paymentDate: i % 2 === 0 ? '2026-03-31' : '2025-09-30',
  region: 'I',
  salary: String(5_000_000 + ((i * 7_919_113) % 120_000_000)),
  dependants: i % 4,
  ...(i % 5 === 0 ? { overtime: [{ kind: 'weekday' as const, hours: 8 }] } : {}),
}));
const targets = inputs.map(({ salary: _s, ...x }, i) => ({
  ...x,
  net: String(4_000_000 + ((i * 3_571_111) % 90_000_000)),
}));
let k = 0;
// warm the JIT and the rule caches first; the machine is shared, so read p75/min as well as the mean
const opts = { warmupIterations: 5000, warmupTime: 500, time: 2000 };

describe('payroll', () => {
  bench(
    'computePayslip (full Money lines, tracing off)',
    () => {
      computePayslip(inputs[k++ % 1000] as PayslipInput);
    },
    opts,
  );
  bench(
    'computePayslipAmounts (bigint đồng totals)',
    () => {
      computePayslipAmounts(inputs[k++ % 1000] as PayslipInput);
    },
    opts,
  );
  bench(
    'computePayslip (trace on)',
    () => {
      computePayslip(inputs[k++ % 1000] as PayslipInput, { trace: true });
    },
    opts,
  );
  bench(
    'netToGross (with payslip)',
    () => {
      netToGross(targets[k++ % 1000] as never);
    },
    opts,
  );
  bench(
    'netToGross (gross only)',
    () => {
      netToGross(targets[k++ % 1000] as never, { payslip: false });
    },
    opts,
  );
});
