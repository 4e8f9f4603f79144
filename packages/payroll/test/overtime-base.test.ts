// The hourly rate behind overtime and night pay is the month's pay for the job: salary plus job allowances
// (Decree 145/2020/ND-CP Art. 55(1)(a)), not meal, phone, housing or other non-job allowances.
import { describe, expect, it } from 'vitest';
import { computePayslip, netToGross, type PayslipInput } from '../src/index.js';

const base: PayslipInput = {
  employeeId: 'NV1',
  period: '2026-09',
  paymentDate: '2026-09-30',
  region: 'I',
  salary: '16400000',
  overtime: [{ kind: 'weekday', hours: 5.5 }],
  nightHours: 10,
};
const line = (slip: ReturnType<typeof computePayslip>, code: string) =>
  slip.lines.find((l) => l.code === code)?.amount.amount.toString();

describe('overtime hourly rate', () => {
  it('includes insurable job allowances (responsibility), not meal or phone', () => {
    const slip = computePayslip({
      ...base,
      allowances: [
        { code: 'RESP', label: 'Responsibility', amount: '2000000', insurable: true },
        { code: 'LUNCH', label: 'Meal', amount: '730000', tax: 'meal' },
        { code: 'PHONE', label: 'Phone', amount: '300000' },
      ],
    });
    // (16 400 000 + 2 000 000) / (26 days × 8 h) = 88 461.538… per hour (Mon–Sat default, 26 working days).
    expect(line(slip, 'OT_WEEKDAY')).toBe('729808'); // 5.5 h × 150 % × 88 461.54 = 729 807.69
    expect(line(slip, 'NIGHT_WORK')).toBe('265385'); // 10 h × 30 % × 88 461.54 = 265 384.62
  });

  it('follows overtimeBase when the allowance says so either way', () => {
    const out = computePayslip({
      ...base,
      allowances: [{ code: 'RESP', label: 'R', amount: '2000000', insurable: true, overtimeBase: false }],
    });
    expect(line(out, 'OT_WEEKDAY')).toBe('650481'); // 16 400 000 / 208 × 5.5 × 1.5
    const inBase = computePayslip({
      ...base,
      allowances: [{ code: 'SKILL', label: 'S', amount: '2000000', overtimeBase: true }],
    });
    expect(line(inBase, 'OT_WEEKDAY')).toBe('729808');
  });

  it('net → gross still inverts exactly with job allowances in the overtime base', () => {
    const input = { ...base, allowances: [{ code: 'RESP', label: 'R', amount: '2000000', insurable: true }] };
    const gross = computePayslip(input);
    const { salary: _s, ...rest } = input;
    const back = netToGross({ ...rest, net: gross.net.amount.toString() });
    expect(back.status).toBe('unique');
    expect(back.gross?.amount.toString()).toBe('16400000');
  });
});
