import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { addLine } from '@/lib/cart/mutate-cart';
import { readCart } from '@/lib/cart/read-cart';
import { variants } from '@/lib/db/schema';
import { MARKET_CODES, MARKETS, type MarketCode } from '@/lib/markets/markets';
import { writeMarketPrices, type ExplicitPrice } from '@/lib/markets/price-list';
import { convertPrice, includedTax } from '@/lib/markets/rounding';
import { setStock, warehouseLocationId } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const now = new Date('2026-12-02T03:00:00Z');
const isInt = (n: number) => Number.isSafeInteger(n);

describe(`a bag's totals in any market (${DB_LABEL})`, () => {
  it('total = Σ rounded lines − discounts + delivery (+ US tax), every amount an integer from the price list', async () => {
    const picked = await db.db.select({ id: variants.id, base: variants.priceAmount }).from(variants).limit(4);
    for (const m of ['KR', 'JP', 'SG'] as const) {
      const at = await warehouseLocationId(db.db, m);
      for (const v of picked) await setStock(db.db, at, v.id, 500);
    }
    const market = fc.constantFrom(...MARKET_CODES);
    const explicit = fc.array(
      fc.record({
        item: fc.nat({ max: picked.length - 1 }),
        market: fc.constantFrom<MarketCode>('JP', 'SG', 'US'),
        amount: fc.integer({ min: 0, max: 5_000_000 }),
      }),
      { maxLength: 4 },
    );
    const bag = fc.array(
      fc.record({ item: fc.nat({ max: picked.length - 1 }), quantity: fc.integer({ min: 1, max: 9 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    );
    await fc.assert(
      fc.asyncProperty(market, explicit, bag, async (code, prices, lines) => {
        const list: ExplicitPrice[] = [];
        for (const p of prices) {
          const variantId = picked[p.item]!.id;
          if (!list.some((x) => x.variantId === variantId && x.market === p.market))
            list.push({ variantId, market: p.market, amount: p.amount });
        }
        await writeMarketPrices(
          db.db,
          picked.map((v) => v.id),
          list,
        );
        const cartId = await findOrCreateCartId(db.db, { guestToken: newGuestToken() }, now, code);
        for (const l of lines)
          await addLine(
            db.db,
            cartId,
            { variantId: picked[l.item]!.id, quantity: l.quantity, fulfillment: { type: 'ship' } },
            { now },
          );
        const cart = await readCart(db.db, cartId, { now });
        const currency = MARKETS[code].currency;
        for (const line of cart.lines) {
          const base = picked.find((v) => v.id === line.variantId)!.base;
          const own = list.find((p) => p.variantId === line.variantId && p.market === code);
          expect(line.unitPrice).toEqual({ amount: own ? own.amount : convertPrice(base, MARKETS[code]), currency });
          expect(line.lineTotal.amount).toBe(line.unitPrice.amount * line.quantity);
        }
        const sum = cart.lines.reduce((n, l) => n + l.lineTotal.amount, 0);
        const discounts = cart.discounts.reduce((n, d) => n + d.amount.amount, 0);
        const delivery = cart.delivery?.fee.amount ?? 0;
        const added = cart.tax.included ? 0 : cart.tax.amount.amount;
        expect(cart.subtotal).toEqual({ amount: sum, currency });
        expect(cart.total).toEqual({ amount: sum - discounts + delivery + added, currency });
        if (cart.tax.included)
          expect(cart.tax.amount.amount).toBe(includedTax(sum - discounts + delivery, MARKETS[code]));
        for (const n of [sum, discounts, delivery, added, cart.total.amount, cart.tax.amount.amount])
          expect(isInt(n) && n >= 0).toBe(true);
      }),
      { numRuns: 12, seed: 1919 },
    );
  });
});
