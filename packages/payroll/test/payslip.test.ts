import { type BoError, renderTrace } from '@bo/core';
import { describe, expect, it } from 'vitest';
import { computePayslip, type PayslipInput } from '../src/index.js';

const s = (m: { amount: { toString(): string } } | undefined): string | undefined => m?.amount.toString();
const base: PayslipInput = {
  employeeId: 'NV001',
  period: '2026-03',
  paymentDate: '2026-03-31',
  region: 'I',
  salary: '20000000',
};
const line = (slip: ReturnType<typeof computePayslip>, code: string) =>
  slip.lines.find((l) => l.code === code);

function errorOf(f: () => unknown): BoError {
  try {
    f();
  } catch (e) {
    return e as BoError;
  }
  throw new Error('expected an error');
}

describe('computePayslip', () => {
  it('prorates a mid-month joiner on actual working days (Mon–Sat)', () => {
    // March 2026: 26 working days Mon–Sat; joining Mon 16 March leaves 14 (16–21, 23–28, 30, 31)
    const slip = computePayslip({ ...base, salary: '26000000', employment: { start: '2026-03-16' } });
    expect(s(line(slip, 'BASIC')?.amount)).toBe('14000000');
    expect(line(slip, 'BASIC')?.quantity).toBe('14 days (working-days)');
    // 12 working days not worked < 14: insurance still due on the full contract salary
    expect(s(slip.employeeInsurance)).toBe('2730000');
  });

  it('prorates a leaver on a fixed 26-day basis and calendar days', () => {
    const fixed = computePayslip({
      ...base,
      salary: '26000000',
      employment: { end: '2026-03-13' },
      dayBasis: { fixedDays: 26 },
    });
    expect(s(line(fixed, 'BASIC')?.amount)).toBe('11000000'); // 11 working days 2–13 March (Mon–Sat) → 11/26
    const calendar = computePayslip({
      ...base,
      salary: '31000000',
      employment: { end: '2026-03-16' },
      dayBasis: 'calendar-days',
    });
    expect(s(line(calendar, 'BASIC')?.amount)).toBe('16000000');
  });

  it('skips insurance when 14 or more working days are not worked or unpaid', () => {
    const slip = computePayslip({ ...base, unpaidDays: 14 });
    expect(s(slip.employeeInsurance)).toBe('0');
    expect(s(slip.employerContributions)).toBe('0');
    expect(slip.warnings.join()).toMatch(/no contribution/);
    expect(s(line(slip, 'BASIC')?.amount)).toBe('9230769'); // 20 M × 12/26, half-up
  });

  it('prices night overtime with the Labour Code formula (200 / 210 / 270 / 390 %)', () => {
    const slip = computePayslip({
      ...base,
      salary: '20800000', // 26 days × 8 h → 100,000 per hour
      dayBasis: { fixedDays: 26 },
      overtime: [
        { kind: 'weekday', hours: 1, night: true },
        { kind: 'weekday', hours: 1, night: true, afterDayOvertime: true },
        { kind: 'restDay', hours: 1, night: true },
        { kind: 'holiday', hours: 1, night: true },
      ],
      nightHours: 10,
    });
    const amounts = slip.lines.filter((l) => l.code.startsWith('OT_')).map((l) => s(l.amount));
    expect(amounts).toEqual(['200000', '210000', '270000', '390000']);
    expect(s(line(slip, 'NIGHT_WORK')?.amount)).toBe('300000');
    // 2026: the whole overtime and night pay is exempt
    expect(s(slip.taxableIncome)).toBe('20800000');
  });

  it('taxes overtime beyond the 40 h monthly limit pro rata (2026 rule)', () => {
    const slip = computePayslip({
      ...base,
      salary: '20800000',
      dayBasis: { fixedDays: 26 },
      overtime: [{ kind: 'weekday', hours: 50 }],
    });
    expect(s(line(slip, 'OT_WEEKDAY')?.amount)).toBe('7500000');
    expect(s(line(slip, 'OT_WEEKDAY')?.exempt)).toBe('6000000');
    expect(slip.warnings.join()).toMatch(/40 h/);
  });

  it('caps the meal allowance exemption by payment date (730,000, then 1,200,000 from July 2026)', () => {
    const meal = [{ code: 'MEAL', label: 'Meal', amount: '1500000', tax: 'meal' as const }];
    expect(s(line(computePayslip({ ...base, allowances: meal }), 'MEAL')?.exempt)).toBe('730000');
    expect(
      s(
        line(
          computePayslip({ ...base, period: '2026-07', paymentDate: '2026-07-31', allowances: meal }),
          'MEAL',
        )?.exempt,
      ),
    ).toBe('1200000');
  });

  it('handles exempt and insurable allowances, bonuses and deductions', () => {
    const slip = computePayslip({
      ...base,
      allowances: [
        { code: 'RESPONSIBILITY', label: 'Responsibility', amount: '2000000', insurable: true },
        { code: 'PHONE', label: 'Phone', amount: '800000', tax: 'exempt', exemptCap: '500000' },
      ],
      bonuses: [{ code: 'BONUS_13', label: '13th-month pay', labelVi: 'Lương tháng 13', amount: '20000000' }],
      deductions: [
        { code: 'ADVANCE', label: 'Salary advance', labelVi: 'Tạm ứng', amount: '3000000', kind: 'advance' },
      ],
    });
    expect(s(slip.gross)).toBe('42800000');
    expect(s(line(slip, 'BHXH_EE')?.basis)).toBe('22000000');
    expect(s(slip.taxableIncome)).toBe('42300000');
    expect(s(slip.net)).toBe((42800000n - 2310000n - BigInt(s(slip.pit) ?? '0') - 3000000n).toString());
  });

  it('withholds 20 % for non-residents and caps union dues', () => {
    const nr = computePayslip({ ...base, residency: 'non-resident' });
    expect(s(nr.pit)).toBe('4000000');
    expect(nr.taxMethod).toBe('non-resident');
    const member = computePayslip({ ...base, salary: '40000000', insurance: { unionMember: true } });
    expect(s(line(member, 'UNION_DUES')?.amount)).toBe('234000'); // 1 % of 40 M = 400,000, capped at 10 % of 2,340,000
  });

  it('leaves foreign employees out of BHTN, and out of insurance under 12 months', () => {
    const long = computePayslip({ ...base, nationality: 'foreign', contractMonths: 12 });
    expect(line(long, 'BHTN_EE')).toBeUndefined();
    expect(s(long.employeeInsurance)).toBe('1900000');
    const short = computePayslip({ ...base, nationality: 'foreign', contractMonths: 6 });
    expect(s(short.employeeInsurance)).toBe('0');
  });

  it('grosses up the PIT when the employer bears it (net contract)', () => {
    const slip = computePayslip({ ...base, salary: '25000000', dependants: 1, pitBorneByEmployer: true });
    expect(s(line(slip, 'PIT_BORNE')?.amount)).toBe('35526');
    expect(s(slip.pit)).toBe('35526');
    expect(s(slip.net)).toBe('22375000');
    // fixed point: the tax on (income + borne tax) is the borne tax
    expect(s(slip.assessableIncome)).toBe('710526');
  });

  it('applies the rounding policy (per-employee total vs per line)', () => {
    const odd = { ...base, salary: '20000033' };
    const perEmployee = computePayslip(odd);
    const perLine = computePayslip(odd, { rounding: { mode: 'half-up', insurance: 'per-line' } });
    // 8 % → 1,600,002.64; 1.5 % → 300,000.495; 1 % → 200,000.33; total 2,100,003.465
    expect(s(perEmployee.employeeInsurance)).toBe('2100003');
    expect(s(perLine.employeeInsurance)).toBe('2100003');
    expect(
      [line(perLine, 'BHXH_EE'), line(perLine, 'BHYT_EE'), line(perLine, 'BHTN_EE')].map((l) => s(l?.amount)),
    ).toEqual(['1600003', '300000', '200000']);
  });

  it('explains every line with a trace and legal references', () => {
    const slip = computePayslip(base, { trace: true });
    const text = renderTrace(slip.trace!);
    expect(text).toMatch(/Net pay = 17780000 VND/);
    expect(text).toMatch(/Law 109\/2025\/QH15/);
    expect(renderTrace(slip.trace!, { language: 'vi' })).toMatch(/Thực lĩnh/);
    expect(line(slip, 'BHXH_EE')?.reference?.document).toBe('Law 41/2024/QH15');
    expect(computePayslip(base).trace).toBeUndefined();
  });

  it('shares rule plans between employees of the same shape without mixing them up', () => {
    const a = computePayslip({ ...base, employeeId: 'A', name: 'An', salary: '20000000' });
    const b = computePayslip({ ...base, employeeId: 'B', name: 'Bình', salary: '30000000' });
    const a2 = computePayslip({ ...base, employeeId: 'A', name: 'An', salary: '20000000' });
    expect([a.employeeId, a.name, s(a.net)]).toEqual(['A', 'An', '17780000']);
    expect([b.employeeId, b.name, s(b.pit)]).toEqual(['B', 'Bình', '635000']);
    expect(a2).toEqual(a);
    // a salary below the regional minimum is flagged per payslip, not per shared plan
    expect(computePayslip({ ...base, salary: '4000000' }).warnings.join()).toMatch(
      /below the region I minimum wage 5310000/,
    );
    expect(computePayslip({ ...base, salary: '6000000' }).warnings).toEqual([]);
  });

  it('takes insurance from the contribution month and PIT from the payment date (Dec 2025 pay + 13th month paid Jan 2026)', () => {
    const input = {
      ...base,
      period: '2025-12',
      bonuses: [{ code: 'BONUS_13', label: '13th-month pay', labelVi: 'Lương tháng 13', amount: '20000000' }],
    };
    const paidInDecember = computePayslip({ ...input, paymentDate: '2025-12-31' }, { trace: true });
    const paidInJanuary = computePayslip({ ...input, paymentDate: '2026-01-10' }, { trace: true });
    // insurance: December 2025 rules either way (20 M × 10.5 %)
    expect(s(paidInDecember.employeeInsurance)).toBe('2100000');
    expect(s(paidInJanuary.employeeInsurance)).toBe('2100000');
    // PIT: 40 M − 2.1 M − 11 M = 26.9 M on the 7-bracket tariff → 20 % − 1.65 M = 3,730,000;
    //      40 M − 2.1 M − 15.5 M = 22.4 M on the 5-bracket tariff → 10 % − 0.5 M = 1,740,000
    expect(s(paidInDecember.pit)).toBe('3730000');
    expect(s(paidInJanuary.pit)).toBe('1740000');
    expect(line(paidInJanuary, 'PIT')?.reference?.document).toBe('Law 109/2025/QH15');
    expect(line(paidInDecember, 'BHXH_EE')?.reference?.document).toBe('Law 41/2024/QH15');
  });

  it('counts dependants by their eligibility dates', () => {
    const slip = computePayslip({
      ...base,
      dependants: [
        { id: 'a', from: '2020-01-01' },
        { id: 'b', from: '2025-01-01', to: '2025-12-31' },
      ],
    });
    expect(slip.dependants).toBe(1);
  });
});

