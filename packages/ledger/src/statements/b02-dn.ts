import type { StatementTemplate } from './statement-template.js';
import { line, mov, sum } from './template-helpers.js';

/**
 * B02-DN "Báo cáo kết quả hoạt động kinh doanh" (income statement) under Circular 99/2025/TT-BTC,
 * Appendix IV, lines per reference note §B3 (⚠ corroborated): line 21 (gain/loss on investment
 * property, 5117 − 6327) is new in TT99; line 30 = 20 + 21 + 22 − 23 − 25 − 26. Figures are period
 * movements with closing entries excluded, so the statement is the same before and after the close.
 * Line 24 (of which borrowing costs) is the part of 635 posted with the dimension
 * `expense: 'borrowingCost'`.
 * @example financialStatement(ledger, B02_DN_TT99, { from, to }, comparative)
 */
export const B02_DN_TT99: StatementTemplate = {
  id: 'B02-DN',
  version: 'TT99/2025',
  source: 'Circular 99/2025/TT-BTC Appendix IV, form B02-DN (reference note §B3, ⚠)',
  titleVi: 'Báo cáo kết quả hoạt động kinh doanh',
  titleEn: 'Income statement',
  lines: [
    line(
      '01',
      'Doanh thu bán hàng và cung cấp dịch vụ',
      'Revenue from sales and services',
      mov(['511'], -1, ['5117']),
    ),
    line('02', 'Các khoản giảm trừ doanh thu', 'Revenue deductions', mov(['521'])),
    line('10', 'Doanh thu thuần về bán hàng và cung cấp dịch vụ', 'Net revenue', sum('01', '-02')),
    line('11', 'Giá vốn hàng bán', 'Cost of goods sold', mov(['632'], 1, ['6327'])),
    line('20', 'Lợi nhuận gộp về bán hàng và cung cấp dịch vụ', 'Gross profit', sum('10', '-11')),
    line(
      '21',
      'Lãi/lỗ của hoạt động bán, thanh lý bất động sản đầu tư',
      'Gain/loss on investment property',
      mov(['5117'], -1),
      mov(['6327'], -1),
    ),
    line('22', 'Doanh thu hoạt động tài chính', 'Finance income', mov(['515'], -1)),
    line('23', 'Chi phí tài chính', 'Finance costs', mov(['635'])),
    line('24', 'Trong đó: Chi phí đi vay', 'of which: borrowing costs', {
      kind: 'movement',
      accounts: ['635'],
      where: { expense: 'borrowingCost' },
    }),
    line('25', 'Chi phí bán hàng', 'Selling expenses', mov(['641'])),
    line('26', 'Chi phí quản lý doanh nghiệp', 'General and administrative expenses', mov(['642'])),
    line(
      '30',
      'Lợi nhuận thuần từ hoạt động kinh doanh',
      'Operating profit',
      sum('20', '21', '22', '-23', '-25', '-26'),
    ),
    line('31', 'Thu nhập khác', 'Other income', mov(['711'], -1)),
    line('32', 'Chi phí khác', 'Other expenses', mov(['811'])),
    line('40', 'Lợi nhuận khác', 'Other profit', sum('31', '-32')),
    line('50', 'Tổng lợi nhuận kế toán trước thuế', 'Profit before tax', sum('30', '40')),
    line('51', 'Chi phí thuế TNDN hiện hành', 'Current CIT expense', mov(['8211'])),
    line('52', 'Chi phí thuế TNDN hoãn lại', 'Deferred CIT expense', mov(['8212'])),
    line('60', 'Lợi nhuận sau thuế thu nhập doanh nghiệp', 'Profit after tax', sum('50', '-51', '-52')),
  ],
};
