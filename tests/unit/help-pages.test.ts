import { describe, expect, it } from 'vitest';
import { HELP_PAGES, helpText } from '@/lib/legal/content';
import { LOCALES } from '@/lib/i18n/translate';

/* The customer-service pages say the same in every locale: the same sections and as many points. */
describe('help pages', () => {
  const pages = HELP_PAGES.filter((p) => p !== 'business');
  it('every locale has every page with the English outline', () => {
    for (const locale of LOCALES) {
      for (const page of pages) {
        const text = helpText(locale, page);
        const en = helpText('en', page);
        expect(
          text.sections.map((s) => s.items.length),
          `${locale} ${page}`,
        ).toEqual(en.sections.map((s) => s.items.length));
        expect(text.title.trim(), `${locale} ${page}`).not.toBe('');
      }
    }
  });

  it('the Japanese pages are Japanese, with the figures the English ones state', () => {
    for (const page of pages) {
      const ja = helpText('ja', page);
      const en = helpText('en', page);
      const all = (t: typeof ja) => [t.title, t.intro, ...t.sections.flatMap((s) => [s.heading, ...s.items])];
      for (const line of all(ja)) expect(line, `${page}: ${line}`).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      // Amounts, periods and limits are the policy: none may be lost or changed in translation
      // (a lone 1 aside: English spells "one business day", Japanese writes 1営業日).
      const figures = (t: typeof ja) =>
        (
          all(t)
            .join(' ')
            .match(/₩\d+(?:,\d{3})*|\d+/g) ?? []
        )
          .filter((f) => f !== '1')
          .sort();
      expect(figures(ja), page).toEqual(figures(en));
    }
  });
});
