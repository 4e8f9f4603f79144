import type { LegalReference } from '@bo/core';

/**
 * Legal references used by the Vietnamese payroll rule pack. Tags in `note` give how the fact was
 * confirmed (see docs/payroll.md): [P] primary text read, [Q] verbatim quotation of the primary text,
 * [S] official or major press, [W] weak secondary, UNVERIFIED.
 *
 * @example
 * import { VN_REFERENCES } from '@bo/payroll';
 * VN_REFERENCES.pitLaw2025.document; // 'Law 109/2025/QH15'
 */
export const VN_REFERENCES = {
  pitLaw2007: {
    document: 'Law 04/2007/QH12',
    article: 'Art. 22',
    title: 'Law on Personal Income Tax (as amended by Laws 26/2012/QH13, 71/2014/QH13)',
    note: '[S] 7-bracket tariff; quick formulas in Circular 111/2013/TT-BTC Appendix 01/PL-TNCN',
  },
  pitLaw2007NonResident: {
    document: 'Law 04/2007/QH12',
    article: 'Art. 26',
    note: '[S] non-resident employment income 20 % of gross',
  },
  pitLaw2012Deductions: {
    document: 'Law 26/2012/QH13',
    article: 'Art. 1.4 (amending Art. 19 of Law 04/2007)',
    note: '[S] 9,000,000 self / 3,600,000 dependant from 1 Jul 2013',
  },
  resolution954: {
    document: 'Resolution 954/2020/UBTVQH14',
    title: 'Family deduction levels (2 Jun 2020), applied from tax period 2020',
    url: 'https://baonghean.vn/en/giam-tru-gia-canh-tang-len-11-trieu-dong-thu-nhap-bao-nhieu-moi-dong-thue-10213491.html',
    note: '[S] 11,000,000 / 4,400,000',
  },
  pitLaw2025: {
    document: 'Law 109/2025/QH15',
    article: 'Art. 9, Art. 29.2',
    title: 'Law on Personal Income Tax 2025 — 5-bracket tariff applies to salaries from tax period 2026',
    url: 'https://thuvienphapluat.vn/van-ban/Thue-Phi-Le-Phi/Luat-Thue-thu-nhap-ca-nhan-2025-so-109-2025-QH15-665870.aspx',
    note: '[Q] rates 5/10/20/30/35 % at 10/30/60/100 M per month (the 15/25 % figures in some press are the draft)',
  },
  pitLaw2025NonResident: {
    document: 'Law 109/2025/QH15',
    article: 'Art. 21',
    note: '[S] non-resident employment income 20 %',
  },
  pitLaw2025Overtime: {
    document: 'Law 109/2025/QH15',
    article: 'Art. 4.8; Decree 253/2026/NĐ-CP Art. 26.1',
    note: '[W] whole overtime/night pay within Labour Code limits exempt from tax period 2026',
  },
  resolution110: {
    document: 'Resolution 110/2025/UBTVQH15',
    title: 'Family deduction levels (17 Oct 2025), from tax period 2026; codified in Law 109/2025 Art. 10.1',
    url: 'https://thuvienphapluat.vn/van-ban/Thue-Phi-Le-Phi/Nghi-quyet-110-2025-UBTVQH15-muc-giam-tru-gia-canh-thue-thu-nhap-ca-nhan-665865.aspx',
    note: '[S] 15,500,000 / 6,200,000',
  },
  circular111: {
    document: 'Circular 111/2013/TT-BTC',
    article: 'Art. 25.1.i',
    note: '[S] 10 % withholding on payments ≥ 2,000,000 without a labour contract or under 3 months',
  },
  circular111Overtime: {
    document: 'Circular 111/2013/TT-BTC',
    article: 'Art. 3.9',
    note: '[S] only the overtime/night premium over normal-hours pay is exempt',
  },
  circular111Housing: {
    document: 'Circular 111/2013/TT-BTC',
    article: 'Art. 2.2.đ.1',
    note: '[S] housing the employer pays for counts in taxable income at the rent paid, but at most 15 % of the total taxable income excluding it',
  },
  decree253Housing: {
    document: 'Decree 253/2026/NĐ-CP',
    article: 'Art. 8.2.h',
    note: '[W] the same 15 % cap on employer-paid housing; housing the employer builds for staff is not taxable',
  },
  circular111Pension: {
    document: 'Circular 111/2013/TT-BTC',
    article: 'Art. 9.2',
    note: '[S] voluntary pension deductible up to 1,000,000 per month',
  },
  decree253Casual: {
    document: 'Decree 253/2026/NĐ-CP',
    article: 'Art. 50.2, Art. 69.1',
    url: 'https://thuvienphapluat.vn/van-ban/Thue-Phi-Le-Phi/Nghi-dinh-253-2026-ND-CP-huong-dan-Luat-Thue-thu-nhap-ca-nhan-699193.aspx',
    note: '[Q] threshold 5,000,000; dated here from 1 Jul 2026 (decree in force) — interpretive: Art. 69.1.a applies salary rules to the whole of 2026, Art. 70.2 says Jan–Jun withholding need not be re-filed',
  },
  decree253Meal: {
    document: 'Decree 253/2026/NĐ-CP',
    article: 'Art. 8.2.g, Art. 69.1.b',
    note: '[W] cash meal allowance ≤ 1,200,000 per month not taxable, from 1 Jul 2026',
  },
  decree253Pension: {
    document: 'Decree 253/2026/NĐ-CP',
    article: 'Art. 46',
    note: '[W] voluntary pension + life insurance deductible up to 3,000,000 per month from tax period 2026',
  },
  decree253Annual: {
    document: 'Decree 253/2026/NĐ-CP',
    article: 'Art. 49.2',
    note: '[W] medical ≤ 23,000,000/yr, education ≤ 24,000,000/yr, from tax period 2026',
  },
  decree252SmallAmount: {
    document: 'Decree 252/2026/NĐ-CP',
    note: '[W] after the annual finalisation, additional PIT of at most 50,000 đồng is waived and an overpayment of at most 50,000 đồng is offset against later periods rather than refunded (secondary source; article and effective date not verified)',
  },
  decree253Transition: {
    document: 'Decree 253/2026/NĐ-CP',
    article: 'Art. 70.2',
    note: '[Q] Jan–Jun 2026 withholding under earlier rules is settled in the 2026 annual finalisation',
  },
  circular26Meal: {
    document: 'Circular 26/2016/TT-BLĐTBXH',
    note: '[S] meal allowance reference 730,000 per month (applied by reference for PIT); status after 2025 UNVERIFIED',
  },
  siLaw2014: {
    document: 'Law 58/2014/QH13',
    article: 'Art. 85, 86, 89',
    title: 'Law on Social Insurance 2014',
    note: '[S] employee 8 %, employer 3 + 14 %; cap 20 × base salary',
  },
  siLaw2024: {
    document: 'Law 41/2024/QH15',
    article: 'Art. 31.1, 32, 33.1, 34.1, 141.13',
    title: 'Law on Social Insurance 2024 (in force 1 Jul 2025)',
    note: '[P] employee 8 %, employer 3 + 14 %; cap 20 × reference level (= base salary until abolished)',
  },
  siLaw2024Foreign: {
    document: 'Law 41/2024/QH15',
    article: 'Art. 2.2',
    note: '[P] foreign employees: compulsory SI with a contract of 12 months or more, exceptions for intra-company transferees and retirement age',
  },
  decree143: {
    document: 'Decree 143/2018/NĐ-CP',
    note: '[S] foreign employees: compulsory SI with a work permit and a contract of 1 year or more (from 1 Dec 2018)',
  },
  siUnpaidDays: {
    document: 'Law 41/2024/QH15',
    article: 'Art. 33.5, 34.3; Employment Law 74/2025/QH15 Art. 33.4',
    note: '[P] no contribution for a month with 14 or more unpaid working days',
  },
  decree58: {
    document: 'Decree 58/2020/NĐ-CP',
    title:
      'Occupational accident and disease insurance rates (in force 15 Jul 2020); ceiling in OSH Law 84/2015/QH13 Art. 44',
    note: '[S] 0.5 %, or 0.3 % for an approved employer in a high-risk sector',
  },
  healthInsurance: {
    document:
      'Law 25/2008/QH12 on Health Insurance (as amended, latest 51/2024/QH15); Decree 146/2018/NĐ-CP, Decree 188/2025/NĐ-CP',
    note: '[S] 4.5 % split 1.5 % employee / 3 % employer; cap 20 × base salary',
  },
  employmentLaw2013: {
    document: 'Law 38/2013/QH13',
    article: 'Art. 57, 58',
    title: 'Law on Employment 2013',
    note: '[S] unemployment insurance 1 % + 1 %; cap 20 × regional minimum wage',
  },
  employmentLaw2025: {
    document: 'Law 74/2025/QH15',
    article: 'Art. 2.1, 33.1, 34.2; Decree 374/2025/NĐ-CP',
    title: 'Law on Employment 2025 (in force 1 Jan 2026)',
    note: '[P] up to 1 % each, actual 1 % per Decree 374/2025 [S]; cap 20 × regional minimum wage; Vietnamese citizens only',
  },
  tradeUnionLaw: {
    document: 'Law 12/2012/QH13; Decree 191/2013/NĐ-CP; from 1 Jul 2025 Law 50/2024/QH15',
    note: '[S] trade-union fee (KPCĐ) 2 % of the salary fund used as the social insurance base',
  },
  unionDues: {
    document: 'Decision 1908/QĐ-TLĐ (2016), Vietnam General Confederation of Labour',
    note: 'UNVERIFIED: member dues 1 % of the social-insurance salary, capped at 10 % of the base salary',
  },
  baseSalary2018: { document: 'Decree 72/2018/NĐ-CP', note: '[W] 1,390,000 from 1 Jul 2018' },
  baseSalary2019: { document: 'Decree 38/2019/NĐ-CP', note: '[S] 1,490,000 from 1 Jul 2019' },
  baseSalary2023: { document: 'Decree 24/2023/NĐ-CP', note: '[S] 1,800,000 from 1 Jul 2023' },
  baseSalary2024: { document: 'Decree 73/2024/NĐ-CP', note: '[S] 2,340,000 from 1 Jul 2024' },
  baseSalary2026: {
    document: 'Decree 161/2026/NĐ-CP',
    url: 'https://vanban.chinhphu.vn/?classid=1&docid=218107&orggroupid=2&pageid=27160',
    note: '[S] 2,530,000 from 1 Jul 2026',
  },
  minimumWage2018: {
    document: 'Decree 157/2018/NĐ-CP',
    note: '[W] 4,180,000 / 3,710,000 / 3,250,000 / 2,920,000 from 1 Jan 2019 (calculator README on GitHub; region I also in press); no hourly minimum',
  },
  minimumWage2019: {
    document: 'Decree 90/2019/NĐ-CP',
    note: '[W] region I confirmed; regions II–IV UNVERIFIED; no hourly minimum',
  },
  minimumWage2022: { document: 'Decree 38/2022/NĐ-CP', article: 'Art. 3', note: '[S]' },
  minimumWage2024: {
    document: 'Decree 74/2024/NĐ-CP',
    article: 'Art. 3',
    note: '[S] monthly; hourly III and IV UNVERIFIED',
  },
  minimumWage2025: {
    document: 'Decree 293/2025/NĐ-CP',
    article: 'Art. 3.1',
    url: 'https://xaydungchinhsach.chinhphu.vn/nghi-dinh-so-293-2025-nd-cp-quy-dinh-muc-luong-toi-thieu-doi-voi-nguoi-lao-dong-lam-viec-theo-hop-dong-lao-dong-119251110172808433.htm',
    note: '[P] in force 1 Jan 2026',
  },
  labourCode2012: {
    document: 'Labour Code 10/2012/QH13',
    article: 'Art. 97',
    note: '[S] overtime 150/200/300 %, night +30 %, night overtime +20 % of the day rate',
  },
  labourCode2019: {
    document: 'Labour Code 45/2019/QH14',
    article: 'Art. 98; Decree 145/2020/NĐ-CP Art. 55–57',
    note: '[P] overtime 150/200/300 %, night +30 %, night overtime +20 % of the day rate',
  },
  labourCodeSeverance: {
    document: 'Labour Code 45/2019/QH14',
    article: 'Art. 46',
    note: '[P] severance (trợ cấp thôi việc): half a month of salary per year of work, for 12 months or more of regular work; salary = average of the 6 months before the termination; time covered by unemployment insurance and time already compensated do not count',
  },
  labourCodeJobLoss: {
    document: 'Labour Code 45/2019/QH14',
    article: 'Art. 47',
    note: '[P] job-loss allowance (trợ cấp mất việc làm): one month of salary per year of work, at least two months, for 12 months or more of regular work; same working time and salary as severance',
  },
  decree145WorkingTime: {
    document: 'Decree 145/2020/NĐ-CP',
    article: 'Art. 8.3',
    note: '[W] working time counted in years; odd months from 1 to under 6 count as half a year, 6 or more as a full year (the reference note reads "≤ 6 → ½": ⚠ the exact 6-month case is disputed between sources)',
  },
  labourCodeOvertimeLimit: {
    document: 'Labour Code 45/2019/QH14',
    article: 'Art. 107.2.b',
    note: '[P] overtime at most 40 hours a month',
  },
} as const satisfies Record<string, LegalReference>;
