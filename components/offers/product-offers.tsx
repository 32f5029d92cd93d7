'use client';

import { useI18n } from '@/lib/i18n/client';
import type { Money } from '@/lib/money';
import { codesForItem, itemOffer } from '@/lib/offers/item-offer';
import { discountText, offerHeadline, reasonText } from '@/lib/offers/reason';
import { useOffersForShopper } from '@/lib/offers/use-item-offer';

/**
 * The offers this item gets where the shopper is: the automatic one its price already shows,
 * with its reason, and the codes it alone qualifies for. An offer whose minimum the item
 * cannot reach alone is not told here; the bag says how much more it takes.
 */
export function ProductOffers({ category, price }: { category: string; price: Money }) {
  const { t, locale, intlLocale } = useI18n();
  const { data: offers } = useOffersForShopper();
  if (!offers) return null;
  const item = { category, price };
  const applied = itemOffer(offers, item);
  const codes = codesForItem(offers, item).slice(0, 2);
  if (!applied && codes.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1" aria-label={t('offers.discounts')}>
      {applied && (
        <li className="flex flex-wrap items-center gap-2 text-sm" data-testid="product-offer">
          <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-white">
            {offerHeadline(applied.offer, t, locale, intlLocale)}
          </span>
          <span className="font-medium" lang={applied.offer.titleLang}>
            {applied.offer.title}
          </span>
          <span className="text-muted">· {reasonText(applied.offer.reasonDetail, t, locale, intlLocale)}</span>
        </li>
      )}
      {codes.map((o) => (
        <li key={o.id} className="flex flex-wrap items-center gap-2 text-sm" data-testid="product-code">
          <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-semibold text-accent">
            {t('offers.codeForItem', { code: o.code ?? '', discount: discountText(o.discount, t, intlLocale) })}
          </span>
          <span className="text-muted" lang={o.titleLang}>
            {o.title}
          </span>
        </li>
      ))}
    </ul>
  );
}
