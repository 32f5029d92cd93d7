import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { hashGuestToken, readGuestToken } from '@/lib/cart/guest-cookie';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import type { Env } from '@/lib/env';
import type { RequestContext } from '@/lib/http/request-context';
import { readCookie } from '@/lib/http/read-cookie';
import type { MarketCode } from './markets';
import { MARKET_COOKIE, resolveMarket, type MarketSignals } from './resolve-market';

/** Who asks, as far as the market cares: the signed-in account and the guest bag's token. */
type Asker = { userId: string | null; guestToken: string | null };

const ownerRow = z.object({ cart: z.string().nullable(), account: z.string().nullable() });

/** The market of the asker's bag and of its account (either may be unset). */
export async function ownerMarkets(db: Db, asker: Asker): Promise<{ cart: string | null; account: string | null }> {
  if (asker.userId) {
    const [row] = rowsOf(
      ownerRow,
      await db.execute(sql`SELECT c.market AS cart, u.market AS account
        FROM users u LEFT JOIN carts c ON c.user_id = u.id WHERE u.id = ${asker.userId} LIMIT 1`),
    );
    return row ?? { cart: null, account: null };
  }
  if (!asker.guestToken) return { cart: null, account: null };
  const [row] = rowsOf(
    ownerRow,
    await db.execute(sql`SELECT market AS cart, NULL::char(2) AS account FROM carts
      WHERE token_hash = ${hashGuestToken(asker.guestToken)} AND merged_into_id IS NULL LIMIT 1`),
  );
  return row ?? { cart: null, account: null };
}

/** What the request's headers say, before anything is looked up: the cookie, the CDN's country, the languages. */
export function headerSignals(headers: Headers, env: Pick<Env, 'AISLE_GEO_COUNTRY_HEADER'>): MarketSignals {
  return {
    cookie: readCookie(headers, MARKET_COOKIE),
    country: env.AISLE_GEO_COUNTRY_HEADER ? headers.get(env.AISLE_GEO_COUNTRY_HEADER) : null,
    acceptLanguage: headers.get('accept-language'),
  };
}

/**
 * The market of a request, as lib/markets/resolve-market.ts orders the signals: `?market=` (API
 * calls), the bag's, the account's, the cookie, the CDN's country, the browser's languages, KR.
 * Route handlers pass their context; pages pass the request's headers and session (page-market.ts).
 */
export async function requestMarket(input: {
  db: Db;
  headers: Headers;
  env: Env;
  userId: string | null;
  query?: string | null;
}): Promise<MarketCode> {
  const guestToken = input.userId ? null : readGuestToken(input.headers, input.env);
  const owner = await ownerMarkets(input.db, { userId: input.userId, guestToken });
  return resolveMarket({ ...headerSignals(input.headers, input.env), ...owner, query: input.query });
}

/** A route handler's market: its context's caller and headers, and `?market=` where the route takes one. */
export function contextMarket(
  ctx: Pick<RequestContext<'shopper'>, 'db' | 'env' | 'request' | 'caller'>,
  query?: string | null,
): Promise<MarketCode> {
  return requestMarket({
    db: ctx.db,
    env: ctx.env,
    headers: ctx.request.headers,
    userId: ctx.caller.user?.id ?? null,
    query,
  });
}
