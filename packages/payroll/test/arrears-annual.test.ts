import { type BoError, toMinor } from '@bo/core';
import { describe, expect, it } from 'vitest';
import { computeArrears, finaliseAnnualPit, type PayslipInput, runPayroll } from '../src/index.js';

const original: PayslipInput = {
  employeeId: 'NV001',
  period: '2026-01',
  paymentDate: '2026-01-31',
  region: 'I',
  salary: 20000000,
  bank: { account: '0011' },
};

describe('computeArrears', () => {
  const a = computeArrears({ original, corrected: { ...original, salary: 22000000, dependants: 1 } });
  it('gives per-line differences of the recomputed period', () => {
    const diff = Object.fromEntries(a.lines.map((l) => [l.code, toMinor(l.difference)]));
    expect(diff.BASIC).toBe(2000000n);
    expect(diff.BHXH_EE).toBe(160000n);
    expect(diff.BHTN_ER).toBe(20000n);
    // PIT: 20 M → 120,000; 22 M with 1 dependant → (22 M − 2.31 M − 21.7 M) < 0 → 0
    expect(diff.PIT).toBe(-120000n);
    expect(toMinor(a.netDifference)).toBe(2000000n - 210000n + 120000n);
    expect(a.lines.every((l) => toMinor(l.difference) !== 0n)).toBe(true);
  });
  it('settles in a later run: journal balanced, transfer increased', () => {
    const run = runPayroll({
      period: '2026-03',
      paymentDate: '2026-03-31',
      employees: [
        { ...original, period: '2026-03', paymentDate: '2026-03-31', dependants: 1, salary: 22000000 },
      ],
      arrears: [a],
    });
    expect(toMinor(run.arrears.net)).toBe(toMinor(a.netDifference));
    const slipNet = toMinor(run.payslips[0]!.net);
    expect(toMinor(run.bankTransfers[0]!.amount)).toBe(slipNet + toMinor(a.netDifference));
    for (const e of run.journalEntries) {
      let bal = 0n;
      for (const p of e.postings)
        bal += (p.debit ? toMinor(p.debit) : 0n) - (p.credit ? toMinor(p.credit) : 0n);
      expect(bal, e.id).toBe(0n);
    }
    const pit = run.journalEntries
      .find((e) => e.id.endsWith('WITHHOLD'))!
      .postings.filter((p) => p.role === 'pitPayable');
    expect(pit.some((p) => p.debit && toMinor(p.debit) === 120000n)).toBe(true); // PIT over-withheld is reversed
  });
  it('refuses inputs of different periods', () => {
    let e: BoError | undefined;
    try {
      computeArrears({ original, corrected: { ...original, period: '2026-02' } });
    } catch (x) {
      e = x as BoError;
    }
    expect(e?.code).toBe('PAYROLL/ARREARS_MISMATCH');
    expect(e?.path).toEqual(['corrected', 'period']);
  });
});

describe('finaliseAnnualPit', () => {
  it('2026: Jan–Jun withheld under the old rules is settled at finalisation (refund)', () => {
    // 30 M a month, 1 dependant; Jan–Jun withheld with 11 M / 4.4 M and the 7-bracket tariff: TNTT 11.45 M → 967,500 a month;
    // Jul–Dec with 15.5 M / 6.2 M and 5 brackets: TNTT 5.15 M → 257,500 a month.
    const r = finaliseAnnualPit({
      year: 2026,
      taxableIncome: 360000000,
      insurance: 37800000,
      dependants: [{ id: 'c', from: '2015-03-01' }],
      withheld: 6 * 967500 + 6 * 257500,
    });
    expect(toMinor(r.assessableIncome)).toBe(360000000n - 37800000n - 186000000n - 74400000n);
    expect(toMinor(r.pitDue)).toBe(3090000n);
    expect(toMinor(r.balance)).toBe(3090000n - 7350000n);
    expect(r.outcome).toBe('refund');
    expect(r.notes.join()).toMatch(/Art\. 70\.2/);
  });
  it('counts dependant months of eligibility and caps the 2026 deductions', () => {
    const r = finaliseAnnualPit({
      year: 2026,
      taxableIncome: 300000000,
      dependants: [{ id: 'b', from: '2026-09-15' }],
      medical: 50000000,
      voluntaryPension: 50000000,
    });
    expect(r.deductions.dependantMonths).toBe(4);
    expect(toMinor(r.deductions.medical)).toBe(23000000n);
    expect(toMinor(r.deductions.voluntaryPension)).toBe(36000000n);
    const old = finaliseAnnualPit({ year: 2025, taxableIncome: 300000000, medical: 50000000 });
    expect(toMinor(old.deductions.medical)).toBe(0n);
    expect(toMinor(old.deductions.self)).toBe(132000000n);
  });
  it('refuses bad input with the field', () => {
    let e: BoError | undefined;
    try {
      finaliseAnnualPit({ year: 2026, taxableIncome: -1 });
    } catch (x) {
      e = x as BoError;
    }
    expect(e?.code).toBe('PAYROLL/INVALID_INPUT');
    expect(e?.path).toEqual(['taxableIncome']);
  });
});

