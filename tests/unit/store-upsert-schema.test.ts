import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from '@/lib/pos/secret-box';
import { isCountryCode, isTimeZoneName, storeUpsertBodySchema } from '@/lib/stores/upsert-schema';
import { addressLine, storeTextIn } from '@/lib/stores/store-text';
import { storeBody } from '../support/store-fixtures';

describe('a store as the retailer sends it', () => {
  it('takes ISO 3166-1 alpha-2 countries only', () => {
    for (const code of ['KR', 'JP', 'US', 'DE']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['kr', 'EU', 'UN', 'ZZ', 'XK', 'QQ', 'KOR', '']) expect(isCountryCode(code), code).toBe(false);
  });

  it('takes IANA time zone names, aliases too, never offsets or made-up zones', () => {
    for (const zone of ['Asia/Seoul', 'Asia/Tokyo', 'America/Argentina/Buenos_Aires', 'Asia/Calcutta', 'UTC']) {
      expect(isTimeZoneName(zone), zone).toBe(true);
    }
    for (const zone of ['+09:00', 'Asia/Atlantis', 'Seoul', 'asia seoul', '']) {
      expect(isTimeZoneName(zone), zone).toBe(false);
    }
  });

  it('refuses unknown fields, so a misspelt one is not dropped in silence', () => {
    expect(storeUpsertBodySchema.safeParse(storeBody()).success).toBe(true);
    expect(storeUpsertBodySchema.safeParse({ ...storeBody(), pickUp: false }).success).toBe(false);
    expect(storeUpsertBodySchema.safeParse({ ...storeBody(), name: { en: 'A', fr: 'B' } }).success).toBe(false);
  });
});

describe("a store's words in the shopper's language", () => {
  const row = {
    name: 'Aisle Seongsu',
    street: '17 Yeonmujang-gil',
    city: 'Seoul',
    translations: { ko: { name: '에일 성수', city: '서울' } },
  };
  it('uses the translation field by field, else the base text marked as English', () => {
    expect(storeTextIn(row, 'ko')).toEqual({
      name: '에일 성수',
      street: '17 Yeonmujang-gil',
      streetLang: 'en',
      city: '서울',
    });
    expect(storeTextIn(row, 'ja')).toEqual({
      name: 'Aisle Seongsu',
      nameLang: 'en',
      street: '17 Yeonmujang-gil',
      streetLang: 'en',
      city: 'Seoul',
      cityLang: 'en',
    });
    expect(storeTextIn(row, 'en')).toEqual({ name: 'Aisle Seongsu', street: '17 Yeonmujang-gil', city: 'Seoul' });
  });

  it('writes the address line as each locale writes addresses', () => {
    const tokyo = { street: '渋谷区神南1丁目19-11', city: '東京都', postalCode: '150-0041', country: 'JP' };
    expect(addressLine(tokyo, 'ja')).toBe('〒150-0041 東京都渋谷区神南1丁目19-11');
    const seoul = { street: '성동구 연무장길 17', city: '서울', postalCode: '04782', country: 'KR' };
    expect(addressLine(seoul, 'ko')).toBe('서울 성동구 연무장길 17 (04782)');
    const orchard = { street: '391 Orchard Road, #02-12', city: 'Singapore', postalCode: '238872', country: 'SG' };
    expect(addressLine(orchard, 'en')).toBe('391 Orchard Road, #02-12, Singapore 238872');
  });
});

describe("a store's till secret at rest", () => {
  const auth = 'a'.repeat(40);
  it('opens with the AUTH_SECRET it was sealed under, and with no other', () => {
    const sealed = sealSecret('aisle_pos_secret', auth);
    expect(sealed).not.toContain('aisle_pos_secret');
    expect(sealSecret('aisle_pos_secret', auth)).not.toBe(sealed);
    expect(openSecret(sealed, auth)).toBe('aisle_pos_secret');
    expect(openSecret(sealed, 'b'.repeat(40))).toBeNull();
    const [version, iv, , data] = sealed.split('.');
    const forgedTag = Buffer.alloc(16).toString('base64url');
    expect(openSecret([version, iv, forgedTag, data].join('.'), auth)).toBeNull();
    expect(openSecret('garbage', auth)).toBeNull();
  });
});
