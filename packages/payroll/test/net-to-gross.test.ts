import { type BoError, toMinor } from '@bo/core';
import { describe, expect, it } from 'vitest';
import { computePayslip, netToGross, type PayslipInput } from '../src/index.js';

const base = { employeeId: 'N', period: '2026-08', paymentDate: '2026-08-31', region: 'I' as const };

describe('netToGross', () => {
  it('finds both branches around the casual 10 % threshold (several solutions)', () => {
    const r = netToGross({ ...base, contract: 'casual', net: 4700000 });
    expect(r.status).toBe('several');
    expect(r.solutions.map((s) => [toMinor(s.min), toMinor(s.max)])).toEqual([
      [4700000n, 4700000n],
      [5222222n, 5222222n],
    ]);
    for (const s of r.solutions)
      expect(toMinor(computePayslip({ ...base, contract: 'casual', salary: toMinor(s.min) }).net)).toBe(
        4700000n,
      );
  });

  it('inverts a casual payment far below the threshold (the 10 % branch has no solution there)', () => {
    // regression: the 10 % branch's exact solution (net / 0.9) lies below the threshold, where no tax is
    // withheld; settling it walked hundreds of đồng and failed with NET_TO_GROSS_DIVERGED
    for (const net of [1000000, 3000000, 4000000]) {
      const r = netToGross({ ...base, contract: 'casual', net });
      expect(r.status).toBe('unique');
      expect(toMinor(r.gross!)).toBe(BigInt(net));
      expect(r.exactGross).toBe(String(net));
    }
  });

  it('jumps the casual threshold: a net of 5,000,000 needs 5,555,556 paid', () => {
    const r = netToGross({ ...base, contract: 'casual', net: 5000000 });
    expect(r.status).toBe('unique');
    expect(toMinor(r.gross!)).toBe(5555556n);
  });

  it('says when no salary gives the net exactly (net rises by 2 đồng per đồng of salary)', () => {
    // 100 h of rest-day overtime at 200 % on a 26-day, 8-hour basis: earnings ≈ 1.96 × salary, so the net
    // can step by 2 đồng and skip a value
    const input = {
      ...base,
      overtime: [{ kind: 'restDay' as const, hours: 100 }],
      dayBasis: { fixedDays: 26 },
    };
    let none = 0;
    for (let n = 30_000_000n; n < 30_000_040n; n++) {
      const r = netToGross({ ...input, net: n });
      if (r.status === 'none') {
        none++;
        expect(toMinor(r.nearest!.below.net) < n && toMinor(r.nearest!.above.net) > n).toBe(true);
        expect(toMinor(r.nearest!.above.gross) - toMinor(r.nearest!.below.gross)).toBe(1n);
      } else expect(toMinor(r.payslip!.net)).toBe(n);
    }
    expect(none).toBeGreaterThan(0);
  });

  it('reports a rounding plateau as several salaries', () => {
    // prorated month: basic = S × 14/26 rounds, so consecutive salaries can share a net
    const input = {
      ...base,
      period: '2026-03',
      paymentDate: '2026-03-31',
      employment: { start: '2026-03-16' },
    } as const;
    let seen = false;
    for (let n = 10_000_000n; n < 10_000_060n && !seen; n++) {
      const r = netToGross({ ...input, net: n });
      if (r.status === 'none') {
        expect(r.nearest).toBeDefined();
        const below = toMinor(r.nearest!.below.net);
        const above = toMinor(r.nearest!.above.net);
        expect(below < n && above > n).toBe(true);
        seen = true;
      } else {
        expect(toMinor(r.payslip!.net)).toBe(n);
        if (r.status === 'several') {
          expect(
            toMinor(computePayslip({ ...input, salary: toMinor(r.grossMax!) } as PayslipInput).net),
          ).toBe(n);
          seen = true;
        }
      }
    }
    expect(seen).toBe(true);
  });

  it('inverts with allowances, overtime and a fixed insurance base', () => {
    const input = {
      ...base,
      dependants: 1,
      insurance: { basis: 15000000 },
      allowances: [{ code: 'MEAL', label: 'Meal', amount: 1500000, tax: 'meal' as const }],
      overtime: [{ kind: 'weekday' as const, hours: 12 }],
    };
    for (const net of [8_000_000n, 25_000_000n, 61_234_567n, 150_000_000n]) {
      const r = netToGross({ ...input, net });
      expect(r.status === 'unique' || r.status === 'several').toBe(true);
      expect(toMinor(computePayslip({ ...input, salary: toMinor(r.gross!) }).net)).toBe(net);
    }
  });

  it('inverts the employer-borne PIT case (net = salary − insurance)', () => {
    const r = netToGross({ ...base, dependants: 1, pitBorneByEmployer: true, net: 22375000 });
    expect(toMinor(r.gross!)).toBe(25000000n);
    expect(toMinor(r.payslip!.pit)).toBe(35526n);
  });

  it('gives the same gross whatever was inverted before (fixed deductions shift the memoised curve)', () => {
    // regression: the memoised net curve was shared by months differing only in advances/deductions,
    // so an advance after a month without one failed with NET_TO_GROSS_DIVERGED
    const withAdvance = {
      ...base,
      net: 30000000,
      deductions: [{ code: 'ADVANCE', label: 'Advance', amount: '1000000', kind: 'advance' as const }],
    };
    const plain = netToGross({ ...base, net: 30000000 });
    const advanced = netToGross(withAdvance);
    const again = netToGross({ ...base, net: 30000000 });
    expect(toMinor(plain.gross!)).toBe(toMinor(again.gross!));
    expect(toMinor(advanced.payslip!.net)).toBe(30000000n);
    // the advance is paid out of the net: the gross must cover net + advance
    expect(toMinor(advanced.gross!)).toBe(toMinor(netToGross({ ...base, net: 31000000 }).gross!));
  });

  it('inverts non-resident 20 % withholding', () => {
    const r = netToGross({ ...base, residency: 'non-resident', net: 20000000 });
    expect(toMinor(r.payslip!.net)).toBe(20000000n);
    expect(r.payslip!.taxMethod).toBe('non-resident');
  });

  it('explains how the gross was found when asked', async () => {
    const { renderTrace } = await import('@bo/core');
    const r = netToGross({ ...base, net: 30000000 }, { trace: true });
    const text = renderTrace(r.explanation!);
    expect(text).toMatch(/Target net = 30000000/);
    expect(text).toMatch(/salary 34698945 = 30000000 VND {2}\[net = target\]/);
    expect(text).toMatch(/Segment of the pipeline/);
    expect(netToGross({ ...base, net: 30000000 }).explanation).toBeUndefined();
  });

  it('refuses a negative or malformed net', () => {
    let e: BoError | undefined;
    try {
      netToGross({ ...base, net: -1 });
    } catch (x) {
      e = x as BoError;
    }
    expect(e?.code).toBe('PAYROLL/INVALID_INPUT');
  });
});
