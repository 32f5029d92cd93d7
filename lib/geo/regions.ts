import type { Locale } from '@/lib/i18n/translate';

/** ISO 3166-2 subdivisions that Aisle serves (Korea, Japan, Singapore), with the names shoppers use. */
export const REGION_NAMES: Record<string, Record<Locale, string>> = {
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
  'JP-27': { en: 'Osaka', ko: '오사카', ja: '大阪府' },
  'SG-01': { en: 'Central Singapore', ko: '싱가포르 중부', ja: 'シンガポール中部' },
};

/** The region's name in the locale, the code for a region it does not know. */
export function regionName(code: string, locale: Locale = 'en'): string {
  return REGION_NAMES[code]?.[locale] ?? code;
}
