// The HTML report a person opens: summary, payroll register, every payslip in Vietnamese with each line
// explained, the journal, trial balance, B01-DN and B02-DN, the control chart and the forecast.
import { formatMoney, formatReference, type Money } from '@bo/core';
import type { FinancialStatement, TrialBalance } from '@bo/ledger';
import type { PayrollRunResult, Payslip } from '@bo/payroll';
import type { Company } from './data.js';
import type { QualityResult } from './quality.js';
import type { InsightResult } from './insight.js';

const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const vnd = (m: Money): string => formatMoney(m, { display: 'none' });
const num = (m: Money): string => `<td class="n">${vnd(m)}</td>`;

export interface ReportInput {
  readonly company: Company;
  readonly run: PayrollRunResult;
  readonly journal: readonly {
    entryId: string;
    postingDate: string;
    documentNumber?: string;
    description: string;
    account: string;
    debit: Money;
    credit: Money;
  }[];
  readonly trialBalance: TrialBalance;
  readonly b01: FinancialStatement;
  readonly b02: FinancialStatement;
  readonly quality: QualityResult;
  readonly insight: InsightResult;
  readonly checks: readonly { label: string; ok: boolean; detail: string }[];
}

function payslipHtml(p: Payslip): string {
  const rows = p.lines
    .map((l) => {
      const how = [
        l.basis ? `cơ sở ${vnd(l.basis)}` : '',
        l.rate ? `tỷ lệ ${l.rate}` : '',
        l.quantity ? `số lượng ${l.quantity}` : '',
        l.exempt && !l.exempt.amount.isZero() ? `miễn thuế ${vnd(l.exempt)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const section =
        l.section === 'earning' ? 'Thu nhập' : l.section === 'deduction' ? 'Khấu trừ' : 'DN đóng';
      return `<tr><td>${section}</td><td>${esc(l.labelVi)}<br><small>${esc(l.label)}</small></td><td><small>${esc(how)}</small></td>${num(l.amount)}<td><small>${l.reference ? esc(formatReference(l.reference)) : ''}</small></td></tr>`;
    })
    .join('');
  return `<details${p.employeeId === 'E143' || p.employeeId === 'E148' ? ' open' : ''}><summary>${esc(p.employeeId)} — ${esc(p.name ?? '')} · ${esc(p.department ?? '')} · thực lĩnh <b>${vnd(p.net)} ₫</b></summary>
<table><tr><th>Mục</th><th>Khoản</th><th>Cách tính</th><th>Số tiền (₫)</th><th>Căn cứ</th></tr>${rows}
<tr><td colspan="3"><b>Tổng thu nhập / Gross</b></td>${num(p.gross)}<td></td></tr>
<tr><td colspan="3">Thu nhập chịu thuế / Taxable income</td>${num(p.taxableIncome)}<td></td></tr>
<tr><td colspan="3">Giảm trừ gia cảnh (${p.dependants} người phụ thuộc) / Family deduction</td>${num(p.familyDeduction)}<td></td></tr>
<tr><td colspan="3">Thu nhập tính thuế / Assessable income</td>${num(p.assessableIncome)}<td></td></tr>
<tr><td colspan="3"><b>Thực lĩnh / Net pay</b></td>${num(p.net)}<td></td></tr>
<tr><td colspan="3">Chi phí của doanh nghiệp / Employer cost</td>${num(p.employerCost)}<td></td></tr></table></details>`;
}

function statementHtml(s: FinancialStatement, title: string): string {
  const rows = s.rows
    .filter((r) => !r.current.amount.isZero() || (r.comparative && !r.comparative.amount.isZero()))
    .map(
      (r) =>
        `<tr><td>${esc(r.code)}</td><td>${esc(r.labelVi)}<br><small>${esc(r.labelEn)}</small></td>${num(r.current)}${r.comparative ? num(r.comparative) : '<td></td>'}</tr>`,
    )
    .join('');
  return `<h3>${esc(title)}</h3><table><tr><th>Mã số</th><th>Chỉ tiêu</th><th>Kỳ này</th><th>Kỳ trước</th></tr>${rows}</table>`;
}

export function renderReport(r: ReportInput): string {
  const t = r.run.register.totals;
  const registerRows = Object.entries(r.run.register.byDepartment)
    .map(
      ([dept, d]) =>
        `<tr><td>${esc(dept)}</td><td class="n">${d.headcount}</td>${num(d.gross)}${num(d.employeeInsurance)}${num(d.pit)}${num(d.net)}${num(d.employerContributions)}${num(d.employerCost)}</tr>`,
    )
    .join('');
  const tbRows = r.trialBalance.rows
    .filter((row) => row.level === 1)
    .map(
      (row) =>
        `<tr><td>${esc(row.account)}</td><td>${esc(row.nameVi)}</td>${num(row.openingDebit)}${num(row.openingCredit)}${num(row.debit)}${num(row.credit)}${num(row.closingDebit)}${num(row.closingCredit)}</tr>`,
    )
    .join('');
  const journalRows = r.journal
    .map(
      (l) =>
        `<tr><td>${esc(l.postingDate)}</td><td>${esc(l.documentNumber ?? '')}</td><td>${esc(l.description)}</td><td>${esc(l.account)}</td>${l.debit.amount.isZero() ? '<td></td>' : num(l.debit)}${l.credit.amount.isZero() ? '<td></td>' : num(l.credit)}</tr>`,
    )
    .join('');
  const kpiRows = r.insight.kpis
    .map(
      (k) =>
        `<tr><td>${esc(k.kpi)}</td><td class="n">${k.unit === 'ratio' ? `${k.value.times(100).toFixed(2)} %` : k.value.toFixed(2)}</td><td><small>${esc(k.formula)}</small></td><td><small>${esc(k.source)}</small></td></tr>`,
    )
    .join('');
  const checkRows = r.checks
    .map(
      (c) => `<li class="${c.ok ? 'ok' : 'bad'}">${c.ok ? '✔' : '✘'} ${esc(c.label)} — ${esc(c.detail)}</li>`,
    )
    .join('');
  const signals =
    r.quality.signals.map((s) => `${s.date} ${s.rule} (${s.side})`).join(', ') || 'không có / none';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(r.company.name)} — tháng ${r.company.month}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top}th{background:#f3f3f3}.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
details{margin:.2rem 0}summary{cursor:pointer}.ok{color:#176b2c}.bad{color:#b00020}small{color:#666}h2{border-bottom:2px solid #333;padding-bottom:.2rem;margin-top:2.5rem}</style></head><body>
<h1>${esc(r.company.name)}</h1><p>${esc(r.company.nameEn)} · MST ${esc(r.company.taxCode)} · Báo cáo tháng ${esc(r.company.month)} (đơn vị: đồng)</p>
<h2>Đối chiếu / Reconciliations</h2><ul>${checkRows}</ul>
<h2>Bảng lương / Payroll register</h2>
<table><tr><th>Bộ phận</th><th>Số người</th><th>Tổng thu nhập</th><th>BH người LĐ</th><th>Thuế TNCN</th><th>Thực lĩnh</th><th>DN đóng</th><th>Chi phí DN</th></tr>${registerRows}
<tr><th>Tổng</th><th class="n">${t.headcount}</th>${num(t.gross)}${num(t.employeeInsurance)}${num(t.pit)}${num(t.net)}${num(t.employerContributions)}${num(t.employerCost)}</tr></table>
<p>Truy lĩnh (arrears) kỳ trước: tổng thu nhập ${vnd(r.run.arrears.gross)} ₫, thực lĩnh ${vnd(r.run.arrears.net)} ₫. Chuyển khoản: ${r.run.bankTransfers.length} người.</p>
<h2>Phiếu lương / Payslips</h2>${r.run.payslips.map(payslipHtml).join('\n')}
<h2>Báo cáo tài chính / Financial statements</h2>${statementHtml(r.b02, 'B02-DN Báo cáo kết quả hoạt động kinh doanh — tháng 9/2026')}${statementHtml(r.b01, 'B01-DN Báo cáo tình hình tài chính — 30/09/2026 (so với 31/08/2026)')}
<h2>Bảng cân đối tài khoản / Trial balance (cấp 1)</h2><table><tr><th>TK</th><th>Tên</th><th>Dư Nợ đầu</th><th>Dư Có đầu</th><th>PS Nợ</th><th>PS Có</th><th>Dư Nợ cuối</th><th>Dư Có cuối</th></tr>${tbRows}
<tr><th colspan="2">Tổng</th>${num(r.trialBalance.totals.openingDebit)}${num(r.trialBalance.totals.openingCredit)}${num(r.trialBalance.totals.debit)}${num(r.trialBalance.totals.credit)}${num(r.trialBalance.totals.closingDebit)}${num(r.trialBalance.totals.closingCredit)}</tr></table>
<h2>Kiểm soát chất lượng / Quality control</h2><p>Tâm X̿ = ${r.quality.center.toFixed(4)} mm, σ = ${r.quality.sigma.toFixed(4)} mm; Cp ${r.quality.cp?.toFixed(2)}, Cpk ${r.quality.cpk.toFixed(2)}, Ppk ${r.quality.ppk.toFixed(2)}. Tín hiệu: ${esc(signals)}. ${esc(r.quality.ncr.id)}: ${esc(r.quality.ncr.status)}.</p>${r.quality.svg}
<h2>Phân tích / Analytics</h2><table><tr><th>KPI</th><th>Giá trị</th><th>Công thức</th><th>Nguồn</th></tr>${kpiRows}</table>${r.insight.svg}
<h2>Sổ nhật ký chung / General journal</h2><table><tr><th>Ngày</th><th>Chứng từ</th><th>Diễn giải</th><th>TK</th><th>Nợ</th><th>Có</th></tr>${journalRows}</table>
</body></html>
`;
}
