/**
 * The cart's TanStack Query keys, apart from the hooks: the offline queue and the shopper's
 * location refresh the cart, and lib/cart/client.ts itself depends on both.
 */
export const cartKeys = { all: ['cart'] as const };
