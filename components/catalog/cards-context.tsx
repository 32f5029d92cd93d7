'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Offer } from '@/lib/offers/schema';
import { useOffersForShopper } from '@/lib/offers/use-item-offer';
import { useWishlistIds } from '@/lib/wishlist/client';

/** What every product card of a grid reads alike: the offers where the shopper is, their wishlist. */
type CardsShared = { offers: Offer[] | undefined; wishlist: { ids: Set<string>; ready: boolean } };

const CardsContext = createContext<CardsShared | null>(null);

/**
 * Around a grid of product cards: the offers and the wishlist are read once here, not once per
 * badge, price and heart (three queries' observers per card, dozens on a category page, all set
 * up in hydration). A card outside one reads them itself.
 */
export function CardsProvider({ children }: { children: ReactNode }) {
  const { data: offers } = useOffersForShopper();
  const wishlist = useWishlistIds();
  return <CardsContext.Provider value={{ offers, wishlist }}>{children}</CardsContext.Provider>;
}

/** The grid's shared reads, or null outside a `CardsProvider`. */
export function useCardsShared(): CardsShared | null {
  return useContext(CardsContext);
}
