import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/i18n/formatters';
import { particleFor } from '@/lib/i18n/josa';
import { en } from '@/lib/i18n/messages/en';
import { ko } from '@/lib/i18n/messages/ko';
import { createTranslator, formatMessage, INTL_LOCALE } from '@/lib/i18n/translate';
import { newOrderNumber } from '@/lib/orders/codes';

describe('plural rules', () => {
  const t = createTranslator(en, INTL_LOCALE.en);
  it('says "1 item" and "2 items", never "1 items"', () => {
    expect(t('cart.itemCount', { count: 1 })).toBe('1 item');
    expect(t('cart.itemCount', { count: 0 })).toBe('0 items');
    expect(t('cart.itemCount', { count: 2 })).toBe('2 items');
    expect(t('listing.resultsCount', { count: 1 })).toBe('1 product');
    expect(t('listing.resultsCount', { count: 1234 })).toBe('1,234 products');
    expect(t('cart.linkWithCount', { count: 1 })).toBe('Bag, 1 item');
    expect(t('phone.attemptsLeft', { count: 1 })).toBe('1 try left.');
  });
  it('uses the locale’s categories and exact matches, and keeps other placeholders', () => {
    const msg = '{n, plural, =0 {nothing for {who}} one {# thing for {who}} other {# things for {who}}}';
    expect(formatMessage(msg, { n: 0, who: 'Ana' }, 'en-US')).toBe('nothing for Ana');
    expect(formatMessage(msg, { n: 1, who: 'Ana' }, 'en-US')).toBe('1 thing for Ana');
    expect(formatMessage(msg, { n: 5, who: 'Ana' }, 'en-US')).toBe('5 things for Ana');
    // Korean has one form for every number.
    expect(formatMessage('{n, plural, one {#개(one)} other {#개}}', { n: 1 }, 'ko-KR')).toBe('1개');
    expect(formatMessage(msg, { who: 'Ana' }, 'en-US')).toBe(msg.replace(/\{who\}/g, 'Ana'));
  });
});

describe('Korean particles', () => {
  it('follow the final syllable’s batchim', () => {
    expect(particleFor('재킷', '와/과')).toBe('과');
    expect(particleFor('셔츠', '와/과')).toBe('와');
    expect(particleFor('코트', '이/가')).toBe('가');
    expect(particleFor('니트', '을/를')).toBe('를');
    expect(particleFor('서울', '으로/로')).toBe('로');
    expect(particleFor('부산', '으로/로')).toBe('으로');
  });
  it('read digits and Latin letters as Koreans say them', () => {
    expect(particleFor('WELCOME10', '이/가')).toBe('이'); // 십
    expect(particleFor('SPRING2', '이/가')).toBe('가'); // 이
    expect(particleFor('010-1234-5678', '으로/로')).toBe('로'); // 팔
    expect(particleFor('010-1234-5673', '으로/로')).toBe('으로'); // 삼
    expect(particleFor('SALE', '이/가')).toBe('가');
    expect(particleFor('coupon', '이/가')).toBe('이');
    expect(particleFor('재킷!', '와/과')).toBe('과');
  });
  it('fill the catalogs', () => {
    const t = createTranslator(ko, INTL_LOCALE.ko);
    expect(t('search.noResults', { q: '재킷' })).toBe('“재킷”과 일치하는 상품이 없습니다.');
    expect(t('search.noResults', { q: '셔츠' })).toBe('“셔츠”와 일치하는 상품이 없습니다.');
    expect(t('offers.code_applied', { code: 'WELCOME10' })).toBe('코드 WELCOME10이 적용되었습니다.');
  });
});

describe('times', () => {
  const at = new Date('2026-12-02T05:40:00Z'); // 14:40 in Seoul
  it('tell Korean day periods as 오전/오후 whatever the runtime’s ICU data', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' } as const;
    expect(formatDateTime('ko-KR', options, at)).toMatch(/^2026\. 12\. 2\. 오후 2:40$/);
    expect(
      formatDateTime(
        'ko-KR',
        { hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Seoul' },
        new Date('2026-12-02T00:05:00Z'),
      ),
    ).toBe('오전 9:05');
    expect(formatDateTime('en-US', options, at)).toBe('Dec 2, 2026, 2:40 PM');
  });
  it('date order numbers in the shop’s time zone', () => {
    // 23:30 UTC on 1 December is 08:30 on 2 December in Seoul.
    expect(newOrderNumber(new Date('2026-12-01T23:30:00Z'))).toMatch(/^AI-261202-[2-9A-Z]{5}$/);
    expect(newOrderNumber(new Date('2026-12-02T14:59:00Z'))).toMatch(/^AI-261202-/);
    expect(newOrderNumber(new Date('2026-12-02T15:00:00Z'))).toMatch(/^AI-261203-/);
  });
});
