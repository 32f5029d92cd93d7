'use client';

import { useCart } from '@/lib/cart/client';
import type { Money } from '@/lib/money';
import { useOffersHere, useShopperLocation } from './client';
import { itemOffer } from './item-offer';

/** The offers where this shopper is, as the bag prices them: their position, else their bag's pickup store. */
export function useOffersForShopper() {
  const { point } = useShopperLocation();
  const { data: cartData } = useCart();
  return useOffersHere(point, point ? null : (cartData?.cart.pickupStoreId ?? null));
}

/** The automatic offer one of this item gets in a bag of its own, and its price then (null: none). */
export function useItemOffer(item: { category: string; price: Money }) {
  const { data: offers } = useOffersForShopper();
  return offers ? itemOffer(offers, item) : null;
}