describe('bad input', () => {
  it('negative salary → PAYROLL/INVALID_INPUT at salary', () => {
    const e = errorOf(() => computePayslip({ ...base, salary: '-1' }));
    expect(e.code).toBe('PAYROLL/INVALID_INPUT');
    expect(e.path).toEqual(['salary']);
  });
  it('fractional đồng and NaN are refused', () => {
    expect(errorOf(() => computePayslip({ ...base, salary: '1.5' })).path).toEqual(['salary']);
    expect(errorOf(() => computePayslip({ ...base, salary: Number.NaN })).path).toEqual(['salary']);
  });
  it('unknown region → PAYROLL/INVALID_INPUT at region', () => {
    const e = errorOf(() => computePayslip({ ...base, region: 'V' as never }));
    expect(e.code).toBe('PAYROLL/INVALID_INPUT');
    expect(e.path).toEqual(['region']);
  });
  it('dependant from a date after the period → PAYROLL/DEPENDANT_NOT_YET_ELIGIBLE', () => {
    const e = errorOf(() => computePayslip({ ...base, dependants: [{ id: 'baby', from: '2026-04-01' }] }));
    expect(e.code).toBe('PAYROLL/DEPENDANT_NOT_YET_ELIGIBLE');
    expect(e.path).toEqual(['dependants', 0, 'from']);
  });
  it('a period before the first parameter date → PAYROLL/NO_RULES_FOR_DATE naming the date field', () => {
    const e = errorOf(() => computePayslip({ ...base, period: '2018-06', paymentDate: '2018-06-30' }));
    expect(e.code).toBe('PAYROLL/NO_RULES_FOR_DATE');
    expect(e.path).toEqual(['period']);
    const t = errorOf(() => computePayslip({ ...base, paymentDate: '2008-06-30' }));
    expect(t.code).toBe('PAYROLL/NO_RULES_FOR_DATE');
    expect(t.path).toEqual(['paymentDate']);
  });
  it('other typed errors', () => {
    expect(errorOf(() => computePayslip({ ...base, unpaidDays: 30 })).code).toBe(
      'PAYROLL/UNPAID_DAYS_EXCEED',
    );
    expect(errorOf(() => computePayslip({ ...base, employment: { start: '2026-05-01' } })).code).toBe(
      'PAYROLL/NOT_EMPLOYED_IN_PERIOD',
    );
    expect(errorOf(() => computePayslip({ ...base, nationality: 'foreign' })).path).toEqual([
      'contractMonths',
    ]);
    expect(errorOf(() => computePayslip({ ...base, period: '2026-13' })).path).toEqual(['period']);
    expect(
      errorOf(() => computePayslip({ ...base, overtime: [{ kind: 'weekday', hours: -2 }] })).path,
    ).toEqual(['overtime', 0, 'hours']);
  });
});
