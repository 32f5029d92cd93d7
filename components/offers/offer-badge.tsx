'use client';

import { useCart } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import { useOffersHere, useShopperLocation } from '@/lib/offers/client';

/**
 * "Offer" on a product when an automatic offer covers its category where the shopper is.
 * Every badge on a page shares one request (the offers query is keyed by place).
 */
export function OfferBadge({ category, className = '' }: { category: string; className?: string }) {
  const { t } = useI18n();
  const { point } = useShopperLocation();
  const { data: cartData } = useCart();
  const { data: offers } = useOffersHere(point, point ? null : (cartData?.cart.pickupStoreId ?? null));
  const offer = offers?.find((o) => !o.code && (!o.categorySlugs || o.categorySlugs.includes(category)));
  if (!offer) return null;
  return (
    <span
      title={offer.title}
      className={`rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-white ${className}`}
    >
      {t('offers.badge')}
      <span className="sr-only">: {offer.title}</span>
    </span>
  );
}
