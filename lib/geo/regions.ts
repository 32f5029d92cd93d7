/**
 * ISO 3166-2 subdivisions that Aisle serves (Korea, Japan, Singapore, the United States), with
 * the names shoppers use. A locale without a name here falls back to English.
 */
export const REGION_NAMES: Record<string, { en: string; ko: string; ja: string }> = {
  'KR-11': { en: 'Seoul', ko: '서울', ja: 'ソウル' },
  'KR-26': { en: 'Busan', ko: '부산', ja: '釜山' },
  'KR-27': { en: 'Daegu', ko: '대구', ja: '大邱' },
  'KR-28': { en: 'Incheon', ko: '인천', ja: '仁川' },
  'KR-29': { en: 'Gwangju', ko: '광주', ja: '光州' },
  'KR-30': { en: 'Daejeon', ko: '대전', ja: '大田' },
  'KR-31': { en: 'Ulsan', ko: '울산', ja: '蔚山' },
  'KR-41': { en: 'Gyeonggi', ko: '경기', ja: '京畿道' },
  'KR-49': { en: 'Jeju', ko: '제주', ja: '済州' },
  'JP-13': { en: 'Tokyo', ko: '도쿄', ja: '東京都' },
  'JP-14': { en: 'Kanagawa', ko: '가나가와', ja: '神奈川県' },
  'JP-27': { en: 'Osaka', ko: '오사카', ja: '大阪府' },
  'JP-26': { en: 'Kyoto', ko: '교토', ja: '京都府' },
  'JP-40': { en: 'Fukuoka', ko: '후쿠오카', ja: '福岡県' },
  'SG-01': { en: 'Central Singapore', ko: '싱가포르 중부', ja: 'シンガポール中部' },
  'SG-02': { en: 'North East Singapore', ko: '싱가포르 북동부', ja: 'シンガポール北東部' },
  'SG-03': { en: 'North West Singapore', ko: '싱가포르 북서부', ja: 'シンガポール北西部' },
  'SG-04': { en: 'South East Singapore', ko: '싱가포르 남동부', ja: 'シンガポール南東部' },
  'SG-05': { en: 'South West Singapore', ko: '싱가포르 남서부', ja: 'シンガポール南西部' },
  'US-CA': { en: 'California', ko: '캘리포니아', ja: 'カリフォルニア州' },
  'US-NY': { en: 'New York', ko: '뉴욕', ja: 'ニューヨーク州' },
};

/** The region's name in the locale; English for a locale it has no name in, the code for a region it does not know. */
export function regionName(code: string, locale?: string): string {
  const names = REGION_NAMES[code];
  if (!names) return code;
  return (locale ? (names as Record<string, string>)[locale] : undefined) ?? names.en;
}