describe('annualInputFromPayslips', () => {
  it('finalises 2026 from twelve payslips: withheld under the law equals due when nothing else changes', async () => {
    const { annualInputFromPayslips, computePayslip } = await import('../src/index.js');
    const slips = Array.from({ length: 12 }, (_, i) => {
      const mm = String(i + 1).padStart(2, '0');
      return computePayslip({
        employeeId: 'A',
        period: `2026-${mm}`,
        paymentDate: `2026-${mm}-28`,
        region: 'I',
        salary: 30000000,
        dependants: 1,
      });
    });
    // December 2025 pay paid in January 2026 belongs to 2026; a 2025 payment does not
    slips.push(
      computePayslip({
        employeeId: 'A',
        period: '2025-11',
        paymentDate: '2025-12-05',
        region: 'I',
        salary: 30000000,
        dependants: 1,
      }),
    );
    const { input, payslipsCounted } = annualInputFromPayslips(slips, 2026);
    expect(payslipsCounted).toBe(12);
    expect(input.taxableIncome).toBe(360000000n);
    expect(input.insurance).toBe(37800000n);
    expect(input.withheld).toBe(12n * 257500n);
    const r = finaliseAnnualPit({ ...input, dependants: 12 });
    expect(toMinor(r.pitDue)).toBe(3090000n);
    expect(toMinor(r.balance)).toBe(0n);
    expect(r.outcome).toBe('nil');
  });
});

describe('finaliseAnnualPit: small-amount rule (Decree 252/2026/NĐ-CP, ≤ 50,000 đồng)', () => {
  // 660 M taxable, 64.2 M insurance → 39,960,000 due for 2026 (the TSDoc example)
  const due = 39960000n;
  const at = (withheld: bigint, year = 2026) =>
    finaliseAnnualPit({
      year,
      taxableIncome: '660000000',
      insurance: '64200000',
      withheld: String(withheld),
    });
  it('waives a payable balance of at most 50,000 and offsets an overpayment of at most 50,000', () => {
    const cases: [bigint, string, bigint][] = [
      [50000n, 'waived', 0n],
      [1n, 'waived', 0n],
      [50001n, 'payable', 50001n],
      [-50000n, 'offset', 0n],
      [-1n, 'offset', 0n],
      [-50001n, 'refund', -50001n],
      [0n, 'nil', 0n],
    ];
    for (const [balance, outcome, settlement] of cases) {
      const r = at(due - balance);
      expect(toMinor(r.pitDue)).toBe(due);
      expect([toMinor(r.balance), r.outcome, toMinor(r.settlement)]).toEqual([balance, outcome, settlement]);
      const cited = r.references.some((ref) => ref.document === 'Decree 252/2026/NĐ-CP');
      expect(cited).toBe(outcome === 'waived' || outcome === 'offset');
    }
  });
  it('does not apply the rule before tax period 2026 (not modelled): the balance is settled', () => {
    const r2025 = finaliseAnnualPit({
      year: 2025,
      taxableIncome: '660000000',
      insurance: '64200000',
      withheld: '0',
    });
    const small = finaliseAnnualPit({
      year: 2025,
      taxableIncome: '660000000',
      insurance: '64200000',
      withheld: String(toMinor(r2025.pitDue) - 30000n),
    });
    expect([small.outcome, toMinor(small.settlement)]).toEqual(['payable', 30000n]);
  });
});
