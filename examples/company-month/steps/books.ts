// Step 3 — @bo/ledger: the company's books under Circular 99/2025. Opening balances, the month's sales,
// purchases, materials, payroll (exactly as @bo/payroll produced it), depreciation, cost roll-up, then the
// trial balance and B01-DN / B02-DN, with every cross-check enforced.
import { calendarDate, type Money, money, toMinor } from '@bo/core';
import {
  B01_DN_TT99,
  B02_DN_TT99,
  chartOfAccounts,
  configureAccount,
  createLedger,
  decliningBalance,
  depreciationEntries,
  type DepreciationSchedule,
  type FinancialStatement,
  financialStatement,
  type JournalEntryInput,
  type Ledger,
  lineValue,
  straightLine,
  trialBalance,
  type TrialBalance,
} from '@bo/ledger';
import type { PayrollRunResult } from '@bo/payroll';
import type { Company, FixedAsset, Purchase, Sale } from './data.js';

const d = calendarDate;
const vnd = (x: bigint | number | string): Money<'VND'> => money(String(x), 'VND');

export interface BooksResult {
  readonly ledger: Ledger;
  readonly trialBalance: TrialBalance;
  readonly b01: FinancialStatement;
  readonly b02: FinancialStatement;
  readonly entries: number;
  readonly depreciation: Money;
  readonly revenue: Money;
}

/** Depreciation expense accounts by cost centre. */
const DEPRECIATION_ACCOUNT: Readonly<Record<string, string>> = {
  PRODUCTION: '6274',
  FACTORY: '6274',
  SALES: '6414',
  ADMIN: '6424',
};

function scheduleOf(asset: FixedAsset): DepreciationSchedule {
  const base = { cost: vnd(asset.cost), inServiceDate: d(asset.inService) };
  return asset.method === 'declining-balance'
    ? decliningBalance({ ...base, usefulLifeYears: asset.lifeMonths / 12, periodicity: 'month' })
    : straightLine({ ...base, usefulLifeMonths: asset.lifeMonths });
}

