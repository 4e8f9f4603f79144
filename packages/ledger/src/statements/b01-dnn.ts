import { CASH_EQUIVALENTS } from './b01-dn.js';
import type { StatementTemplate } from './statement-template.js';
import { bal, creditSide, debitSide, line, sum } from './template-helpers.js';

const OTHER_338 = ['3381', '3382', '3383', '3384', '3385', '3386', '3388'];
const OTHER_138 = ['1386', '1388'];

/**
 * B01a-DNN "Báo cáo tình hình tài chính" for small and medium-sized enterprises under Circular
 * 133/2016/TT-BTC, Appendix 2 (form B01a-DNN, for entities meeting the going-concern assumption).
 * ⚠ Line codes and groupings are reproduced from the form as commonly published and have not been
 * checked against the official appendix in this package's research; verify before filing. Main
 * lines only; cash equivalents (1281/1288 tagged `cashEquivalent: 'true'`) are in line 110, not 122
 * (VAS 24 definition, as for B01-DN); dual-balance accounts are presented gross per counterparty; the result of a period not
 * yet closed is shown in line 417 so the statement balances at any date.
 * @example financialStatement(ledger, B01A_DNN_TT133, { from, to })
 */
export const B01A_DNN_TT133: StatementTemplate = {
  id: 'B01a-DNN',
  version: 'TT133/2016',
  source:
    'Circular 133/2016/TT-BTC Appendix 2, form B01a-DNN (⚠ main lines, not verified against the official text)',
  titleVi: 'Báo cáo tình hình tài chính',
  titleEn: 'Statement of financial position (SME)',
  lines: [
    line(
      '110',
      'I. Tiền và các khoản tương đương tiền',
      'I. Cash and cash equivalents',
      bal(['111', '112']),
      { kind: 'balance', accounts: CASH_EQUIVALENTS.accounts, where: CASH_EQUIVALENTS.where },
    ),
    line('121', '1. Chứng khoán kinh doanh', '1. Trading securities', bal(['121'])),
    line('122', '2. Đầu tư nắm giữ đến ngày đáo hạn', '2. Held-to-maturity investments', bal(['128']), {
      kind: 'balance',
      accounts: CASH_EQUIVALENTS.accounts,
      where: CASH_EQUIVALENTS.where,
      sign: -1,
    }),
    line('123', '3. Đầu tư góp vốn vào đơn vị khác', '3. Equity investments in other entities', bal(['228'])),
    line(
      '124',
      '4. Dự phòng tổn thất đầu tư (*)',
      '4. Provision for investment losses (*)',
      bal(['2291', '2292']),
    ),
    line('120', 'II. Đầu tư tài chính', 'II. Financial investments', sum('121', '122', '123', '124')),
    line('131', '1. Phải thu của khách hàng', '1. Receivables from customers', debitSide(['131'])),
    line('132', '2. Trả trước cho người bán', '2. Prepayments to suppliers', debitSide(['331'])),
    line('133', '3. Vốn kinh doanh ở đơn vị trực thuộc', '3. Capital in dependent units', bal(['1361'])),
    line(
      '134',
      '4. Phải thu khác',
      '4. Other receivables',
      debitSide([...OTHER_138, '334', ...OTHER_338]),
      bal(['1368', '141']),
    ),
    line('135', '5. Tài sản thiếu chờ xử lý', '5. Shortages awaiting resolution', bal(['1381'])),
    line(
      '136',
      '6. Dự phòng phải thu khó đòi (*)',
      '6. Provision for doubtful receivables (*)',
      bal(['2293']),
    ),
    line('130', 'III. Các khoản phải thu', 'III. Receivables', sum('131', '132', '133', '134', '135', '136')),
    line('141', '1. Hàng tồn kho', '1. Inventories', bal(['15'])),
    line(
      '142',
      '2. Dự phòng giảm giá hàng tồn kho (*)',
      '2. Provision for inventory write-down (*)',
      bal(['2294']),
    ),
    line('140', 'IV. Hàng tồn kho', 'IV. Inventories', sum('141', '142')),
    line('151', '- Nguyên giá', '- Cost', bal(['211'])),
    line(
      '152',
      '- Giá trị hao mòn lũy kế (*)',
      '- Accumulated depreciation (*)',
      bal(['2141', '2142', '2143']),
    ),
    line('150', 'V. Tài sản cố định', 'V. Fixed assets', sum('151', '152')),
    line('161', '- Nguyên giá', '- Cost', bal(['217'])),
    line('162', '- Giá trị hao mòn lũy kế (*)', '- Accumulated depreciation (*)', bal(['2147'])),
    line('160', 'VI. Bất động sản đầu tư', 'VI. Investment property', sum('161', '162')),
    line('170', 'VII. Xây dựng cơ bản dở dang', 'VII. Construction in progress', bal(['241'])),
    line('181', '1. Thuế GTGT được khấu trừ', '1. Deductible VAT', bal(['133'])),
    line('182', '2. Tài sản khác', '2. Other assets', bal(['242']), debitSide(['333'])),
    line('180', 'VIII. Tài sản khác', 'VIII. Other assets', sum('181', '182')),
    line(
      '200',
      'TỔNG CỘNG TÀI SẢN',
      'TOTAL ASSETS',
      sum('110', '120', '130', '140', '150', '160', '170', '180'),
    ),
    line('311', '1. Phải trả người bán', '1. Payables to suppliers', creditSide(['331'])),
    line('312', '2. Người mua trả tiền trước', '2. Advances from customers', creditSide(['131'])),
    line(
      '313',
      '3. Thuế và các khoản phải nộp Nhà nước',
      '3. Taxes payable to the State',
      creditSide(['333']),
    ),
    line('314', '4. Phải trả người lao động', '4. Payables to employees', creditSide(['334'])),
    line(
      '315',
      '5. Phải trả khác',
      '5. Other payables',
      bal(['335', '3387'], -1),
      creditSide([...OTHER_338, ...OTHER_138]),
    ),
    line(
      '316',
      '6. Vay và nợ thuê tài chính',
      '6. Borrowings and finance-lease liabilities',
      bal(['341'], -1),
    ),
    line('317', '7. Phải trả nội bộ về vốn kinh doanh', '7. Intra-group capital payables', bal(['336'], -1)),
    line('318', '8. Dự phòng phải trả', '8. Provisions', bal(['352'], -1)),
    line('319', '9. Quỹ khen thưởng, phúc lợi', '9. Bonus and welfare fund', bal(['353'], -1)),
    line('320', '10. Quỹ phát triển khoa học và công nghệ', '10. S&T development fund', bal(['356'], -1)),
    line(
      '300',
      'I. NỢ PHẢI TRẢ',
      'I. LIABILITIES',
      sum('311', '312', '313', '314', '315', '316', '317', '318', '319', '320'),
    ),
    line('411', '1. Vốn góp của chủ sở hữu', "1. Owners' contributed capital", bal(['4111'], -1)),
    line('412', '2. Thặng dư vốn cổ phần', '2. Share premium', bal(['4112'], -1)),
    line('413', '3. Vốn khác của chủ sở hữu', '3. Other capital', bal(['4118'], -1)),
    line('414', '4. Cổ phiếu quỹ (*)', '4. Treasury shares (*)', bal(['419'], -1)),
    line('415', '5. Chênh lệch tỷ giá hối đoái', '5. Foreign exchange differences', bal(['413'], -1)),
    line('416', '6. Các quỹ thuộc vốn chủ sở hữu', '6. Equity funds', bal(['418'], -1)),
    line(
      '417',
      '7. Lợi nhuận sau thuế chưa phân phối',
      '7. Undistributed profit after tax',
      bal(['421'], -1),
      bal(['5', '6', '7', '8', '9'], -1),
    ),
    line(
      '400',
      'II. VỐN CHỦ SỞ HỮU',
      "II. OWNERS' EQUITY",
      sum('411', '412', '413', '414', '415', '416', '417'),
    ),
    line('500', 'TỔNG CỘNG NGUỒN VỐN', 'TOTAL RESOURCES', sum('300', '400')),
  ],
  checks: [{ left: '200', right: '500', labelEn: 'Total assets (200) = total resources (500)' }],
};
