import { calendarDate } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ROLES,
  addAccount,
  chartOfAccounts,
  closeAccount,
  findAccount,
  remapRoles,
  resolveRole,
  ROLE_MAP_TT99,
  ROLE_MAP_TT133,
} from '../src/index.js';

describe('charts of accounts', () => {
  it('TT99 has the 71 level-1 accounts of Circular 99/2025 Appendix II (reference note §B2)', () => {
    const chart = chartOfAccounts('VN-TT99', calendarDate('2026-01-01'));
    const level1 = chart.accounts.filter((a) => a.parent === undefined);
    expect(level1).toHaveLength(71);
    const codes = new Set(level1.map((a) => a.code));
    // added by TT99
    expect(codes.has('215')).toBe(true);
    expect(codes.has('332')).toBe(true);
    // dropped from TT200
    for (const gone of ['161', '417', '441', '461', '466', '611', '631']) expect(codes.has(gone)).toBe(false);
    expect(chart.accounts.filter((a) => a.type === 'asset' && a.parent === undefined)).toHaveLength(33);
    expect(chart.accounts.filter((a) => a.type === 'liability' && a.parent === undefined)).toHaveLength(16);
    expect(chart.accounts.filter((a) => a.type === 'equity' && a.parent === undefined)).toHaveLength(7);
  });

  it('TT99 is not in force before 2026', () => {
    expect(() => chartOfAccounts('VN-TT99', calendarDate('2025-12-31'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/NO_CHART_FOR_DATE', path: ['asOf'] }),
    );
  });

  it('normal sides: contra accounts carry credit balances, 419 and 521 debit', () => {
    const chart = chartOfAccounts('VN-TT99');
    expect(findAccount(chart, '214')?.normalSide).toBe('credit');
    expect(findAccount(chart, '2293')?.normalSide).toBe('credit');
    expect(findAccount(chart, '419')?.normalSide).toBe('debit');
    expect(findAccount(chart, '521')?.normalSide).toBe('debit');
    expect(findAccount(chart, '3383')).toMatchObject({
      parent: '338',
      type: 'liability',
      normalSide: 'credit',
    });
    expect(findAccount(chart, '33311')?.parent).toBe('3331');
    expect(findAccount(chart, '911')?.type).toBe('incomeSummary');
  });

  it('every role of both regimes maps to an account of that regime', () => {
    for (const [regime, map] of [
      ['VN-TT99', ROLE_MAP_TT99],
      ['VN-TT133', ROLE_MAP_TT133],
    ] as const) {
      const chart = chartOfAccounts(regime);
      for (const [role, code] of Object.entries(map)) {
        expect(findAccount(chart, code!), `${regime} ${role} → ${code}`).toBeDefined();
      }
    }
    expect(Object.keys(ROLE_MAP_TT99).sort()).toEqual([...ACCOUNT_ROLES].sort());
  });

  it('payroll roles: BHTN 3385 in TT99 (⚠) and TT133; SME salary expense 6422', () => {
    const tt99 = chartOfAccounts('VN-TT99');
    const tt133 = chartOfAccounts('VN-TT133');
    expect(resolveRole(tt99, 'unemploymentInsurancePayable')).toBe('3385');
    expect(resolveRole(tt133, 'unemploymentInsurancePayable')).toBe('3385');
    expect(findAccount(tt133, '3386')?.nameVi).toBe('Nhận ký quỹ, ký cược');
    expect(resolveRole(tt99, 'salaryPayable')).toBe('334');
    expect(resolveRole(tt99, 'pitPayable')).toBe('3335');
    expect(resolveRole(tt99, 'bankDeposits')).toBe('1121');
    expect(resolveRole(tt133, 'salaryExpense')).toBe('6422');
    expect(() => resolveRole(tt133, 'cashInTransit')).toThrow(
      expect.objectContaining({ code: 'LEDGER/ROLE_NOT_MAPPED', path: ['role'] }),
    );
  });

  it('users remap roles, add and close accounts', () => {
    let chart = chartOfAccounts('VN-TT99');
    chart = addAccount(chart, {
      code: '11211',
      nameVi: 'Tiền gửi VCB',
      nameEn: 'VCB deposits',
      parent: '1121',
    });
    expect(findAccount(chart, '11211')).toMatchObject({
      type: 'asset',
      normalSide: 'debit',
      userDefined: true,
    });
    chart = remapRoles(chart, { bankDeposits: '11211' });
    expect(resolveRole(chart, 'bankDeposits')).toBe('11211');
    chart = closeAccount(chart, '11211', calendarDate('2026-07-01'));
    expect(findAccount(chart, '11211')?.closedFrom).toBe('2026-07-01');
    expect(() => addAccount(chart, { code: '9999', nameVi: 'x', nameEn: 'x', parent: '999' })).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNKNOWN_PARENT', path: ['parent'] }),
    );
    expect(() => addAccount(chart, { code: '1131', nameVi: 'x', nameEn: 'x', parent: '1121' })).toThrow(
      expect.objectContaining({ code: 'LEDGER/ACCOUNT_CODE_PREFIX', path: ['code'] }),
    );
    expect(() => addAccount(chart, { code: '11211', nameVi: 'x', nameEn: 'x', parent: '1121' })).toThrow(
      expect.objectContaining({ code: 'LEDGER/DUPLICATE_ACCOUNT' }),
    );
    expect(() => remapRoles(chart, { cash: '1119' })).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNKNOWN_ACCOUNT', path: ['roles', 'cash'] }),
    );
  });
});
