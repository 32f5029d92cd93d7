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
function useCardsShared(): CardsShared | null {
  return useContext(CardsContext);
}

/**
 * Renders with the offers where the shopper is: the grid's, read once, or (a card outside a
 * grid) read here. Each component calls its hooks unconditionally: being inside a provider or
 * not never changes in a component's life.
 */
export function WithCardOffers({ children }: { children: (offers: Offer[] | undefined) => ReactNode }) {
  const shared = useCardsShared();
  return shared ? children(shared.offers) : <OwnOffers>{children}</OwnOffers>;
}

function OwnOffers({ children }: { children: (offers: Offer[] | undefined) => ReactNode }) {
  return children(useOffersForShopper().data);
}

/** The same for the ids on the shopper's wishlist. */
export function WithCardWishlist({ children }: { children: (ids: Set<string>) => ReactNode }) {
  const shared = useCardsShared();
  return shared ? children(shared.wishlist.ids) : <OwnWishlist>{children}</OwnWishlist>;
}

function OwnWishlist({ children }: { children: (ids: Set<string>) => ReactNode }) {
  return children(useWishlistIds().ids);
}
