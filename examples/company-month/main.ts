// The main job: a fictional Vietnamese manufacturer's September 2026 through every bo package —
// HR → payroll → ledger → QC → analytics — with the figures reconciled and a report in out/.
// Run: npx -y pnpm@10 demo   (or: npx tsx examples/company-month/main.ts)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, calendarDate, equals, formatMoney, type Money, sum } from '@bo/core';
import { generalJournal, lineValue } from '@bo/ledger';
import { keepBooks } from './steps/books.js';
import { data } from './steps/data.js';
import { analyse } from './steps/insight.js';
import { runMonthPayroll } from './steps/pay.js';
import { buildPeople } from './steps/people.js';
import { controlTheLine } from './steps/quality.js';
import { renderReport } from './steps/report.js';

const started = performance.now();
const step = (label: string) => process.stdout.write(`▸ ${label}…`);
const done = (detail: string) =>
  console.log(` ${detail} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const money = (m: Money) => formatMoney(m);
const { company } = data;

console.log(`${company.name} — ${company.nameEn}\nTháng / month ${company.month}\n`);

step('HR: employees, contracts, timesheets → payroll summaries');
const people = buildPeople(company, data.employees, data.contracts, data.attendance);
const violations = people.people.flatMap((p) =>
  p.summary.violations.map((v) => ({ id: p.employee.id, ...v })),
);
done(`${people.people.length} people, ${violations.length} overtime-cap breaches reported`);

step('Payroll: payslips, register, bank list, journal entries');
const run = runMonthPayroll(company, people.people);
done(`${run.payslips.length} payslips, net ${money(run.register.totals.net)}`);

step('Ledger: opening balances, sales, purchases, payroll, depreciation → TB, B01, B02');
const books = keepBooks(company, data.sales, data.purchases, data.fixedAssets, run);
done(`${books.entries} entries posted`);

step('QC: X̄–R chart, Nelson rules, capability, nonconformance');
const quality = controlTheLine(data.measurements);
done(`${quality.signals.length} signals, ${quality.ncr.id} ${quality.ncr.status}`);

step('Analytics: KPIs, best sellers by season, 12-month forecast');
const insight = analyse(people, books, data.salesHistory, data.sales, data.products);
done(`${insight.kpis.length} KPIs, back-test MAPE ${insight.backtestMape?.toFixed(1)} %`);

// Reconciliations: the figures must agree across packages, to the đồng.
const monthRange = { from: calendarDate(`${company.month}-01`), to: calendarDate(`${company.month}-30`) };
const journal = generalJournal(books.ledger, monthRange);
const payrollIds = new Set(run.journalEntries.map((e) => e.id));
const EXPENSE = new Set(['622', '6271', '6411', '6421']);
const payrollCostInLedger = sum(
  journal.lines.filter((l) => payrollIds.has(l.entryId) && EXPENSE.has(l.account)).map((l) => l.debit),
  'VND',
);
const runCost = add(
  add(run.register.totals.employerCost, run.arrears.gross),
  run.arrears.employerContributions,
);
const paid = sum(
  [...run.bankTransfers.map((b) => b.amount), ...run.cashPayments.map((c) => c.amount)],
  'VND',
);
const netDue = add(run.register.totals.net, run.arrears.net);
const tb = books.trialBalance.totals;
const checks = [
  {
    label: 'Payroll cost in the ledger = the run’s employer cost (incl. arrears)',
    ok: equals(payrollCostInLedger, runCost),
    detail: `${money(payrollCostInLedger)} vs ${money(runCost)}`,
  },
  {
    label: 'Bank and cash payments = net pay (incl. arrears)',
    ok: equals(paid, netDue),
    detail: `${money(paid)} vs ${money(netDue)}`,
  },
  {
    label: 'Trial balance: debits = credits (opening, movements, closing)',
    ok:
      equals(tb.debit, tb.credit) &&
      equals(tb.openingDebit, tb.openingCredit) &&
      equals(tb.closingDebit, tb.closingCredit),
    detail: `movements ${money(tb.debit)}`,
  },
  {
    label: 'General journal balances',
    ok: equals(journal.totalDebit, journal.totalCredit),
    detail: money(journal.totalDebit),
  },
  {
    label: 'B01: total assets (270/280) = total resources (440)',
    ok: equals(lineValue(books.b01, '280'), lineValue(books.b01, '440')),
    detail: money(lineValue(books.b01, '280')),
  },
  {
    label: 'B02 revenue = the month’s invoices',
    ok: equals(lineValue(books.b02, '10'), books.revenue),
    detail: money(books.revenue),
  },
  {
    label: 'Every employee has a payslip',
    ok: run.payslips.length === people.people.length && run.failures.length === 0,
    detail: `${run.payslips.length}/${people.people.length}`,
  },
  { label: 'Hash chain of the books verifies', ok: books.ledger.verify().ok, detail: 'verify()' },
];

const out = join(fileURLToPath(new URL('.', import.meta.url)), 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'control-chart.svg'), quality.svg);
writeFileSync(join(out, 'forecast.svg'), insight.svg);
writeFileSync(
  join(out, 'index.html'),
  renderReport({
    company,
    run,
    journal: journal.lines,
    trialBalance: books.trialBalance,
    b01: books.b01,
    b02: books.b02,
    quality,
    insight,
    checks,
  }),
);

const t = run.register.totals;
console.log(`
Payroll ${company.month}: ${t.headcount} people · gross ${money(t.gross)} · insurance ${money(t.employeeInsurance)} · PIT ${money(t.pit)} · net ${money(t.net)} · employer cost ${money(t.employerCost)}
Arrears (backdated raise): gross ${money(run.arrears.gross)}, net ${money(run.arrears.net)}
Books: revenue ${money(lineValue(books.b02, '10'))} · gross profit ${money(lineValue(books.b02, '20'))} · operating profit ${money(lineValue(books.b02, '30'))} · total assets ${money(lineValue(books.b01, '280'))}
Overtime caps breached (reported, not cut): ${violations.map((v) => `${v.id} ${v.rule}${v.date ? ` ${v.date}` : ''}`).join(', ') || 'none'}
QC: Cpk ${quality.cpk.toFixed(2)}; signals on ${quality.signals.map((s) => s.date.slice(5)).join(', ') || 'no day'}; ${quality.ncr.id} is at "${quality.ncr.status}"
Forecast next month (${insight.forecast[0]?.month}): ${insight.forecast[0]?.mean.toFixed(0)} million đồng [${insight.forecast[0]?.lower.toFixed(0)}, ${insight.forecast[0]?.upper.toFixed(0)}]
`);
for (const c of checks) console.log(`${c.ok ? '✔' : '✘'} ${c.label}: ${c.detail}`);
console.log(
  `\nReport: ${join('examples', 'company-month', 'out', 'index.html')} (payslips, register, journal, statements, charts)`,
);
const failed = checks.filter((c) => !c.ok);
if (failed.length > 0) throw new Error(`reconciliation failed: ${failed.map((c) => c.label).join('; ')}`);
