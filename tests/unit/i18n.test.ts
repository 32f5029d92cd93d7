import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { ko } from '@/lib/i18n/messages/ko';
import { createTranslator, resolveLocale } from '@/lib/i18n/translate';

describe('locale resolution', () => {
  it('prefers the shopper’s saved choice', () => {
    expect(resolveLocale('ko', 'en-US,en;q=0.9')).toBe('ko');
    expect(resolveLocale('en', 'ko-KR')).toBe('en');
  });
  it('falls back to the browser’s languages by quality', () => {
    expect(resolveLocale(undefined, 'ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(resolveLocale(undefined, 'fr-FR,en;q=0.5,ko;q=0.7')).toBe('ko');
    expect(resolveLocale(undefined, 'ja,fr')).toBe('en');
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

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator(en);
    expect(t('search.resultsFor', { q: 'wool' })).toBe('Results for “wool”');
    expect(t('search.resultsFor')).toBe('Results for “{q}”');
  });
});
