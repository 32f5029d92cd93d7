import { describe, expect, it } from 'vitest';
import { noticeText } from '@/components/cart/cart-notices';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, LOCALES } from '@/lib/i18n/translate';

const t = (locale: (typeof LOCALES)[number]) => createTranslator(getMessages(locale), INTL_LOCALE[locale]);
const priceChanged = {
  code: 'price_changed' as const,
  title: 'Packable Nylon Tote',
  from: { amount: 3190, currency: 'JPY' },
  to: { amount: 2690, currency: 'SGD' },
};

describe('what a market change tells about the bag, in every locale', () => {
  it('says each price before and after, formatted for the reader', () => {
    // Intl puts a no-break space between a currency code and the amount: \s matches it.
    expect(noticeText(priceChanged, t('en'), INTL_LOCALE.en)).toMatch(
      /^Packable Nylon Tote: ¥3,190 is now SGD\s26\.90\.$/,
    );
    expect(noticeText(priceChanged, t('ko'), INTL_LOCALE.ko)).toMatch(
      /^Packable Nylon Tote: JP¥3,190에서 SGD\s26\.90으로/,
    );
    expect(noticeText(priceChanged, t('ja'), INTL_LOCALE.ja)).toMatch(/3,190 から SGD\s?26\.90 に変わりました。$/);
  });

  it('names the market in the reader’s language, with its currency', () => {
    const notice = { code: 'market_changed' as const, market: 'JP' };
    expect(noticeText(notice, t('en'), INTL_LOCALE.en)).toBe('Your bag is now priced for Japan, in JPY.');
    expect(noticeText(notice, t('ko'), INTL_LOCALE.ko)).toBe('장바구니를 일본 가격(JPY)으로 바꿨습니다.');
    expect(noticeText({ code: 'offer_code_dropped', market: 'SG', offerCode: 'AISLE20K' }, t('en'), 'en-US')).toBe(
      'Code AISLE20K does not apply in Singapore, so it was removed.',
    );
    for (const locale of LOCALES) {
      for (const code of ['market_kept', 'moved_to_market_delivery', 'dropped_for_market'] as const) {
        const text = noticeText({ code, market: 'SG', title: 'Ripstop Daypack' }, t(locale), INTL_LOCALE[locale]);
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });
});