export function keepBooks(
  company: Company,
  sales: readonly Sale[],
  purchases: readonly Purchase[],
  assets: readonly FixedAsset[],
  run: PayrollRunResult,
): BooksResult {
  let chart = chartOfAccounts('VN-TT99', d('2026-01-01'));
  chart = configureAccount(chart, '131', { requiredDimensions: ['counterparty'] });
  chart = configureAccount(chart, '331', { requiredDimensions: ['counterparty'] });
  chart = configureAccount(chart, '1121', { limits: { min: '0' } });
  const ledger = createLedger({ chart });
  const monthStart = d(`${company.month}-01`);
  const monthEnd = d(`${company.month}-30`);
  const openingDate = d('2026-08-31');

  // Opening balances carried over from the previous system on 31/08/2026. Accumulated depreciation is
  // what each asset's own schedule says up to August; retained earnings balance the entry.
  const schedules = assets.map((a) => ({ asset: a, schedule: scheduleOf(a) }));
  const accumulatedBefore = (s: DepreciationSchedule) =>
    s.periods.filter((p) => p.periodEnd < monthStart).reduce((t, p) => t + toMinor(p.amount), 0n);
  const cost = (code: string) =>
    assets.filter((a) => a.account === code).reduce((t, a) => t + BigInt(a.cost), 0n);
  const accumulated = schedules.reduce((t, s) => t + accumulatedBefore(s.schedule), 0n);
  const opening = {
    '1111': 185_000_000n,
    '1121': 6_450_000_000n,
    '131': 2_150_000_000n,
    '152': 940_000_000n,
    '155': 1_380_000_000n,
    '2111': cost('2111'),
    '2112': cost('2112'),
    '2113': cost('2113'),
  };
  const credits = {
    '2141': accumulated,
    '331': 1_260_000_000n,
    '3411': 4_000_000_000n,
    '41111': 12_000_000_000n,
    '4212': 1_318_500_000n,
  };
  const debitTotal = Object.values(opening).reduce((a, b) => a + b, 0n);
  const creditTotal = Object.values(credits).reduce((a, b) => a + b, 0n);
  const openingEntry: JournalEntryInput = {
    id: 'OPEN-2026-08',
    postingDate: openingDate,
    documentNumber: 'SDĐK',
    description: 'Số dư đầu kỳ chuyển sang / Opening balances brought forward',
    postings: [
      ...Object.entries(opening).map(([account, amount]) => ({
        account,
        debit: vnd(amount),
        ...(account === '131' ? { dimensions: { counterparty: 'KH-OPENING' } } : {}),
      })),
      ...Object.entries(credits).map(([account, amount]) => ({
        account,
        credit: vnd(amount),
        ...(account === '331' ? { dimensions: { counterparty: 'NCC-OPENING' } } : {}),
      })),
      { account: '4211', credit: vnd(debitTotal - creditTotal) },
    ],
  };
  ledger.postBatch([openingEntry]);

  const entries: JournalEntryInput[] = [];
  // Sales: revenue and output VAT on credit; cost of goods sold at standard cost; cash received where paid.
  let revenue = 0n;
  for (const s of sales) {
    const net = s.lines.reduce((t, l) => t + BigInt(l.unitPrice) * BigInt(l.quantity), 0n);
    const cogs = s.lines.reduce((t, l) => t + BigInt(l.unitCost) * BigInt(l.quantity), 0n);
    const vat = (net * BigInt(Math.round(Number(s.vatRate) * 100))) / 100n; // whole đồng: prices are whole thousands
    revenue += net;
    const customer = { counterparty: s.customer };
    entries.push({
      id: `BH-${s.invoice}`,
      postingDate: d(s.date),
      documentNumber: s.invoice,
      description: `Bán hàng theo HĐ ${s.invoice} / Sale`,
      postings: [
        { role: 'tradeReceivables', debit: vnd(net + vat), dimensions: customer },
        { role: 'salesRevenueGoods', credit: vnd(net) },
        { role: 'outputVatPayable', credit: vnd(vat) },
      ],
    });
    entries.push({
      id: `GV-${s.invoice}`,
      postingDate: d(s.date),
      documentNumber: `PXK-${s.invoice}`,
      description: `Giá vốn HĐ ${s.invoice} / Cost of goods sold`,
      postings: [
        { role: 'costOfGoodsSold', debit: vnd(cogs) },
        { role: 'finishedGoods', credit: vnd(cogs) },
      ],
    });
    if (s.paidOnDate) {
      entries.push({
        id: `TT-${s.invoice}`,
        postingDate: d(s.paidOnDate),
        documentNumber: `GBC-${s.invoice}`,
        description: `Khách hàng thanh toán HĐ ${s.invoice} / Customer pays`,
        postings: [
          { role: 'bankDeposits', debit: vnd(net + vat) },
          { role: 'tradeReceivables', credit: vnd(net + vat), dimensions: customer },
        ],
      });
    }
  }
  // Purchases on credit: materials to stock, supplies and power to factory overheads.
  for (const p of purchases) {
    const vat = (BigInt(p.amount) * BigInt(Math.round(Number(p.vatRate) * 100))) / 100n;
    entries.push({
      id: `MH-${p.invoice}`,
      postingDate: d(p.date),
      documentNumber: p.invoice,
      description: `Mua ${p.kind === 'materials' ? 'nguyên vật liệu' : 'dịch vụ'} theo HĐ ${p.invoice} / Purchase`,
      postings: [
        p.kind === 'materials'
          ? { role: 'rawMaterials', debit: vnd(p.amount) }
          : { account: '6277', debit: vnd(p.amount) },
        { role: 'inputVatDeductible', debit: vnd(vat) },
        {
          role: 'tradePayables',
          credit: vnd(BigInt(p.amount) + vat),
          dimensions: { counterparty: p.supplier },
        },
      ],
    });
  }
  // Materials issued to the lines during the month.
  entries.push({
    id: 'XK-NVL-2026-09',
    postingDate: monthEnd,
    documentNumber: 'PXK-NVL-09',
    description: 'Xuất kho nguyên vật liệu cho sản xuất / Materials issued to production',
    postings: [
      { account: '621', debit: vnd(905_000_000) },
      { role: 'rawMaterials', credit: vnd(905_000_000) },
    ],
  });
  ledger.postBatch(entries);
  // Payroll, exactly as the run produced it (account roles resolved by the chart).
  ledger.postBatch(run.journalEntries);
  // Depreciation for September from each asset's schedule.
  let depreciation = 0n;
  for (const { asset, schedule } of schedules) {
    const september = depreciationEntries(schedule, {
      assetId: asset.code,
      expense: { account: DEPRECIATION_ACCOUNT[asset.costCentre] ?? '6424' },
      accumulated: { role: 'accumulatedDepreciationTangible' },
      department: asset.costCentre,
    }).filter((e) => e.postingDate === monthEnd);
    for (const e of september)
      for (const p of e.postings) if ('debit' in p && p.debit) depreciation += toMinor(p.debit);
    ledger.postBatch(september);
  }
  // Roll production costs into work in progress, and finished production into stock.
  const movement = (code: string) => toMinor(ledger.balances(code).posted);
  const direct = {
    '621': movement('621'),
    '622': movement('622'),
    '6271': movement('6271'),
    '6274': movement('6274'),
    '6277': movement('6277'),
  };
  const production = Object.values(direct).reduce((a, b) => a + b, 0n);
  ledger.postBatch([
    {
      id: 'KC-154-2026-09',
      postingDate: monthEnd,
      documentNumber: 'KC-09',
      description: 'Kết chuyển chi phí sản xuất / Production costs to work in progress',
      postings: [
        { account: '154', debit: vnd(production) },
        ...Object.entries(direct)
          .filter(([, v]) => v !== 0n)
          .map(([account, v]) => ({ account, credit: vnd(v) })),
      ],
    },
    {
      id: 'NK-TP-2026-09',
      postingDate: monthEnd,
      documentNumber: 'PNK-TP-09',
      description: 'Nhập kho thành phẩm hoàn thành / Finished production to stock',
      postings: [
        { role: 'finishedGoods', debit: vnd(production) },
        { account: '154', credit: vnd(production) },
      ],
    },
  ]);

  const month = { from: monthStart, to: monthEnd };
  const tb = trialBalance(ledger, month);
  const b02 = financialStatement(ledger, B02_DN_TT99, month);
  const b01 = financialStatement(ledger, B01_DN_TT99, month, { from: d('2026-08-01'), to: openingDate });
  for (const c of b01.checks) if (!c.ok) throw new Error(`B01 check failed: ${c.labelEn}`);
  if (!lineValue(b01, '280').amount.eq(lineValue(b01, '440').amount))
    throw new Error('B01: total assets ≠ total resources');
  return {
    ledger,
    trialBalance: tb,
    b01,
    b02,
    entries: 1 + entries.length + run.journalEntries.length + schedules.length + 2,
    depreciation: vnd(depreciation),
    revenue: vnd(revenue),
  };
}
