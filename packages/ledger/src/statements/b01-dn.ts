import type { LineSource, StatementTemplate } from './statement-template.js';
import { STATEMENT_DIMENSIONS } from './statement-dimensions.js';
import { bal, creditSide, debitSide, line, noted, sum, termBal } from './template-helpers.js';

const B3 = 'Reference note §B3 (TT99 Appendix IV, ⚠ corroborated)';

const PAYABLES_338 = ['3381', '3382', '3383', '3384', '3385', '3386', '3388'];
const OTHER_RECEIVABLES = ['1383', '1388'];

/**
 * Cash equivalents (B01 line 112): term deposits and other held-to-maturity investments (1281, 1288)
 * with an original term of at most 3 months, i.e. postings carrying the dimension
 * `cashEquivalent: 'true'` (reference note §B3: "1281/1288 with original term ≤ 3 months"; VAS 24).
 * @example CASH_EQUIVALENTS.where // { cashEquivalent: 'true' }
 */
export const CASH_EQUIVALENTS = {
  accounts: ['1281', '1288'],
  where: { cashEquivalent: 'true' },
} as const satisfies { accounts: readonly string[]; where: Readonly<Record<string, string>> };

const cashEquivalents = (sign: 1 | -1 = 1): LineSource => ({
  kind: 'balance',
  accounts: CASH_EQUIVALENTS.accounts,
  where: CASH_EQUIVALENTS.where,
  sign,
});

/** 41112 preferred shares tagged `classification: 'liability'` (B01 line 341, out of 411). */
const preferredSharesAsLiabilities = (sign: 1 | -1): LineSource => ({
  kind: 'balance',
  accounts: ['41112'],
  where: STATEMENT_DIMENSIONS.preferredSharesLiability,
  sign,
});

const termEx = (
  accounts: readonly string[],
  term: 'short' | 'long',
  exclude: readonly string[],
  sign: 1 | -1 = 1,
): LineSource => ({ kind: 'balance', accounts, term, exclude, sign });

/**
 * B01-DN "Báo cáo tình hình tài chính" (statement of financial position) under Circular 99/2025/TT-BTC,
 * Appendix IV, line codes as in reference note §B3 (⚠ corroborated, not checked against the official
 * PDF). Short/long-term split: postings carrying the dimension `term: 'long'` go to the long-term
 * lines (210–216, 236–238, 251, 265, 271, 273, 331–343), everything else short-term. Cash
 * equivalents (line 112) are 1281/1288 postings tagged `cashEquivalent: 'true'` ({@link CASH_EQUIVALENTS}),
 * taken out of line 123. Line 341 (preferred shares classified as liabilities) is the credit balance
 * of 41112 postings tagged `classification: 'liability'`, taken out of line 411. Simplifications,
 * documented in docs/ledger.md: lines 165/266/274 have no source; the result of a period not yet
 * closed is shown in line 420 so the statement balances at any date. Dual-balance accounts (131, 331, 333, 334, 337, 338) are presented
 * gross per counterparty.
 * @example financialStatement(ledger, B01_DN_TT99, { from, to })
 */
