'use client';

import { useI18n } from '@/lib/i18n/client';
import { formatMoney } from '@/lib/money';
import { discountText } from '@/lib/offers/reason';
import type { OfferHint } from '@/lib/offers/schema';

/** Offers the bag is short of: "₩41,000 more to use code AISLE20K: ₩20,000 off". */
export function OfferHints({ hints }: { hints: OfferHint[] }) {
  const { t, intlLocale } = useI18n();
  if (hints.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1 text-sm" aria-label={t('offers.discounts')}>
      {hints.slice(0, 3).map((h) => {
        const vars = {
          amount: formatMoney(h.spendMore, intlLocale),
          discount: discountText(h.discount, t, intlLocale),
        };
        return (
          <li key={h.offerId} className="text-muted" data-testid="offer-hint">
            {h.code
              ? t('offers.spendMoreCode', { ...vars, code: h.code })
              : t('offers.spendMoreOffer', { ...vars, title: h.title })}
          </li>
        );
      })}
    </ul>
  );
}
