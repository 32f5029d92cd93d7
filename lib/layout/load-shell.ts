import 'server-only';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { getSessionUser } from '@/lib/auth/session';
import { guestCookieName } from '@/lib/cart/guest-cookie';
import { pageOwnerTag } from '@/lib/cart/owner-tag';
import { listCategoriesIn } from '@/lib/catalog/localize-catalog';
import { getDb } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { clientMessages } from '@/lib/i18n/catalogs';
import { SHOP_CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { getI18n } from '@/lib/i18n/server';
import { getMarket } from '@/lib/markets/page-market';

/** What the storefront's shell needs from the request: locale, market, categories, who is signed in, whose cart. */
export async function loadShell() {
  // Every page depends on the request (session, locale, live stock): never prerendered at build.
  await connection();
  const db = await getDb();
  const [{ locale, t }, user, cookieStore, market] = await Promise.all([
    getI18n(),
    getSessionUser(db),
    cookies(),
    getMarket(),
  ]);
  const categories = await listCategoriesIn(db, locale);
  // Whose cart this page writes to: offline writes carry it, and are refused for anyone else.
  const owner = pageOwnerTag(user, cookieStore.get(guestCookieName(readEnv()))?.value ?? null);
  // Only the page's locale, and only what client components translate: not the whole catalog in the HTML.
  const messages = clientMessages(locale, SHOP_CLIENT_NAMESPACES);
  return { locale, messages, t, categories, userName: user?.name ?? null, owner, market: market.code };
}