export const B01_DN_TT99: StatementTemplate = {
  id: 'B01-DN',
  version: 'TT99/2025',
  source: 'Circular 99/2025/TT-BTC Appendix IV, form B01-DN (reference note §B3, ⚠ main lines)',
  titleVi: 'Báo cáo tình hình tài chính',
  titleEn: 'Statement of financial position',
  lines: [
    line('111', 'Tiền', 'Cash', bal(['111', '112', '113'])),
    noted(
      line('112', 'Các khoản tương đương tiền', 'Cash equivalents', cashEquivalents()),
      `${B3}: 1281/1288 with original term ≤ 3 months (dimension cashEquivalent: 'true')`,
    ),
    line('110', 'I. Tiền và các khoản tương đương tiền', 'I. Cash and cash equivalents', sum('111', '112')),
    line('121', 'Chứng khoán kinh doanh', 'Trading securities', bal(['121'])),
    line(
      '122',
      'Dự phòng giảm giá chứng khoán kinh doanh (*)',
      'Provision for trading securities (*)',
      bal(['2291']),
    ),
    line(
      '123',
      'Đầu tư nắm giữ đến ngày đáo hạn',
      'Held-to-maturity investments',
      termBal(['128'], 'short'),
      cashEquivalents(-1),
    ),
    noted(
      line('125', 'Đầu tư ngắn hạn khác', 'Other short-term investments', termBal(['2288'], 'short')),
      `${B3}: 2288 short-term`,
    ),
    line(
      '120',
      'II. Đầu tư tài chính ngắn hạn',
      'II. Short-term financial investments',
      sum('121', '122', '123', '125'),
    ),
    line(
      '131',
      'Phải thu ngắn hạn của khách hàng',
      'Receivables from customers',
      debitSide(['131'], 'short'),
    ),
    line('132', 'Trả trước cho người bán ngắn hạn', 'Prepayments to suppliers', debitSide(['331'], 'short')),
    line('133', 'Phải thu nội bộ ngắn hạn', 'Intra-group receivables', termEx(['136'], 'short', ['1361'])),
    line(
      '134',
      'Phải thu theo tiến độ kế hoạch hợp đồng xây dựng',
      'Construction contract receivables',
      debitSide(['337']),
    ),
    line(
      '135',
      'Phải thu ngắn hạn khác',
      'Other receivables',
      debitSide([...OTHER_RECEIVABLES, '334', ...PAYABLES_338], 'short'),
      bal(['141', '1386']),
      termBal(['244'], 'short'),
    ),
    line(
      '136',
      'Dự phòng phải thu ngắn hạn khó đòi (*)',
      'Provision for doubtful receivables (*)',
      termBal(['2293'], 'short'),
    ),
    line('137', 'Tài sản thiếu chờ xử lý', 'Shortages awaiting resolution', bal(['1381'])),
    line(
      '130',
      'III. Các khoản phải thu ngắn hạn',
      'III. Short-term receivables',
      sum('131', '132', '133', '134', '135', '136', '137'),
    ),
    line('141', 'Hàng tồn kho', 'Inventories', termBal(['15'], 'short')),
    line(
      '142',
      'Dự phòng giảm giá hàng tồn kho (*)',
      'Provision for inventory write-down (*)',
      bal(['2294']),
    ),
    line('140', 'IV. Hàng tồn kho', 'IV. Inventories', sum('141', '142')),
    line(
      '151',
      'Súc vật nuôi cho sản phẩm một lần',
      'Livestock for one-off produce',
      termBal(['2152'], 'short'),
    ),
    line(
      '152',
      'Cây trồng theo mùa vụ hoặc cho sản phẩm một lần',
      'Seasonal or one-off crops',
      termBal(['2153'], 'short'),
    ),
    line(
      '153',
      'Dự phòng tổn thất tài sản sinh học (*)',
      'Provision for biological assets (*)',
      termBal(['2295'], 'short'),
    ),
    line('150', 'V. Tài sản sinh học ngắn hạn', 'V. Short-term biological assets', sum('151', '152', '153')),
    line('161', 'Chi phí chờ phân bổ ngắn hạn', 'Short-term deferred costs', termBal(['242'], 'short')),
    line('162', 'Thuế GTGT được khấu trừ', 'Deductible VAT', bal(['133'])),
    line(
      '163',
      'Thuế và các khoản khác phải thu Nhà nước',
      'Taxes receivable from the State',
      debitSide(['333']),
    ),
    line('164', 'Giao dịch mua bán lại trái phiếu Chính phủ', 'Government bond repos', bal(['171'])),
    line('160', 'VI. Tài sản ngắn hạn khác', 'VI. Other short-term assets', sum('161', '162', '163', '164')),
    line('100', 'A. TÀI SẢN NGẮN HẠN', 'A. SHORT-TERM ASSETS', sum('110', '120', '130', '140', '150', '160')),
    line(
      '211',
      'Phải thu dài hạn của khách hàng',
      'Long-term receivables from customers',
      debitSide(['131'], 'long'),
    ),
    line(
      '212',
      'Trả trước cho người bán dài hạn',
      'Long-term prepayments to suppliers',
      debitSide(['331'], 'long'),
    ),
    line('213', 'Vốn kinh doanh ở đơn vị trực thuộc', 'Capital in dependent units', bal(['1361'])),
    line(
      '214',
      'Phải thu nội bộ dài hạn',
      'Long-term intra-group receivables',
      termEx(['136'], 'long', ['1361']),
    ),
    line(
      '215',
      'Phải thu dài hạn khác',
      'Other long-term receivables',
      debitSide([...OTHER_RECEIVABLES, '334', ...PAYABLES_338], 'long'),
      termBal(['244'], 'long'),
    ),
    line(
      '216',
      'Dự phòng phải thu dài hạn khó đòi (*)',
      'Provision for long-term doubtful receivables (*)',
      termBal(['2293'], 'long'),
    ),
    line(
      '210',
      'I. Các khoản phải thu dài hạn',
      'I. Long-term receivables',
      sum('211', '212', '213', '214', '215', '216'),
    ),
    line('222', 'Nguyên giá TSCĐ hữu hình', 'Tangible fixed assets: cost', bal(['211'])),
    line('223', 'Giá trị hao mòn lũy kế (*)', 'Accumulated depreciation (*)', bal(['2141'])),
    line('221', '1. Tài sản cố định hữu hình', '1. Tangible fixed assets', sum('222', '223')),
    line('225', 'Nguyên giá TSCĐ thuê tài chính', 'Finance-leased assets: cost', bal(['212'])),
    line('226', 'Giá trị hao mòn lũy kế (*)', 'Accumulated depreciation (*)', bal(['2142'])),
    line('224', '2. Tài sản cố định thuê tài chính', '2. Finance-leased fixed assets', sum('225', '226')),
    line('228', 'Nguyên giá TSCĐ vô hình', 'Intangible assets: cost', bal(['213'])),
    line('229', 'Giá trị hao mòn lũy kế (*)', 'Accumulated amortisation (*)', bal(['2143'])),
    line('227', '3. Tài sản cố định vô hình', '3. Intangible fixed assets', sum('228', '229')),
    line('220', 'II. Tài sản cố định', 'II. Fixed assets', sum('221', '224', '227')),
    noted(
      line('232', 'Súc vật nuôi chưa trưởng thành', 'Immature livestock', bal(['21511'])),
      `${B3}: 232 ← 21511 (add the account to the chart; ⚠ level-3 detail not in the shipped chart)`,
    ),
    line('234', 'Nguyên giá', 'Mature livestock: cost', bal(['2151'], 1, ['21511'])),
    noted(
      line('235', 'Giá trị hao mòn lũy kế (*)', 'Accumulated depreciation (*)'),
      `${B3}: ⚠ §B3 names the line but no account; no source in this package`,
    ),
    line('233', 'Súc vật nuôi đã trưởng thành', 'Mature livestock', sum('234', '235')),
    line('231', 'Súc vật nuôi cho sản phẩm định kỳ', 'Livestock for periodic produce', sum('232', '233')),
    line(
      '236',
      'Súc vật nuôi cho sản phẩm một lần dài hạn',
      'Long-term livestock for one-off produce',
      termBal(['2152'], 'long'),
    ),
    line(
      '237',
      'Cây trồng theo mùa vụ hoặc cho sản phẩm một lần dài hạn',
      'Long-term seasonal or one-off crops',
      termBal(['2153'], 'long'),
    ),
    line(
      '238',
      'Dự phòng tổn thất tài sản sinh học dài hạn (*)',
      'Provision for long-term biological assets (*)',
      termBal(['2295'], 'long'),
    ),
    line(
      '230',
      'III. Tài sản sinh học dài hạn',
      'III. Long-term biological assets',
      sum('231', '236', '237', '238'),
    ),
    line('241', 'Nguyên giá bất động sản đầu tư', 'Investment property: cost', bal(['217'])),
    line('242', 'Giá trị hao mòn lũy kế (*)', 'Accumulated depreciation (*)', bal(['2147'])),
    line('240', 'IV. Bất động sản đầu tư', 'IV. Investment property', sum('241', '242')),
    line(
      '251',
      'Chi phí sản xuất, kinh doanh dở dang dài hạn',
      'Long-term work in progress',
      termBal(['154'], 'long'),
    ),
    line('252', 'Chi phí xây dựng cơ bản dở dang', 'Construction in progress', bal(['241'])),
    line('250', 'V. Tài sản dở dang dài hạn', 'V. Long-term assets in progress', sum('251', '252')),
    line('261', 'Đầu tư vào công ty con', 'Investments in subsidiaries', bal(['221'])),
    line('262', 'Đầu tư vào công ty liên doanh, liên kết', 'Investments in JVs and associates', bal(['222'])),
    line(
      '263',
      'Đầu tư góp vốn vào đơn vị khác',
      'Other equity investments',
      bal(['228'], 1, ['2288']),
      termBal(['2288'], 'long'),
    ),
    line(
      '264',
      'Dự phòng đầu tư tài chính dài hạn (*)',
      'Provision for long-term investments (*)',
      bal(['2292']),
    ),
    line(
      '265',
      'Đầu tư nắm giữ đến ngày đáo hạn dài hạn',
      'Long-term held-to-maturity investments',
      termBal(['128'], 'long'),
    ),
    line(
      '260',
      'VI. Đầu tư tài chính dài hạn',
      'VI. Long-term financial investments',
      sum('261', '262', '263', '264', '265'),
    ),
    line('271', 'Chi phí chờ phân bổ dài hạn', 'Long-term deferred costs', termBal(['242'], 'long')),
    line('272', 'Tài sản thuế thu nhập hoãn lại', 'Deferred tax assets', bal(['243'])),
    noted(
      line(
        '273',
        'Thiết bị, vật tư, phụ tùng thay thế dài hạn',
        'Long-term equipment, supplies and spare parts',
        termEx(['15'], 'long', ['154']),
      ),
      `${B3}: "273 LT spare parts"; ⚠ sourced here from any 15x other than 154 posted with term: 'long'`,
    ),
    line('270', 'VII. Tài sản dài hạn khác', 'VII. Other long-term assets', sum('271', '272', '273')),
    line(
      '200',
      'B. TÀI SẢN DÀI HẠN',
      'B. LONG-TERM ASSETS',
      sum('210', '220', '230', '240', '250', '260', '270'),
    ),
    line('280', 'TỔNG CỘNG TÀI SẢN (280 = 100 + 200)', 'TOTAL ASSETS', sum('100', '200')),
    line('311', 'Phải trả người bán ngắn hạn', 'Payables to suppliers', creditSide(['331'], 'short')),
    line('312', 'Người mua trả tiền trước ngắn hạn', 'Advances from customers', creditSide(['131'], 'short')),
    line('313', 'Phải trả cổ tức, lợi nhuận', 'Dividends payable', bal(['332'], -1)),
    line(
      '314',
      'Thuế và các khoản phải nộp Nhà nước',
      'Taxes payable to the State',
      creditSide(['333'], 'short'),
    ),
    line('315', 'Phải trả người lao động', 'Payables to employees', creditSide(['334'])),
    line('316', 'Chi phí phải trả ngắn hạn', 'Accrued expenses', termBal(['335'], 'short', -1)),
    line('317', 'Phải trả nội bộ ngắn hạn', 'Intra-group payables', termEx(['336'], 'short', ['3361'], -1)),
    line(
      '318',
      'Phải trả theo tiến độ kế hoạch hợp đồng xây dựng',
      'Construction contract billings',
      creditSide(['337']),
    ),
    line('319', 'Doanh thu chờ phân bổ ngắn hạn', 'Deferred revenue', termBal(['3387'], 'short', -1)),
    line(
      '320',
      'Phải trả ngắn hạn khác',
      'Other payables',
      creditSide([...PAYABLES_338, ...OTHER_RECEIVABLES], 'short'),
      termBal(['344'], 'short', -1),
    ),
    line(
      '321',
      'Vay và nợ thuê tài chính ngắn hạn',
      'Borrowings and finance-lease liabilities',
      termBal(['341', '343'], 'short', -1),
    ),
    line('322', 'Dự phòng phải trả ngắn hạn', 'Provisions', termBal(['352'], 'short', -1)),
    line('323', 'Quỹ khen thưởng, phúc lợi', 'Bonus and welfare fund', bal(['353'], -1)),
    line('324', 'Quỹ bình ổn giá', 'Price stabilisation fund', bal(['357'], -1)),
    line(
      '310',
      'I. Nợ ngắn hạn',
      'I. Short-term liabilities',
      sum('311', '312', '313', '314', '315', '316', '317', '318', '319', '320', '321', '322', '323', '324'),
    ),
    line('331', 'Phải trả người bán dài hạn', 'Long-term payables to suppliers', creditSide(['331'], 'long')),
    line(
      '332',
      'Người mua trả tiền trước dài hạn',
      'Long-term advances from customers',
      creditSide(['131'], 'long'),
    ),
    line(
      '333',
      'Thuế và các khoản phải nộp Nhà nước dài hạn',
      'Long-term taxes payable to the State',
      creditSide(['333'], 'long'),
    ),
    line('334', 'Chi phí phải trả dài hạn', 'Long-term accrued expenses', termBal(['335'], 'long', -1)),
    line('335', 'Phải trả nội bộ về vốn kinh doanh', 'Intra-group capital payables', bal(['3361'], -1)),
    line(
      '336',
      'Phải trả nội bộ dài hạn',
      'Long-term intra-group payables',
      termEx(['336'], 'long', ['3361'], -1),
    ),
    line('337', 'Doanh thu chờ phân bổ dài hạn', 'Long-term deferred revenue', termBal(['3387'], 'long', -1)),
    line(
      '338',
      'Phải trả dài hạn khác',
      'Other long-term payables',
      creditSide([...PAYABLES_338, ...OTHER_RECEIVABLES], 'long'),
      termBal(['344'], 'long', -1),
    ),
    line(
      '339',
      'Vay và nợ thuê tài chính dài hạn',
      'Long-term borrowings and finance-lease liabilities',
      termEx(['341', '343'], 'long', ['3432'], -1),
    ),
    line('340', 'Trái phiếu chuyển đổi', 'Convertible bonds', termBal(['3432'], 'long', -1)),
    noted(
      line(
        '341',
        'Cổ phiếu ưu đãi',
        'Preferred shares classified as liabilities',
        preferredSharesAsLiabilities(-1),
      ),
      `${B3}: preferred shares classified as liabilities; 41112 postings tagged classification: 'liability' (TT200 "cơ sở lập": credit balance of 41112, detail of preferred shares classified as liabilities; ⚠ wording as commonly quoted)`,
    ),
    line('342', 'Thuế thu nhập hoãn lại phải trả', 'Deferred tax liabilities', bal(['347'], -1)),
    line('343', 'Dự phòng phải trả dài hạn', 'Long-term provisions', termBal(['352'], 'long', -1)),
    line('344', 'Quỹ phát triển khoa học và công nghệ', 'S&T development fund', bal(['356'], -1)),
    line(
      '330',
      'II. Nợ dài hạn',
      'II. Long-term liabilities',
      sum('331', '332', '333', '334', '335', '336', '337', '338', '339', '340', '341', '342', '343', '344'),
    ),
    line('300', 'C. NỢ PHẢI TRẢ', 'C. LIABILITIES', sum('310', '330')),
    line(
      '411',
      'Vốn góp của chủ sở hữu',
      "Owners' contributed capital",
      bal(['4111'], -1),
      preferredSharesAsLiabilities(1),
    ),
    line('412', 'Thặng dư vốn', 'Share premium', bal(['4112'], -1)),
    line('413', 'Quyền chọn chuyển đổi trái phiếu', 'Bond conversion options', bal(['4113'], -1)),
    line('414', 'Vốn khác của chủ sở hữu', 'Other capital', bal(['4118'], -1)),
    line('415', 'Cổ phiếu mua lại của chính mình (*)', 'Own shares repurchased (*)', bal(['419'], -1)),
    line('416', 'Chênh lệch đánh giá lại tài sản', 'Asset revaluation differences', bal(['412'], -1)),
    line('417', 'Chênh lệch tỷ giá hối đoái', 'Foreign exchange differences', bal(['413'], -1)),
    line('418', 'Quỹ đầu tư phát triển', 'Development investment fund', bal(['414'], -1)),
    line('419', 'Quỹ khác thuộc vốn chủ sở hữu', 'Other equity funds', bal(['418'], -1)),
    line(
      '420',
      'Lợi nhuận sau thuế chưa phân phối',
      'Undistributed profit after tax',
      bal(['421'], -1),
      bal(['5', '6', '7', '8', '9'], -1),
    ),
    line(
      '400',
      'D. VỐN CHỦ SỞ HỮU',
      "D. OWNERS' EQUITY",
      sum('411', '412', '413', '414', '415', '416', '417', '418', '419', '420'),
    ),
    line('440', 'TỔNG CỘNG NGUỒN VỐN (440 = 300 + 400)', 'TOTAL RESOURCES', sum('300', '400')),
  ],
  checks: [{ left: '280', right: '440', labelEn: 'Total assets (280) = total resources (440)' }],
};
