'use client';

import { useCart } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import { useOffersHere, useShopperLocation } from '@/lib/offers/client';
import { reasonText } from '@/lib/offers/reason';

/** The offers that cover this product's category where the shopper is, with their reasons. */
export function ProductOffers({ category }: { category: string }) {
  const { t, locale, intlLocale } = useI18n();
  const { point } = useShopperLocation();
  const { data: cartData } = useCart();
  const { data: offers } = useOffersHere(point, point ? null : (cartData?.cart.pickupStoreId ?? null));
  const here = (offers ?? []).filter((o) => !o.categorySlugs || o.categorySlugs.includes(category)).slice(0, 2);
  if (here.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1" aria-label={t('offers.discounts')}>
      {here.map((o) => (
        <li key={o.id} className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-white">
            {t('offers.badge')}
          </span>
          <span className="font-medium">{o.title}</span>
          <span className="text-muted">
            · {o.code ? t('offers.useCode', { code: o.code }) : reasonText(o.reasonDetail, t, locale, intlLocale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
