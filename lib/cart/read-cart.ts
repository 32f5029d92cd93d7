import 'server-only';
import { localizeLines } from '@/lib/catalog/localize-lines';
import { localizeCartOffers } from '@/lib/offers/localize-offers';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/translate';
import { storeTextIn } from '@/lib/stores/store-text';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { cartViewEpochSql } from '@/lib/db/epoch-cache';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { loadOfferRules } from '@/lib/offers/repository';
import { shownAvailableSql } from '@/lib/inventory/available-sql';
import { cartLines } from '@/lib/db/schema';
import type { LatLng } from '@/lib/geo/distance';
import { choosePlace } from '@/lib/offers/engine';
import { priceOffers, toAppliedDiscounts } from '@/lib/offers/price-offers';
import { quoteDelivery } from '@/lib/delivery/engine';
import { loadDeliveryRules } from '@/lib/delivery/repository';
import { toDeliveryQuoteWire } from '@/lib/delivery/schema';
import { shippingWarehouseSql } from '@/lib/markets/fulfilment-sql';
import { BASE_MARKET, marketOf, marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { addedTax, taxOf } from '@/lib/markets/tax';
import { cartContextDigest, cartViewEtag, cartViewUntil } from './etag';
import { cartNoticeSchema, type Cart, type CartLine } from './schema';

const lineRow = z.object({
  id: z.string(),
  variant_id: z.string(),
  sku: z.string(),
  product_id: z.string(),
  handle: z.string(),
  title: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  image_url: z.string().nullable(),
  image_alt: z.string().nullable(),
  quantity: sqlNumber,
  price_amount: sqlNumber,
  currency: z.string(),
  fulfillment: z.enum(cartLines.fulfillment.enumValues),
  store_id: z.string().nullable(),
  category_id: z.string(),
  available: sqlNumber,
});

const cartHead = z.object({
  id: z.string(),
  version: sqlNumber,
  market: z.string(),
  currency: z.string(),
  pickup_store_id: z.string().nullable(),
  pickup_store_name: z.string().nullable(),
  pickup_store_street: z.string().nullable(),
  pickup_store_city: z.string().nullable(),
  pickup_store_translations: z.record(z.string(), z.record(z.string(), z.string())).nullable(),
  user_id: z.string().nullable(),
  offer_code: z.string().nullable(),
  notices: z.array(cartNoticeSchema).nullable(),
  epoch: sqlNumber,
});

/**
 * What the cart's offers depend on besides the cart: a position the shopper allowed and the
 * CDN's region, from the request (never stored), and the time.
 */
/** Where and when the cart is read, and in which language its lines are named. */
export type CartContext = { point?: LatLng; region?: string; now?: Date; locale?: Locale };

export function emptyCart(market: MarketCode = BASE_MARKET): Cart {
  const currency = marketOf(market).currency;
  const zero = { amount: 0, currency };
  return {
    id: null,
    version: 0,
    market,
    currency,
    pickupStoreId: null,
    pickupStore: null,
    lines: [],
    itemCount: 0,
    subtotal: zero,
    discounts: [],
    offerCode: null,
    offerHints: [],
    delivery: null,
    tax: { included: marketOf(market).taxInclusive, amount: zero, estimated: !marketOf(market).taxInclusive },
    total: zero,
  };
}

/** The cart as shoppers and the API see it: lines with prices, images and live availability. */
export async function readCart(db: Db, cartId: string, context: CartContext = {}): Promise<Cart> {
  const head = rowsOf(
    cartHead,
    await db.execute(sql`
      SELECT c.id, c.version, c.market, c.currency, c.pickup_store_id, s.name AS pickup_store_name, s.street AS pickup_store_street, s.city AS pickup_store_city,
        s.translations AS pickup_store_translations, c.user_id, c.offer_code,
        c.notices, ${cartViewEpochSql} AS epoch
      FROM carts c LEFT JOIN stores s ON s.id = c.pickup_store_id WHERE c.id = ${cartId}`),
  )[0];
  if (!head) return emptyCart();
  const market = marketOrBase(head.market);
  const epoch = Number(head.epoch);
  const lines = rowsOf(
    lineRow,
    await db.execute(sql`
      SELECT l.id, l.variant_id, v.sku, p.id AS product_id, p.handle, p.title, v.size, v.color,
        img.url AS image_url, img.alt AS image_alt, l.quantity, vp.amount AS price_amount, vp.currency,
        l.fulfillment, l.store_id, p.category_id,
        coalesce(${shownAvailableSql('sl', 'loc')}, 0) AS available
      FROM cart_lines l
      JOIN variants v ON v.id = l.variant_id
      JOIN products p ON p.id = v.product_id
      -- The bag's market's price list: every line is priced in the bag's currency.
      JOIN variant_prices vp ON vp.variant_id = v.id AND vp.market = ${market}
      LEFT JOIN inventory_locations loc
        ON (l.fulfillment = 'ship' AND ${shippingWarehouseSql('loc', market)}) OR (l.fulfillment = 'pickup' AND loc.store_id = l.store_id)
      LEFT JOIN stock_levels sl ON sl.location_id = loc.id AND sl.variant_id = l.variant_id
      LEFT JOIN LATERAL (
        SELECT url, alt FROM product_images i
        WHERE i.product_id = p.id ORDER BY (i.color IS NOT DISTINCT FROM v.color) DESC, i.position LIMIT 1
      ) img ON true
      WHERE l.cart_id = ${cartId}
      ORDER BY l.created_at, l.id`),
  );
  const baseLines: CartLine[] = lines.map((l) => ({
    id: l.id,
    variantId: l.variant_id,
    sku: l.sku,
    productId: l.product_id,
    handle: l.handle,
    title: l.title,
    options: { ...(l.size ? { size: l.size } : {}), ...(l.color ? { color: l.color } : {}) },
    image: l.image_url ? { url: l.image_url, alt: l.image_alt ?? l.title } : null,
    quantity: Number(l.quantity),
    unitPrice: { amount: Number(l.price_amount), currency: l.currency },
    lineTotal: { amount: Number(l.price_amount) * Number(l.quantity), currency: l.currency },
    fulfillment: l.fulfillment === 'pickup' ? { type: 'pickup', storeId: l.store_id ?? '' } : { type: 'ship' },
    available: Number(l.available),
  }));
  const cartLines = await localizeLines(db, baseLines, context.locale ?? DEFAULT_LOCALE);
  const subtotal = cartLines.reduce((sum, l) => sum + l.lineTotal.amount, 0);
  const place = choosePlace({ ...context, storeId: head.pickup_store_id });
  const now = context.now ?? new Date();
  const priced = await priceOffers(db, {
    basket: {
      lines: lines.map((l) => ({ categoryId: l.category_id, amount: Number(l.price_amount) * Number(l.quantity) })),
    },
    code: head.offer_code,
    place,
    customer: { userId: head.user_id },
    now,
    channel: 'online',
    market,
    epoch,
  });
  // When time alone changes this view: an offer of the market (or the bag's code) that starts or ends.
  const until = cartViewUntil(now, await loadOfferRules(db, { market, code: head.offer_code, epoch }));
  const { discounts, offerHints } = await localizeCartOffers(
    db,
    { discounts: toAppliedDiscounts(priced.applied, head.currency), offerHints: priced.hints },
    context.locale ?? DEFAULT_LOCALE,
  );
  const discountTotal = discounts.reduce((n, d) => n + d.amount.amount, 0);
  const shipped = cartLines.reduce((n, l) => n + (l.fulfillment.type === 'ship' ? l.lineTotal.amount : 0), 0);
  const quotes = shipped > 0 ? quoteDelivery(await loadDeliveryRules(db, head.currency, epoch), shipped, now) : [];
  // The total includes the first option (the cheapest); checkout may choose another.
  const deliveryFee = quotes[0]?.fee ?? 0;
  // No shipping address yet: US sales tax is an estimate until checkout knows the state.
  const tax = taxOf(market, { goods: subtotal - discountTotal, delivery: deliveryFee });
  return {
    id: head.id,
    version: Number(head.version),
    market,
    currency: head.currency,
    pickupStoreId: head.pickup_store_id,
    pickupStore: head.pickup_store_id
      ? {
          id: head.pickup_store_id,
          name: storeTextIn(
            {
              name: head.pickup_store_name ?? '',
              street: head.pickup_store_street ?? '',
              city: head.pickup_store_city ?? '',
              translations: head.pickup_store_translations ?? {},
            },
            context.locale ?? DEFAULT_LOCALE,
          ).name,
        }
      : null,
    lines: cartLines,
    itemCount: cartLines.reduce((n, l) => n + l.quantity, 0),
    subtotal: { amount: subtotal, currency: head.currency },
    discounts,
    offerCode: head.offer_code ? { code: head.offer_code, status: priced.codeStatus ?? 'applied' } : null,
    offerHints,
    delivery:
      shipped > 0
        ? {
            options: quotes.map((q) => toDeliveryQuoteWire(q, head.currency)),
            option: quotes[0]?.code ?? null,
            fee: { amount: deliveryFee, currency: head.currency },
          }
        : null,
    tax: { included: tax.included, amount: { amount: tax.amount, currency: head.currency }, estimated: tax.estimated },
    total: { amount: subtotal - discountTotal + deliveryFee + addedTax(tax), currency: head.currency },
    ...(head.notices?.length ? { notices: head.notices } : {}),
    etag: cartViewEtag({
      id: head.id,
      version: Number(head.version),
      epoch,
      until,
      context: cartContextDigest(context),
    }),
  };
}
