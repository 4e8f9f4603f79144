import { FX_REVALUATION_TAG } from '../fx/revalue-foreign-currency.js';
import type { StatementTemplate } from './statement-template.js';

const CASH = ['111', '112', '113'];
import { line, mov, sum } from './template-helpers.js';

/**
 * B03-DN "Báo cáo lưu chuyển tiền tệ" (cash flows, indirect method) under Circular 99/2025/TT-BTC,
 * Appendix IV, main lines per reference note §B3 (⚠). Each line is the change (movement, closing
 * entries excluded) of a group of accounts, signed so that increases of assets reduce cash. Every
 * balance-sheet account other than cash (111, 112, 113) belongs to exactly one line, so line 70
 * equals B01 line 110 by construction of double entry — the cross-check then tests the books and
 * the mapping, not a plug. Simplifications: investing and financing lines are net changes of the
 * asset/liability groups (purchases net of disposals), line 61 is the revaluation of foreign-currency cash (entries tagged by `revalueForeignCurrency`), taken
 * out of operating cash flows through line 04.
 * @example financialStatement(ledger, B03_DN_TT99, { from, to })
 */
export const B03_DN_TT99: StatementTemplate = {
  id: 'B03-DN',
  version: 'TT99/2025 (indirect)',
  source:
    'Circular 99/2025/TT-BTC Appendix IV, form B03-DN indirect method (reference note §B3, ⚠ main lines)',
  titleVi: 'Báo cáo lưu chuyển tiền tệ (theo phương pháp gián tiếp)',
  titleEn: 'Statement of cash flows (indirect method)',
  lines: [
    line('01', 'Lợi nhuận trước thuế', 'Profit before tax', mov(['5', '6', '7', '8', '9'], -1, ['821'])),
    line('02', 'Khấu hao TSCĐ và BĐSĐT', 'Depreciation and amortisation', mov(['214'], -1)),
    line('03', 'Các khoản dự phòng', 'Provisions', mov(['229', '352'], -1)),
    line(
      '04',
      'Lãi, lỗ chênh lệch tỷ giá hối đoái do đánh giá lại các khoản mục tiền tệ có gốc ngoại tệ',
      'Unrealised FX gains/losses',
      mov(['413'], -1),
      { kind: 'movement', accounts: CASH, sign: -1, tagged: FX_REVALUATION_TAG },
    ),
    line('07', 'Các khoản điều chỉnh khác', 'Other adjustments', mov(['243', '347', '412'], -1)),
    line(
      '08',
      'Lợi nhuận từ hoạt động kinh doanh trước thay đổi vốn lưu động',
      'Operating profit before working-capital changes',
      sum('01', '02', '03', '04', '07'),
    ),
    line(
      '09',
      'Tăng, giảm các khoản phải thu',
      '(Increase)/decrease in receivables',
      mov(['131', '133', '136', '138', '141', '244'], -1),
    ),
    line('10', 'Tăng, giảm hàng tồn kho', '(Increase)/decrease in inventories', mov(['15'], -1)),
    line(
      '11',
      'Tăng, giảm các khoản phải trả (không kể lãi vay phải trả, thuế TNDN phải nộp)',
      'Increase/(decrease) in payables',
      mov(['331', '333', '334', '335', '336', '337', '338', '344', '353', '356', '357'], -1, ['3334']),
    ),
    line('12', 'Tăng, giảm chi phí chờ phân bổ', '(Increase)/decrease in deferred costs', mov(['242'], -1)),
    line(
      '13',
      'Tăng, giảm chứng khoán kinh doanh',
      '(Increase)/decrease in trading securities',
      mov(['121'], -1),
    ),
    line(
      '15',
      'Thuế thu nhập doanh nghiệp đã nộp',
      'Corporate income tax paid',
      mov(['3334'], -1),
      mov(['821'], -1),
    ),
    line(
      '20',
      'Lưu chuyển tiền thuần từ hoạt động kinh doanh',
      'Net cash from operating activities',
      sum('08', '09', '10', '11', '12', '13', '15'),
    ),
    line(
      '21',
      'Tiền chi để mua sắm, xây dựng TSCĐ và các tài sản dài hạn khác (thuần)',
      'Purchase of fixed and other long-term assets (net)',
      mov(['211', '212', '213', '215', '217', '241'], -1),
    ),
    line(
      '23',
      'Tiền chi cho vay, mua các công cụ nợ (thuần)',
      'Loans and debt instruments (net)',
      mov(['128', '171'], -1),
    ),
    line(
      '25',
      'Tiền chi đầu tư góp vốn vào đơn vị khác (thuần)',
      'Equity investments in other entities (net)',
      mov(['221', '222', '228'], -1),
    ),
    line(
      '30',
      'Lưu chuyển tiền thuần từ hoạt động đầu tư',
      'Net cash from investing activities',
      sum('21', '23', '25'),
    ),
    line(
      '31',
      'Tiền thu từ phát hành cổ phiếu, nhận vốn góp của chủ sở hữu (thuần)',
      'Capital contributions (net)',
      mov(['411', '419'], -1),
    ),
    line('33', 'Tiền thu từ đi vay (thuần)', 'Borrowings (net)', mov(['341', '343'], -1)),
    line(
      '36',
      'Cổ tức, lợi nhuận đã trả cho chủ sở hữu',
      'Dividends and profits paid',
      mov(['332', '414', '418', '421'], -1),
    ),
    line(
      '40',
      'Lưu chuyển tiền thuần từ hoạt động tài chính',
      'Net cash from financing activities',
      sum('31', '33', '36'),
    ),
    line('50', 'Lưu chuyển tiền thuần trong kỳ', 'Net cash flow for the period', sum('20', '30', '40')),
    line('60', 'Tiền và tương đương tiền đầu kỳ', 'Cash at the beginning of the period', {
      kind: 'opening',
      accounts: ['111', '112', '113'],
    }),
    line('61', 'Ảnh hưởng của thay đổi tỷ giá hối đoái quy đổi ngoại tệ', 'Effect of exchange-rate changes', {
      kind: 'movement',
      accounts: CASH,
      tagged: FX_REVALUATION_TAG,
    }),
    line('70', 'Tiền và tương đương tiền cuối kỳ', 'Cash at the end of the period', sum('50', '60', '61')),
    line('C70', 'Kiểm tra: tiền cuối kỳ theo sổ (B01 mã 110)', 'Check: cash per books (B01 line 110)', {
      kind: 'balance',
      accounts: ['111', '112', '113'],
    }),
  ],
  checks: [{ left: '70', right: 'C70', labelEn: 'Closing cash (70) = B01 line 110' }],
};
