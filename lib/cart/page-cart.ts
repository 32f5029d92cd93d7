import 'server-only';
import { headers } from 'next/headers';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { readCallerCart, type ShopperContext } from './caller-cart';
import type { CartData } from './client';
import { cartEtag } from './etag';
import { readGuestToken } from './guest-cookie';

/**
 * The bag as the bag page renders it on the server, read as GET /api/cart reads it (the caller's
 * cookies, place and language): the page opens on the shopper's bag, not on a placeholder waiting
 * for the browser's first read. Null when only the API may answer: a signed-in shopper still
 * holding a guest bag, which the API's read merges into the account (a page never writes).
 * The bag page is personal (`private, no-store`, never kept by the service worker).
 */
export async function readPageCart(): Promise<CartData | null> {
  // The request first: nothing is opened while the build prerenders (the page is per request).
  const headerStore = await headers();
  const db = await getDb();
  const env = readEnv();
  const now = new Date();
  const caller = { user: await getSessionUser(db, now), guestToken: readGuestToken(headerStore, env) };
  if (caller.user && caller.guestToken) return null;
  const request = new Request(new URL('/cart', 'http://aisle.invalid'), { headers: new Headers(headerStore) });
  const { cart } = await readCallerCart({ db, now, env, caller, request } as ShopperContext);
  return { cart, etag: cart.id ? cartEtag(cart) : null };
}
