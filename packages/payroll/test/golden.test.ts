import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatedValue, reform } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  computePayslip,
  finaliseAnnualPit,
  netToGross,
  type PayslipInput,
  residentPit,
  VN_PAYROLL_PARAMETERS,
  type VnPayrollParameters,
} from '../src/index.js';

/**
 * Golden law cases: one JSON file per published worked example (or derived vector, marked
 * `derived: true`) in test/cases/, each with its source. The runner is generic: add a file, get a test.
 */
interface GoldenCase {
  id: string;
  kind: 'payslip' | 'netToGross' | 'pit' | 'annual';
  title: string;
  source: string;
  derived: boolean;
  note?: string;
  reform?: Record<string, DatedValue<unknown>[]>;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

const dir = join(__dirname, 'cases');
const cases: GoldenCase[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldenCase);

const amount = (m: { amount: { toString(): string } } | undefined): string | undefined =>
  m?.amount.toString();

describe('golden law cases', () => {
  it('has every case sourced', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of cases) {
      expect(c.source, c.id).toMatch(/\S/);
      expect(typeof c.derived, c.id).toBe('boolean');
    }
  });

  for (const c of cases) {
    it(`${c.id}: ${c.title}${c.derived ? ' [derived]' : ''}`, () => {
      const parameters = c.reform
        ? reform(VN_PAYROLL_PARAMETERS, c.reform as never)
        : (VN_PAYROLL_PARAMETERS as VnPayrollParameters);
      const e = c.expected;
      if (c.kind === 'payslip') {
        const slip = computePayslip(c.input as PayslipInput, { parameters });
        for (const key of [
          'gross',
          'employeeInsurance',
          'assessableIncome',
          'pit',
          'net',
          'employerContributions',
          'employerCost',
        ] as const) {
          if (e[key] !== undefined) expect(amount(slip[key]), `${c.id} ${key}`).toBe(e[key]);
        }
        for (const [code, value] of Object.entries((e.lines ?? {}) as Record<string, string>)) {
          expect(amount(slip.lines.find((l) => l.code === code)?.amount), `${c.id} line ${code}`).toBe(value);
        }
        for (const [code, value] of Object.entries((e.exempt ?? {}) as Record<string, string>)) {
          expect(amount(slip.lines.find((l) => l.code === code)?.exempt), `${c.id} exempt ${code}`).toBe(
            value,
          );
        }
      } else if (c.kind === 'netToGross') {
        const r = netToGross(c.input as never, { parameters });
        expect(r.status).toBe(e.status);
        expect(amount(r.gross)).toBe(e.gross);
        if (e.exactGross !== undefined) expect(r.exactGross).toBe(e.exactGross);
        if (e.pit !== undefined) expect(amount(r.payslip?.pit)).toBe(e.pit);
        expect(amount(r.payslip?.net)).toBe(String(c.input.net));
      } else if (c.kind === 'pit') {
        expect(amount(residentPit(c.input as never, { parameters }).amount)).toBe(e.pit);
      } else {
        const r = finaliseAnnualPit(c.input as never, { parameters });
        for (const key of ['taxableIncome', 'assessableIncome', 'pitDue', 'withheld', 'balance'] as const) {
          if (e[key] !== undefined) expect(amount(r[key]), `${c.id} ${key}`).toBe(e[key]);
        }
      }
    });
  }
});
