import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePayslip, netToGross, type PayslipInput, residentPit } from '../src/index.js';
import { buildTariff } from '../src/rules/vn/resolve-rules.js';
import { VN_PAYROLL_PARAMETERS } from '../src/rules/vn/parameters.js';

const big = (m: { amount: { toString(): string } }): bigint => BigInt(m.amount.toString());
const months = ['2025-05', '2026-03', '2026-08'] as const;
const base = (period: string, salary: bigint | number, dependants = 0): PayslipInput => ({
  employeeId: 'P',
  period,
  paymentDate: `${period}-28`,
  region: 'I',
  salary: String(salary),
  dependants,
});
const settings = { numRuns: 300, seed: 20261126 };

describe('payslip invariants (fast-check)', () => {
  it('net + employee deductions = gross', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.bigInt(0n, 300_000_000n),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (p, s, d, union) => {
          const slip = computePayslip({
            ...base(p, s, d),
            insurance: { unionMember: union },
            deductions: [{ code: 'ADVANCE', label: 'Advance', amount: '100000', kind: 'advance' }],
          });
          const deductions = slip.lines
            .filter((l) => l.section === 'deduction')
            .reduce((a, l) => a + big(l.amount), 0n);
          expect(big(slip.net) + deductions).toBe(big(slip.gross));
        },
      ),
      settings,
    );
  });

  it('net never decreases when gross rises (full month, default rounding)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.bigInt(0n, 200_000_000n),
        fc.bigInt(1n, 5000n),
        fc.integer({ min: 0, max: 3 }),
        (p, s, delta, d) => {
          const a = computePayslip(base(p, s, d));
          const b = computePayslip(base(p, s + delta, d));
          const c = computePayslip(base(p, s + 1n, d));
          expect(big(b.net) >= big(a.net)).toBe(true);
          expect(big(c.net) >= big(a.net)).toBe(true);
        },
      ),
      settings,
    );
  });

  it('grossToNet(netToGross(n)) = n', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.bigInt(0n, 150_000_000n),
        fc.integer({ min: 0, max: 3 }),
        (p, n, d) => {
          const r = netToGross({
            employeeId: 'P',
            period: p,
            paymentDate: `${p}-28`,
            region: 'I',
            net: n,
            dependants: d,
          });
          expect(r.status).not.toBe('none');
          const slip = computePayslip(base(p, big(r.gross as never), d));
          expect(big(slip.net)).toBe(n);
          // the whole reported range nets the target, and the neighbours outside it do not
          const max = big(r.grossMax as never);
          expect(big(computePayslip(base(p, max, d)).net)).toBe(n);
          expect(big(computePayslip(base(p, max + 1n, d)).net)).not.toBe(n);
          if (big(r.gross as never) > 0n)
            expect(big(computePayslip(base(p, big(r.gross as never) - 1n, d)).net)).not.toBe(n);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('another dependant never raises tax', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.bigInt(0n, 300_000_000n),
        fc.integer({ min: 0, max: 5 }),
        (p, s, d) => {
          expect(big(computePayslip(base(p, s, d + 1)).pit) <= big(computePayslip(base(p, s, d)).pit)).toBe(
            true,
          );
        },
      ),
      settings,
    );
  });

  it('tax is continuous at every bracket boundary (monthly and annual, both tariffs)', () => {
    for (const v of VN_PAYROLL_PARAMETERS.pitResidentTariff.values) {
      for (const m of [1n, 12n]) {
        const t = buildTariff(v.value, m);
        for (let i = 1; i < t.length; i++) {
          const cur = t[i] as (typeof t)[number];
          const prev = t[i - 1] as (typeof t)[number];
          // both quick formulas agree at the boundary: L·r_i − q_i = L·r_{i−1} − q_{i−1}
          const l = cur.lower;
          const left = {
            n: l * prev.rate.n * prev.deduction.d - prev.deduction.n * prev.rate.d,
            d: prev.rate.d * prev.deduction.d,
          };
          const right = {
            n: l * cur.rate.n * cur.deduction.d - cur.deduction.n * cur.rate.d,
            d: cur.rate.d * cur.deduction.d,
          };
          expect(left.n * right.d, `${v.from} ×${m} bracket ${i}`).toBe(right.n * left.d);
          // and the rounded tax moves by at most one đồng across it
          const date = v.from === '2009-01-01' ? '2025-06-30' : '2026-06-30';
          const below = big(
            residentPit({ assessableIncome: l - 1n, paymentDate: date, annual: m === 12n }).amount,
          );
          const at = big(residentPit({ assessableIncome: l, paymentDate: date, annual: m === 12n }).amount);
          const above = big(
            residentPit({ assessableIncome: l + 1n, paymentDate: date, annual: m === 12n }).amount,
          );
          expect(at - below <= 1n && above - at <= 1n && at >= below).toBe(true);
        }
      }
    }
  });

  it('caps bind exactly (BHXH/BHYT at 20 × base salary, BHTN at 20 × regional minimum)', () => {
    const cases = [
      { period: '2026-03', si: 46_800_000n, ui: 106_200_000n, region: 'I' as const },
      { period: '2026-08', si: 50_600_000n, ui: 106_200_000n, region: 'I' as const },
      { period: '2025-05', si: 46_800_000n, ui: 99_200_000n, region: 'I' as const },
      { period: '2026-08', si: 50_600_000n, ui: 74_000_000n, region: 'IV' as const },
    ];
    for (const c of cases) {
      const line = (s: bigint, code: string) =>
        big(
          computePayslip(
            { ...base(c.period, s), region: c.region },
            { rounding: { mode: 'half-up', insurance: 'per-line' } },
          ).lines.find((l) => l.code === code)!.amount,
        );
      expect(line(c.si, 'BHXH_EE')).toBe((c.si * 8n) / 100n);
      expect(line(c.si + 1n, 'BHXH_EE')).toBe((c.si * 8n) / 100n);
      expect(line(c.si - 100n, 'BHXH_EE')).toBe(((c.si - 100n) * 8n) / 100n);
      expect(line(c.ui, 'BHTN_EE')).toBe(c.ui / 100n);
      expect(line(c.ui + 1_000_000n, 'BHTN_EE')).toBe(c.ui / 100n);
      expect(line(c.ui - 100n, 'BHTN_EE')).toBe((c.ui - 100n) / 100n);
    }
  });
});

