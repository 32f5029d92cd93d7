/** ISO 3166-2 subdivisions of Korea that Aisle serves, with the names shoppers use. */
export const REGION_NAMES: Record<string, { en: string; ko: string }> = {
  'KR-11': { en: 'Seoul', ko: '서울' },
  'KR-26': { en: 'Busan', ko: '부산' },
  'KR-27': { en: 'Daegu', ko: '대구' },
  'KR-28': { en: 'Incheon', ko: '인천' },
  'KR-29': { en: 'Gwangju', ko: '광주' },
  'KR-30': { en: 'Daejeon', ko: '대전' },
  'KR-31': { en: 'Ulsan', ko: '울산' },
  'KR-41': { en: 'Gyeonggi', ko: '경기' },
  'KR-49': { en: 'Jeju', ko: '제주' },
};

export function regionName(code: string, locale: 'en' | 'ko' = 'en'): string {
  return REGION_NAMES[code]?.[locale] ?? code;
}
