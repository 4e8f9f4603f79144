import type { LegalReference } from '@bo/core';

/**
 * The legal texts @bo/hr cites, as {@link LegalReference}s. Article numbers are added where each
 * figure is used.
 * @example formatReference({ ...LABOUR_CODE_2019, article: 'Art. 113' }) // 'Labour Code 45/2019/QH14, Art. 113'
 */
export const LABOUR_CODE_2019: LegalReference = {
  document: 'Labour Code 45/2019/QH14',
  title: 'Bộ luật Lao động 2019 (in force 1 Jan 2021)',
  url: 'https://vanban.chinhphu.vn/?pageid=27160&docid=198540',
};

/**
 * Decree 145/2020/NĐ-CP detailing the Labour Code on working conditions and labour relations.
 * @example formatReference({ ...DECREE_145_2020, article: 'Art. 57' }) // 'Decree 145/2020/ND-CP, Art. 57'
 */
export const DECREE_145_2020: LegalReference = {
  document: 'Decree 145/2020/ND-CP',
  title: 'Nghị định 145/2020/NĐ-CP (in force 1 Feb 2021)',
};

/**
 * The Labour Code 2012 (10/2012/QH13), in force 1 May 2013 – 31 Dec 2020.
 * @example formatReference({ ...LABOUR_CODE_2012, article: 'Art. 115' })
 */
export const LABOUR_CODE_2012: LegalReference = {
  document: 'Labour Code 10/2012/QH13',
  title: 'Bộ luật Lao động 2012 (1 May 2013 – 31 Dec 2020)',
};

/**
 * Resolution 28/2026/QH16 on developing Vietnamese culture: adds 24 November "Ngày Văn hóa Việt Nam".
 * @example RESOLUTION_28_2026.document // 'Resolution 28/2026/QH16'
 */
export const RESOLUTION_28_2026: LegalReference = {
  document: 'Resolution 28/2026/QH16',
  title:
    'Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam — Ngày Văn hóa Việt Nam 24/11, paid day off from 1 Jul 2026',
  url: 'https://baochinhphu.vn/ngay-van-hoa-viet-nam-24-11-nguoi-lao-dong-duoc-nghi-lam-huong-nguyen-luong-102260424093821937.htm',
  note: 'Read through the government newspaper report (secondary); the Labour Code text itself was not re-issued.',
};

/**
 * Resolution 17/2022/UBTVQH15: temporary overtime cap of 60 h/month (1 Apr – 31 Dec 2022).
 * @example RESOLUTION_17_2022.document // 'Resolution 17/2022/UBTVQH15'
 */
export const RESOLUTION_17_2022: LegalReference = {
  document: 'Resolution 17/2022/UBTVQH15',
  title: 'Nghị quyết 17/2022/UBTVQH15 — overtime up to 60 h/month, 1 Apr – 31 Dec 2022',
};

/**
 * Circular 59/2021/TT-BCA (replacing Circular 07/2016/TT-BCA): structure of the 12-digit personal identification number.
 * @example formatReference(CIRCULAR_59_2021_BCA) // 'Circular 59/2021/TT-BCA, Art. 7'
 */
export const CIRCULAR_59_2021_BCA: LegalReference = {
  document: 'Circular 59/2021/TT-BCA',
  article: 'Art. 7',
  title:
    'Thông tư 59/2021/TT-BCA — mã tỉnh nơi đăng ký khai sinh, mã thế kỷ và giới tính, số định danh cá nhân',
  note: 'Same codes as Circular 07/2016/TT-BCA Art. 7; numbers are lifelong, so the 2025 province merger does not change them.',
};
