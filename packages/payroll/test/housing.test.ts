import { toMinor } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayslip, netToGross, type PayslipInput } from '../src/index.js';

// Employer-paid housing (tiền thuê nhà): taxable at the rent paid but at most 15 % of the month's
// other taxable income (Circular 111/2013/TT-BTC Art. 2.2.đ.1; Decree 253/2026/NĐ-CP Art. 8.2.h).
const base = { employeeId: 'EXPAT1', period: '2026-03', paymentDate: '2026-03-31', region: 'I' as const };
const housing = (amount: number, code = 'HOUSING') => ({
  code,
  label: 'Housing',
  amount,
  tax: 'housing' as const,
});

describe('housing allowance (15 % cap)', () => {
  it('hand-worked: 30 M salary, 8 M rent → 4.5 M taxable, 3.5 M exempt', () => {
    const p = computePayslip({ ...base, salary: 30000000, allowances: [housing(8000000)] });
    // taxable = 30,000,000 + min(8,000,000, 15 % × 30,000,000 = 4,500,000) = 34,500,000
    expect(toMinor(p.gross)).toBe(38000000n);
    expect(toMinor(p.taxableIncome)).toBe(34500000n);
    // insurance 10.5 % of 30 M = 3,150,000; self 15,500,000 → assessable 15,850,000
    expect(toMinor(p.assessableIncome)).toBe(15850000n);
    // 10 M × 5 % + 5.85 M × 10 % = 500,000 + 585,000
    expect(toMinor(p.pit)).toBe(1085000n);
    expect(toMinor(p.net)).toBe(38000000n - 3150000n - 1085000n);
  });

  it('a rent under the cap is taxable in full (same as tax: taxable)', () => {
    const a = computePayslip({ ...base, salary: 30000000, allowances: [housing(3000000)] });
    const b = computePayslip({
      ...base,
      salary: 30000000,
      allowances: [{ code: 'HOUSING', label: 'Housing', amount: 3000000, tax: 'taxable' }],
    });
    expect([toMinor(a.taxableIncome), toMinor(a.pit), toMinor(a.net)]).toEqual([
      toMinor(b.taxableIncome),
      toMinor(b.pit),
      toMinor(b.net),
    ]);
  });

  it('several housing allowances share one cap; exempt allowances do not count in the base', () => {
    const p = computePayslip({
      ...base,
      salary: 20000000,
      allowances: [
        housing(2000000, 'RENT'),
        housing(2000000, 'UTILITIES'),
        { code: 'PHONE', label: 'Phone', amount: 1000000, tax: 'exempt' },
        { code: 'RESP', label: 'Responsibility', amount: 4000000, tax: 'taxable' },
      ],
    });
    // others' taxable = 20 M + 4 M = 24 M → cap 3.6 M for both housing lines together
    expect(toMinor(p.taxableIncome)).toBe(24000000n + 3600000n);
  });

  it('netToGross inverts payslips with housing (the cap makes a bend in the net curve)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5_000_000, max: 150_000_000 }),
        fc.integer({ min: 0, max: 40_000_000 }),
        (salary, rent) => {
          const input: PayslipInput = { ...base, salary, allowances: [housing(rent)] };
          const net = toMinor(computePayslip(input).net);
          const { salary: _s, ...rest } = input;
          const r = netToGross({ ...rest, net });
          expect(r.status).not.toBe('none');
          expect(toMinor(computePayslip({ ...input, salary: toMinor(r.gross!) }).net)).toBe(net);
        },
      ),
      { numRuns: 150, seed: 41 },
    );
  });
});
