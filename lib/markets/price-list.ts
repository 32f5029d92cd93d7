import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-db';
import { variantPrices, variants } from '@/lib/db/schema';
import { BASE_MARKET, MARKET_CODES, marketOf, type MarketCode } from './markets';
import { convertPrice } from './rounding';

/** A retailer's own price for a variant in a market other than the base one; minor units of its currency. */
export type ExplicitPrice = { variantId: string; market: MarketCode; amount: number };

type PriceRow = typeof variantPrices.$inferInsert;

/**
 * Every market's row for one variant: the explicit price where the retailer set one, else the
 * base price converted by the market's rule. Pure, so the derivation is tested without a database.
 */
export function marketPriceRows(variantId: string, baseAmount: number, explicit: ExplicitPrice[] = []): PriceRow[] {
  return MARKET_CODES.map((code) => {
    const market = marketOf(code);
    const own = code === BASE_MARKET ? undefined : explicit.find((p) => p.variantId === variantId && p.market === code);
    return {
      variantId,
      market: code,
      amount: own ? own.amount : convertPrice(baseAmount, market),
      currency: market.currency,
      explicit: own !== undefined,
    };
  });
}

/**
 * Rewrites the price list of these variants from their base price (`variants.price_amount`) and
 * the explicit prices given: one row per market per variant, explicit prices kept as given, every
 * other market's price derived again (an explicit price the retailer no longer sends goes back to
 * the derived one). The base market's price is the base price itself: set it on the variant.
 * (A database trigger derives the rows of any variant written without this; this is the writer
 * that knows about explicit prices.)
 */
export async function writeMarketPrices(db: Db, variantIds: string[], explicit: ExplicitPrice[] = []): Promise<void> {
  if (explicit.some((p) => p.market === BASE_MARKET))
    throw new Error(`The ${BASE_MARKET} price is the variant's base price, not an explicit one`);
  if (variantIds.length === 0) return;
  const bases = await db
    .select({ id: variants.id, amount: variants.priceAmount })
    .from(variants)
    .where(inArray(variants.id, variantIds));
  const rows = bases.flatMap((v) => marketPriceRows(v.id, v.amount, explicit));
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(variantPrices)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [variantPrices.variantId, variantPrices.market],
        set: {
          amount: sql`excluded.amount`,
          currency: sql`excluded.currency`,
          explicit: sql`excluded.explicit`,
        },
      });
  }
}
