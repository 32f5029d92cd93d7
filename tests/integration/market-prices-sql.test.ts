import { and, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '@/lib/db/rows';
import { variantPrices, variants } from '@/lib/db/schema';
import { MARKET_CODES, MARKETS } from '@/lib/markets/markets';
import { writeMarketPrices } from '@/lib/markets/price-list';
import { convertPrice } from '@/lib/markets/rounding';
import { useTestDb } from '../support/test-db';

const db = useTestDb();

async function pricesOf(variantId: string) {
  const rows = await db.db
    .select({ market: variantPrices.market, amount: variantPrices.amount, explicit: variantPrices.explicit })
    .from(variantPrices)
    .where(eq(variantPrices.variantId, variantId));
  return Object.fromEntries(rows.map((r) => [r.market, { amount: r.amount, explicit: r.explicit }]));
}

describe('the price list in the database', () => {
  it("derives a price exactly as convertPrice does (the migration's SQL and the app's TypeScript agree)", async () => {
    const samples = fc.sample(fc.integer({ min: 0, max: 90_000_000 }), { numRuns: 300, seed: 19 });
    const edges = [0, 1, 49, 50, 100, 149, 150, 12_345, 59_000, 62_500, 89_000];
    const bases = [...edges, ...samples];
    const rows = rowsOf(
      z.object({ base: z.number(), market: z.string(), amount: z.number() }),
      await db.db.execute(sql`
        SELECT b.base, m.code AS market, aisle_market_price(b.base, m.code) AS amount
        FROM unnest(${`{${bases.join(',')}}`}::int[]) AS b(base), unnest(${`{${MARKET_CODES.join(',')}}`}::text[]) AS m(code)`),
    );
    expect(rows).toHaveLength(bases.length * MARKET_CODES.length);
    const disagreeing = rows.filter(
      (r) => r.amount !== convertPrice(r.base, MARKETS[r.market as keyof typeof MARKETS]),
    );
    expect(disagreeing).toEqual([]);
  });

  it('prices every seeded variant in every market', async () => {
    const [counts] = rowsOf(
      z.object({ missing: z.coerce.number() }),
      await db.db.execute(sql`
        SELECT count(*) AS missing FROM variants v CROSS JOIN unnest(${`{${MARKET_CODES.join(',')}}`}::text[]) AS m(code)
        WHERE NOT EXISTS (SELECT 1 FROM variant_prices p WHERE p.variant_id = v.id AND p.market = m.code)`),
    );
    expect(counts?.missing).toBe(0);
  });

  it('keeps explicit prices when the base price changes, and derives the rest again', async () => {
    const [v] = await db.db.select({ id: variants.id, base: variants.priceAmount }).from(variants).limit(1);
    if (!v) throw new Error('seeded variants expected');
    await writeMarketPrices(db.db, [v.id], [{ variantId: v.id, market: 'JP', amount: 12_340 }]);
    expect((await pricesOf(v.id)).JP).toEqual({ amount: 12_340, explicit: true });

    await db.db.update(variants).set({ priceAmount: 100_000 }).where(eq(variants.id, v.id));
    const after = await pricesOf(v.id);
    expect(after.KR).toEqual({ amount: 100_000, explicit: false });
    expect(after.JP).toEqual({ amount: 12_340, explicit: true });
    expect(after.US).toEqual({ amount: convertPrice(100_000, MARKETS.US), explicit: false });

    // The retailer stops sending the JP price: it goes back to the derived one.
    await writeMarketPrices(db.db, [v.id]);
    expect((await pricesOf(v.id)).JP).toEqual({ amount: convertPrice(100_000, MARKETS.JP), explicit: false });
  });

  it('refuses a negative price and an explicit base-market price', async () => {
    const [v] = await db.db.select({ id: variants.id }).from(variants).limit(1);
    if (!v) throw new Error('seeded variants expected');
    await expect(
      db.db
        .update(variantPrices)
        .set({ amount: -1 })
        .where(and(eq(variantPrices.variantId, v.id), eq(variantPrices.market, 'SG'))),
    ).rejects.toThrow();
    await expect(writeMarketPrices(db.db, [v.id], [{ variantId: v.id, market: 'KR', amount: 1 }])).rejects.toThrow();
  });
});
