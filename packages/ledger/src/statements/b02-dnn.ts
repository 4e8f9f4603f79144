import type { StatementTemplate } from './statement-template.js';
import { line, mov, sum } from './template-helpers.js';

/**
 * B02-DNN "Báo cáo kết quả hoạt động kinh doanh" for SMEs under Circular 133/2016/TT-BTC, Appendix 2.
 * ⚠ Line codes as commonly published (not verified against the official text): 24 is the single
 * business-management expense line (642 = 6421 selling + 6422 administration), line 30 = 20 + 21 −
 * 22 − 24. TT133 has no account 521: deductions debited to 511 reduce line 01 and line 02 stays 0.
 * Line 23 (of which interest) is the part of 635 posted with `expense: 'borrowingCost'`.
 * @example financialStatement(ledger, B02_DNN_TT133, { from, to })
 */
export const B02_DNN_TT133: StatementTemplate = {
  id: 'B02-DNN',
  version: 'TT133/2016',
  source: 'Circular 133/2016/TT-BTC Appendix 2, form B02-DNN (⚠ not verified against the official text)',
  titleVi: 'Báo cáo kết quả hoạt động kinh doanh',
  titleEn: 'Income statement (SME)',
  lines: [
    line('01', 'Doanh thu bán hàng và cung cấp dịch vụ', 'Revenue from sales and services', mov(['511'], -1)),
    line('02', 'Các khoản giảm trừ doanh thu', 'Revenue deductions'),
    line('10', 'Doanh thu thuần về bán hàng và cung cấp dịch vụ', 'Net revenue', sum('01', '-02')),
    line('11', 'Giá vốn hàng bán', 'Cost of goods sold', mov(['632'])),
    line('20', 'Lợi nhuận gộp về bán hàng và cung cấp dịch vụ', 'Gross profit', sum('10', '-11')),
    line('21', 'Doanh thu hoạt động tài chính', 'Finance income', mov(['515'], -1)),
    line('22', 'Chi phí tài chính', 'Finance costs', mov(['635'])),
    line('23', 'Trong đó: Chi phí lãi vay', 'of which: interest expense', {
      kind: 'movement',
      accounts: ['635'],
      where: { expense: 'borrowingCost' },
    }),
    line('24', 'Chi phí quản lý kinh doanh', 'Business management expenses', mov(['642'])),
    line('30', 'Lợi nhuận thuần từ hoạt động kinh doanh', 'Operating profit', sum('20', '21', '-22', '-24')),
    line('31', 'Thu nhập khác', 'Other income', mov(['711'], -1)),
    line('32', 'Chi phí khác', 'Other expenses', mov(['811'])),
    line('40', 'Lợi nhuận khác', 'Other profit', sum('31', '-32')),
    line('50', 'Tổng lợi nhuận kế toán trước thuế', 'Profit before tax', sum('30', '40')),
    line('51', 'Chi phí thuế thu nhập doanh nghiệp', 'CIT expense', mov(['821'])),
    line('60', 'Lợi nhuận sau thuế thu nhập doanh nghiệp', 'Profit after tax', sum('50', '-51')),
  ],
};
