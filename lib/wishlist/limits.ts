/** The most products a wishlist keeps; apart from the schemas so the heart in the browser does not ship zod. */
export const WISHLIST_MAX = 200;
