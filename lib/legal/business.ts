/**
 * The demo retailer's business details (사업자 정보), as Korean e-commerce law (전자상거래법
 * §10) asks every shop to show. Demo values: a retailer running Aisle replaces them with its own.
 */
export const BUSINESS = {
  company: {
    en: 'Aisle Co., Ltd. (demo retailer)',
    ko: '에일 주식회사 (데모 리테일러)',
    ja: 'Aisle株式会社（デモ用の小売事業者）',
  },
  representative: { en: 'Han Seoyun', ko: '한서윤', ja: 'ハン・ソユン' },
  registrationNumber: '123-45-67890',
  mailOrderNumber: { en: '2026-Seoul Seongdong-0000', ko: '제2026-서울성동-0000호', ja: '第2026-ソウル城東-0000号' },
  address: {
    en: '3F, 17 Yeonmujang-gil, Seongdong-gu, Seoul 04782, Republic of Korea',
    ko: '(04782) 서울특별시 성동구 연무장길 17, 3층',
    ja: '〒04782 大韓民国 ソウル特別市 城東区 練武場キル17 3階',
  },
  phone: '02-3499-1800',
  phoneHref: 'tel:+82234991800',
  email: 'help@aisle.example',
  privacyOfficer: {
    en: 'Jung Minho, Head of Privacy',
    ko: '정민호 (개인정보보호책임자)',
    ja: 'チョン・ミンホ（個人情報保護責任者）',
  },
  privacyEmail: 'privacy@aisle.example',
  hours: {
    en: 'Weekdays 10:00–18:00 KST (lunch 12:30–13:30), closed on public holidays',
    ko: '평일 10:00–18:00 (점심 12:30–13:30), 공휴일 휴무',
    ja: '平日 10:00〜18:00（韓国時間、12:30〜13:30は休憩）、祝日休み',
  },
} as const;
