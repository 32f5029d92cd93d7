import type { CartNotice } from '@/lib/cart/schema';
import type { Translate, Vars } from '@/lib/i18n/translate';
import { isMarketCode, marketOf } from '@/lib/markets/markets';
import { formatMoney } from '@/lib/money';

/** A market's name in the reader's locale, and its currency. */
export function marketLabel(code: string, t: Translate): { name: string; currency: string } {
  if (!isMarketCode(code)) return { name: code, currency: '' };
  return { name: t(`markets.${code}`), currency: marketOf(code).currency };
}

/** The text of a notice a market change leaves on the bag, or null for the other notices. */
export function marketNoticeText(n: CartNotice, t: Translate, vars: Vars, intlLocale: string): string | null {
  const market = { ...vars, ...marketLabel(n.market ?? '', t) };
  switch (n.code) {
    case 'market_changed':
      return t('markets.marketNotice', market);
    case 'market_kept':
      return t('markets.keptNotice', market);
    case 'price_changed':
      return t('markets.priceNotice', {
        ...vars,
        from: n.from ? formatMoney(n.from, intlLocale) : '',
        to: n.to ? formatMoney(n.to, intlLocale) : '',
      });
    case 'moved_to_market_delivery':
      return t('markets.shipNotice', market);
    case 'dropped_for_market':
      return t('markets.droppedNotice', market);
    case 'offer_code_dropped':
      return t('markets.codeNotice', { ...market, code: n.offerCode ?? '' });
    default:
      return null;
  }
}
