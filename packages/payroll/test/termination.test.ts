import { toMinor } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminationAllowance } from '../src/index.js';

const salary = (n: number) => Array.from({ length: 6 }, () => n);

describe('terminationAllowance (Labour Code 2019 Art. 46–47; Decree 145/2020 Art. 8)', () => {
  it('hand-worked severance: 123 months, 78 under unemployment insurance, 6-month average 19 M', () => {
    // 2016-04-01 … 2026-06-30 = 10 years 3 months = 123 months; 123 − 78 = 45 = 3 years + 9 months → 4 years
    // ½ month per year → 2 months × 19,000,000 (average of 3 × 18 M and 3 × 20 M)
    const r = terminationAllowance({
      kind: 'severance',
      start: '2016-04-01',
      end: '2026-06-30',
      unemploymentInsuranceMonths: 78,
      salaries: [17000000, 17000000, 18000000, 18000000, 18000000, 20000000, 20000000, 20000000],
    });
    expect([r.serviceMonths, r.countedMonths, r.years, r.monthsOfSalary]).toEqual([123, 45, '4', '2']);
    expect(toMinor(r.averageSalary)).toBe(19000000n);
    expect(toMinor(r.amount)).toBe(38000000n);
    expect(r.due).toBe(true);
    expect(r.references.map((x) => x.document)).toContain('Decree 145/2020/NĐ-CP');
  });

  it('counts whole months from the first to the last day, both inclusive', () => {
    const m = (start: string, end: string) =>
      terminationAllowance({ kind: 'severance', start, end, salaries: [1] }).serviceMonths;
    expect(m('2016-04-01', '2026-06-30')).toBe(123);
    expect(m('2025-01-15', '2026-01-14')).toBe(12);
    expect(m('2025-01-15', '2026-01-13')).toBe(11);
    // a month from 31 January ends on the day before 29 February (end-of-month anniversaries clamp)
    expect(m('2024-01-31', '2024-02-27')).toBe(0);
    expect(m('2024-01-31', '2024-02-28')).toBe(1);
    expect(m('2024-01-31', '2024-02-29')).toBe(1);
    expect(m('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('odd months: 1 to 5 count as half a year, 6 or more as a year', () => {
    const years = (counted: number) =>
      terminationAllowance({
        kind: 'severance',
        start: '2020-01-01',
        end: '2025-12-31', // 72 months
        unemploymentInsuranceMonths: 72 - counted,
        salaries: salary(10000000),
      }).years;
    expect([12, 13, 17, 18, 23, 24].map(years)).toEqual(['1', '1.5', '1.5', '2', '2', '2']);
    expect(years(0)).toBe('0');
  });

  it('needs 12 months of regular work; job loss pays at least two months', () => {
    const short = terminationAllowance({
      kind: 'severance',
      start: '2025-06-01',
      end: '2026-04-30',
      salaries: [9000000],
    });
    expect([short.serviceMonths, short.due, toMinor(short.amount)]).toEqual([11, false, 0n]);
    const jobLoss = terminationAllowance({
      kind: 'jobLoss',
      start: '2025-01-01',
      end: '2026-03-31',
      unemploymentInsuranceMonths: 15,
      salaries: salary(12000000),
    });
    expect([jobLoss.countedMonths, jobLoss.monthsOfSalary, toMinor(jobLoss.amount)]).toEqual([
      0,
      '2',
      24000000n,
    ]);
    const long = terminationAllowance({
      kind: 'jobLoss',
      start: '2020-01-01',
      end: '2025-12-31',
      salaries: salary(12000000),
    });
    expect([long.years, long.monthsOfSalary, toMinor(long.amount)]).toEqual(['6', '6', 72000000n]);
  });

  it('is half a month (severance) or a month (job loss) of the average salary per counted year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 480 }),
        fc.integer({ min: 0, max: 480 }),
        fc.array(fc.integer({ min: 0, max: 200_000_000 }), { minLength: 1, maxLength: 12 }),
        (service, covered, pay) => {
          const end = '2026-12-31';
          const startMonth = 12 * 2027 - service; // first month so that the service is `service` months
          const start = `${Math.floor(startMonth / 12)}-${String((startMonth % 12) + 1).padStart(2, '0')}-01`;
          const args = { start, end, unemploymentInsuranceMonths: covered, salaries: pay };
          const s = terminationAllowance({ kind: 'severance', ...args });
          const j = terminationAllowance({ kind: 'jobLoss', ...args });
          expect(s.serviceMonths).toBe(service);
          const counted = Math.max(0, service - covered);
          const halves = Math.floor(counted / 12) * 2 + (counted % 12 >= 6 ? 2 : counted % 12 >= 1 ? 1 : 0);
          const last = pay.slice(-6);
          const avgTimes = (num: bigint, den: bigint) => {
            // round half up of (Σ last × num) / (len × den)
            const n = last.reduce((a, b) => a + BigInt(b), 0n) * num;
            const d = BigInt(last.length) * den;
            return (2n * n + d) / (2n * d);
          };
          expect(toMinor(s.amount)).toBe(avgTimes(BigInt(halves), 4n));
          const jobHalves = BigInt(Math.max(halves, 4));
          expect(toMinor(j.amount)).toBe(avgTimes(jobHalves, 2n));
        },
      ),
      { numRuns: 300, seed: 43 },
    );
  });

  it('names the field of bad input', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as { path: unknown }).path];
      }
      return undefined;
    };
    expect(
      codeOf(() =>
        terminationAllowance({ kind: 'severance', start: '2026-02-01', end: '2026-01-01', salaries: [1] }),
      ),
    ).toEqual(['PAYROLL/INVALID_INPUT', ['end']]);
    expect(
      codeOf(() =>
        terminationAllowance({ kind: 'severance', start: '2026-01-01', end: '2026-02-30', salaries: [1] }),
      ),
    ).toEqual(['PAYROLL/INVALID_INPUT', ['end']]);
    expect(
      codeOf(() =>
        terminationAllowance({
          kind: 'severance',
          start: '2020-01-01',
          end: '2026-01-01',
          unemploymentInsuranceMonths: -1,
          salaries: [1],
        }),
      ),
    ).toEqual(['PAYROLL/INVALID_INPUT', ['unemploymentInsuranceMonths']]);
    expect(
      codeOf(() =>
        terminationAllowance({ kind: 'severance', start: '2020-01-01', end: '2026-01-01', salaries: [] }),
      ),
    ).toEqual(['PAYROLL/INVALID_INPUT', ['salaries']]);
    expect(
      codeOf(() =>
        terminationAllowance({ kind: 'severance', start: '2020-01-01', end: '2026-01-01', salaries: [-5] }),
      ),
    ).toEqual(['PAYROLL/INVALID_INPUT', ['salaries', 0]]);
  });
});