describe('integer day counts agree with core', () => {
  it('countWorkingDays = core workingDays and the proration fraction = core prorationFraction', async () => {
    const core = await import('@bo/core');
    const { countWorkingDays, countCalendarDays } = await import('../src/internal/day-count.js');
    const weeks = { MON_FRI: core.MON_FRI, MON_SAT: core.MON_SAT, MON_SAT_HALF: core.MON_SAT_HALF } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 27 }),
        fc.constantFrom('MON_FRI', 'MON_SAT', 'MON_SAT_HALF' as const),
        fc.array(fc.integer({ min: 1, max: 28 }), { maxLength: 3 }),
        (y, m, a, len, wk, hs) => {
          const month = core.monthPeriod(y, m);
          const mm = String(m).padStart(2, '0');
          const startDay = Math.min(a, 28);
          const endDay = Math.min(startDay + len, 28);
          const part = core.period(
            `${y}-${mm}-${String(startDay).padStart(2, '0')}`,
            `${y}-${mm}-${String(endDay).padStart(2, '0')}`,
          );
          const holidays = hs.map((d) => `${y}-${mm}-${String(d).padStart(2, '0')}` as never);
          const week = weeks[wk as keyof typeof weeks];
          const mine = countWorkingDays(part, week, wk, holidays);
          const theirs = core.workingDays(part, { workWeek: week, holidays });
          expect(new core.Decimal(mine.n.toString()).div(mine.d.toString()).eq(theirs)).toBe(true);
          const f = core.prorationFraction(part, month, {
            kind: 'working-days',
            calendar: { workWeek: week, holidays },
          });
          const whole = countWorkingDays(month, week, wk, holidays);
          if (!whole.n) return;
          const ratio = new core.Decimal(mine.n.toString())
            .times(whole.d.toString())
            .div(new core.Decimal(mine.d.toString()).times(whole.n.toString()));
          expect(core.Decimal.min(ratio, 1).eq(f.fraction)).toBe(true);
          expect(countCalendarDays(part)).toBe(core.periodLength(part));
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('computePayslipAmounts', () => {
  it('gives the same totals as computePayslip', async () => {
    const { computePayslipAmounts } = await import('../src/index.js');
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.bigInt(0n, 300_000_000n),
        fc.integer({ min: 0, max: 3 }),
        (p, s, d) => {
          const a = computePayslipAmounts(base(p, s, d));
          const b = computePayslip(base(p, s, d));
          expect([
            a.gross,
            a.employeeInsurance,
            a.pit,
            a.net,
            a.employerContributions,
            a.employerCost,
          ]).toEqual(
            [b.gross, b.employeeInsurance, b.pit, b.net, b.employerContributions, b.employerCost].map(big),
          );
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });
});

describe('parsePayslipInput fast path', () => {
  it('gives exactly what the zod schema gives, and falls back to it for anything else', async () => {
    const { PayslipInputSchema, parsePayslipInput } = await import('../src/payslip/payslip-input.js');
    const schemaOnly = (x: unknown) => PayslipInputSchema.parse(x);
    const arb = fc.record(
      {
        employeeId: fc.constantFrom('E1', 'E2', 'E3', ''),
        name: fc.string({ maxLength: 3 }),
        department: fc.constant('SALES'),
        period: fc.constantFrom('2026-03', '2025-12', '2026-01', '2026-13'),
        paymentDate: fc.constantFrom('2026-03-31', '2025-12-31', '2026-01-31', '2026-02-30'),
        region: fc.constantFrom('I', 'II', 'III', 'IV', 'V'),
        salary: fc.oneof(
          { arbitrary: fc.bigInt(0n, 10n ** 12n), weight: 4 },
          { arbitrary: fc.integer({ min: 0, max: 2 ** 40 }), weight: 3 },
          {
            arbitrary: fc.constantFrom(
              '20000000',
              ' 5 ',
              '1.5',
              '-3',
              '',
              'abc',
              -1,
              -1n,
              2 ** 60,
              Number.NaN,
            ),
            weight: 2,
          },
          { arbitrary: fc.double(), weight: 1 },
        ),
        dependants: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom(1.5, null)),
        contract: fc.constantFrom('labour', 'casual', 'other'),
        residency: fc.constantFrom('resident', 'non-resident'),
        nationality: fc.constantFrom('VN', 'VN', 'foreign'),
        overtime: fc.oneof(
          {
            // plainly valid entries (the fast path)
            arbitrary: fc.array(
              fc
                .record(
                  {
                    kind: fc.constantFrom('weekday', 'restDay', 'holiday'),
                    amount: fc.oneof(
                      fc.record({ hours: fc.constantFrom(0, 8, 1.5, 0.25, 40) }),
                      fc.record({ minutes: fc.constantFrom(0, 30, 90) }),
                    ),
                    night: fc.boolean(),
                    afterDayOvertime: fc.boolean(),
                  },
                  { requiredKeys: ['kind', 'amount'] },
                )
                .map(({ amount, ...o }) => ({ ...o, ...amount })),
              { maxLength: 3 },
            ),
            weight: 3,
          },
          {
            // anything goes (the fallback must give zod's result or error)
            arbitrary: fc.array(
              fc.record(
                {
                  kind: fc.constantFrom('weekday', 'restDay', 'holiday', 'sunday'),
                  hours: fc.oneof(
                    fc.constantFrom(0, 8, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '8', undefined),
                    fc.double(),
                  ),
                  minutes: fc.constantFrom(0, 30, -5, 1.5, 2 ** 60, '30'),
                  night: fc.constantFrom(true, false, 'yes'),
                  afterDayOvertime: fc.constantFrom(true, false, 0),
                  extra: fc.constant(1),
                },
                { requiredKeys: ['kind'] },
              ),
              { maxLength: 3 },
            ),
            weight: 1,
          },
          { arbitrary: fc.constantFrom('none', [1], [null], [[]]), weight: 1 },
        ),
        extra: fc.constant(1),
      },
      { requiredKeys: ['employeeId', 'period', 'paymentDate', 'region', 'salary'] },
    );
    let valid = 0;
    let validWithOvertime = 0;
    fc.assert(
      fc.property(arb, (input) => {
        let expected: unknown;
        let expectedError: string | undefined;
        try {
          expected = schemaOnly(input);
        } catch (e) {
          expectedError = String(e);
        }
        let actual: unknown;
        let actualError: string | undefined;
        try {
          actual = parsePayslipInput(input, schemaOnly);
        } catch (e) {
          actualError = String(e);
        }
        expect(actualError).toBe(expectedError);
        expect(actual).toEqual(expected);
        if (expectedError === undefined) valid++;
        if (expectedError === undefined && Array.isArray(input.overtime) && input.overtime.length > 0)
          validWithOvertime++;
      }),
      { numRuns: 3000, seed: 5 },
    );
    expect(valid).toBeGreaterThan(30); // the fast path is exercised, not only the fallback
    expect(validWithOvertime).toBeGreaterThan(10);
  });

  it('overtime entries: the fast path gives the zod result or falls back to zod (fixed valid rest)', async () => {
    const { PayslipInputSchema, parsePayslipInput } = await import('../src/payslip/payslip-input.js');
    const schemaOnly = (x: unknown) => PayslipInputSchema.parse(x);
    const valid = fc
      .record(
        {
          kind: fc.constantFrom('weekday', 'restDay', 'holiday'),
          amount: fc.oneof(
            fc.record({
              hours: fc.oneof(fc.constantFrom(0, -0, 8, 1.5), fc.double({ min: 0, noNaN: true })),
            }),
            fc.record({ minutes: fc.constantFrom(0, 30, 90, 2 ** 53 - 1) }),
          ),
          night: fc.boolean(),
          afterDayOvertime: fc.boolean(),
        },
        { requiredKeys: ['kind', 'amount'] },
      )
      .map(({ amount, ...o }): Record<string, unknown> => ({ ...o, ...amount }));
    // one field of a valid entry replaced by a near miss
    const bad: Record<string, unknown[]> = {
      kind: ['sunday', undefined, 1],
      hours: [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, '8', undefined, null, 8n],
      minutes: [-5, 1.5, 2 ** 60, '30', undefined, Number.NaN],
      night: ['yes', 0, null, undefined],
      afterDayOvertime: [0, 'true', null, undefined],
      extra: [1],
    };
    const nearMiss = fc.tuple(valid, fc.constantFrom(...Object.keys(bad)), fc.nat()).map(([o, k, i]) => {
      const choices = bad[k] as unknown[];
      return { ...o, [k]: choices[i % choices.length] };
    });
    const entry = fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: nearMiss, weight: 2 });
    let fast = 0;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), (overtime) => {
        const input = {
          employeeId: 'E',
          period: '2026-03',
          paymentDate: '2026-03-31',
          region: 'I',
          salary: 1,
          overtime,
        };
        let expected: unknown;
        let expectedError: string | undefined;
        try {
          expected = schemaOnly(input);
        } catch (e) {
          expectedError = String(e);
        }
        let actual: unknown;
        let actualError: string | undefined;
        let viaZod = false;
        try {
          actual = parsePayslipInput(input, (x) => {
            viaZod = true;
            return schemaOnly(x);
          });
        } catch (e) {
          actualError = String(e);
        }
        expect(actualError).toBe(expectedError);
        expect(actual).toEqual(expected);
        if (!viaZod) fast++;
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(fast).toBeGreaterThan(300);
  });
});

describe('parsePayslipInput for net → gross', () => {
  it('parses as the schema does with net dropped and salary 0', async () => {
    const { PayslipInputSchema, parsePayslipInput } = await import('../src/payslip/payslip-input.js');
    const schemaOnly = (x: unknown) => PayslipInputSchema.parse(x);
    const arb = fc.record(
      {
        employeeId: fc.constantFrom('E1', 'E1', 'E1', ''),
        period: fc.constantFrom('2026-03', '2026-03', '2026-03', '2026-13'),
        paymentDate: fc.constantFrom('2026-03-31', '2026-03-31', '2026-03-31', '2026-02-30'),
        region: fc.constantFrom('I', 'I', 'I', 'V'),
        net: fc.constantFrom('1000', -1, 'x'),
        salary: fc.constantFrom('5', -5, undefined),
        dependants: fc.constantFrom(0, 2, -1, null),
        overtime: fc.constantFrom([], [{ kind: 'weekday', hours: 8 }], [{ kind: 'weekday' }]),
      },
      { requiredKeys: ['employeeId', 'period', 'paymentDate', 'region', 'net'] },
    );
    let valid = 0;
    fc.assert(
      fc.property(arb, (input) => {
        const { net: _net, ...rest } = input;
        let expected: unknown;
        let expectedError: string | undefined;
        try {
          expected = schemaOnly({ ...rest, salary: 0 });
        } catch (e) {
          expectedError = String(e);
        }
        let actual: unknown;
        let actualError: string | undefined;
        try {
          actual = parsePayslipInput(input, schemaOnly, true);
        } catch (e) {
          actualError = String(e);
        }
        expect(actualError).toBe(expectedError);
        expect(actual).toEqual(expected);
        if (expectedError === undefined) valid++;
      }),
      { numRuns: 1000, seed: 17 },
    );
    expect(valid).toBeGreaterThan(20);
  });
});

describe('splitThree (insurance split without sorting)', () => {
  it('matches the largest-remainder reference (sort by remainder, ties to the earlier part)', async () => {
    const { splitThree } = await import('../src/payslip/evaluate.js');
    type R = { n: bigint; d: bigint };
    const floor = (r: R): bigint => (r.n >= 0n ? r.n / r.d : -((-r.n + r.d - 1n) / r.d));
    const reference = (parts: R[], total: bigint): bigint[] => {
      const floors = parts.map(floor);
      let left = total - floors.reduce((a, b) => a + b, 0n);
      // remainders compared exactly: (n − f·d)/d
      const order = parts
        .map((p, i) => ({ i, rn: p.n - (floors[i] as bigint) * p.d, d: p.d }))
        .sort((a, b) => {
          const l = b.rn * a.d;
          const r = a.rn * b.d;
          return l > r ? 1 : l < r ? -1 : a.i - b.i;
        });
      const out = [...floors];
      for (const o of order) {
        if (left <= 0n) break;
        out[o.i] = (out[o.i] as bigint) + 1n;
        left -= 1n;
      }
      for (let k = order.length - 1; left < 0n && k >= 0; k--) {
        const o = order[k] as { i: number };
        out[o.i] = (out[o.i] as bigint) - 1n;
        left += 1n;
      }
      return out;
    };
    const ratio = fc.record({ n: fc.bigInt(0n, 10n ** 9n), d: fc.constantFrom(1n, 3n, 100n, 1000n, 200n) });
    fc.assert(
      fc.property(ratio, ratio, ratio, fc.integer({ min: -3, max: 3 }), (a, b, c, delta) => {
        const exactSum = floor(a) + floor(b) + floor(c) + BigInt(delta);
        const total = exactSum < 0n ? 0n : exactSum;
        const got = splitThree(a, b, c, total);
        expect([got.si, got.hi, got.ui]).toEqual(reference([a, b, c], total));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('plan cache', () => {
  it('a payslip from a cached plan equals one planned afresh through the schema', () => {
    const overtime = fc.array(
      fc
        .record(
          {
            kind: fc.constantFrom('weekday' as const, 'restDay' as const, 'holiday' as const),
            amount: fc.oneof(
              fc.record({ hours: fc.constantFrom(0, 2, 8, 1.5, 40) }),
              fc.record({ minutes: fc.constantFrom(30, 90) }),
            ),
            night: fc.boolean(),
          },
          { requiredKeys: ['kind', 'amount'] },
        )
        .map(({ amount, ...o }) => ({ ...o, ...amount })),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.bigInt(0n, 200_000_000n),
        fc.integer({ min: 0, max: 3 }),
        overtime,
        (p, s, d, ot) => {
          const input = { ...base(p, s, d), overtime: ot };
          // `holidays: []` is the default, but takes the input off the fast path: zod, no plan cache
          const fresh = computePayslip({ ...input, holidays: [] });
          expect(computePayslip(input)).toEqual(fresh);
          expect(computePayslip(input)).toEqual(fresh); // from the cache this time
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });
});
