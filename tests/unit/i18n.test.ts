import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { ja } from '@/lib/i18n/messages/ja';
import { ko } from '@/lib/i18n/messages/ko';
import { unavailableMessages } from '@/lib/i18n/messages/unavailable';
import { createTranslator, formatMessage, INTL_LOCALE, LOCALES, resolveLocale } from '@/lib/i18n/translate';

describe('locale resolution', () => {
  it('prefers the shopper’s saved choice', () => {
    expect(resolveLocale('ko', 'en-US,en;q=0.9')).toBe('ko');
    expect(resolveLocale('en', 'ko-KR')).toBe('en');
  });
  it('falls back to the browser’s languages by quality', () => {
    expect(resolveLocale(undefined, 'ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(resolveLocale(undefined, 'fr-FR,en;q=0.5,ko;q=0.7')).toBe('ko');
    expect(resolveLocale(undefined, 'ja,fr')).toBe('ja');
    expect(resolveLocale(undefined, 'ja-JP,ja;q=0.9,en-US;q=0.8')).toBe('ja');
    expect(resolveLocale(undefined, 'fr,de')).toBe('en');
    expect(resolveLocale('xx', null)).toBe('en');
    expect(resolveLocale(undefined, 'ko;q=0')).toBe('en');
  });
});

describe('message catalogs', () => {
  const keys = (m: object, prefix = ''): string[] =>
    Object.entries(m).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
    );

  it('Korean has every English key, each translated and with the same placeholders', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
    const t = { en: createTranslator(en), ko: createTranslator(ko) };
    for (const key of keys(en)) {
      const [group, name] = key.split('.') as [keyof typeof en, string];
      const enText = (en[group] as Record<string, string>)[name]!;
      const koText = (ko[group] as Record<string, string>)[name]!;
      expect(koText.trim(), key).not.toBe('');
      const vars = (s: string) =>
        [
          ...new Set(
            [...s.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{(\w+)(?:, plural,|\||\})/g)].map((m) => m[1]),
          ),
        ].sort();
      expect(vars(koText), key).toEqual(vars(enText));
      if (!['site.name', 'pickup.distance'].includes(key))
        expect(/[가-힣]/.test(koText), `${key} is Korean`).toBe(true);
    }
    expect(t.ko('listing.resultsCount', { count: 3 })).toBe('상품 3개');
  });

  // Japanese: same keys and placeholders as English, Japanese script everywhere but brand and unit
  // strings, plurals the formatter can read, and none of the Korean particle syntax.
  it('Japanese has every English key, each translated and with the same placeholders', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    const vars = (s: string) =>
      [
        ...new Set(
          [...s.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{(\w+)(?:, plural,|\||\})/g)].map((m) => m[1]),
        ),
      ].sort();
    const notJapanese = ['site.name', 'pickup.distance', 'stores.distanceAway', 'backInStock.sms'];
    for (const key of keys(en)) {
      const [group, name] = key.split('.') as [keyof typeof en, string];
      const enText = (en[group] as Record<string, string>)[name]!;
      const jaText = (ja[group] as Record<string, string>)[name]!;
      expect(jaText.trim(), key).not.toBe('');
      expect(vars(jaText), key).toEqual(vars(enText));
      expect(jaText, `${key} has no Korean particle`).not.toMatch(/\{\w+\|/);
      expect(jaText, `${key} uses Japanese punctuation`).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff][.,](?:\s|$)/);
      if (!notJapanese.includes(key))
        expect(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(jaText), `${key} is Japanese`).toBe(true);
      // Every plural resolves: no ICU syntax may survive formatting with a count.
      if (jaText.includes(', plural,')) {
        for (const count of [0, 1, 2, 1234]) {
          const filled = formatMessage(jaText, { count }, INTL_LOCALE.ja);
          expect(filled, `${key} with ${count}`).not.toMatch(/plural|[{}]/);
        }
      }
    }
    const t = createTranslator(ja, INTL_LOCALE.ja);
    expect(t('listing.resultsCount', { count: 1234 })).toBe('1,234点');
    expect(t('listing.filtersOn', { count: 0 })).toBe('絞り込み');
    expect(t('listing.filtersOn', { count: 2 })).toBe('絞り込み（2）');
    expect(t('search.resultsFor', { q: 'ジャケット' })).toBe('「ジャケット」の検索結果');
  });

  it('every locale has the catalog the unavailable page shows', () => {
    for (const locale of LOCALES)
      expect(Object.keys(unavailableMessages[locale]).sort()).toEqual(Object.keys(unavailableMessages.en).sort());
    expect(unavailableMessages.ja.retry).toBe('もう一度試す');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator(en);
    expect(t('search.resultsFor', { q: 'wool' })).toBe('Results for “wool”');
    expect(t('search.resultsFor')).toBe('Results for “{q}”');
  });
});
