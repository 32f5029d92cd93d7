import 'server-only';
import { count, eq, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { epochCached } from '@/lib/db/epoch-cache';
import { emailIdentitySql, offerRedemptions, offers, orders, stores, type OfferRow } from '@/lib/db/schema';
import { emailIdentity } from './email-identity';
import type { MarketCode } from '@/lib/markets/markets';
import type { OfferRule, StorePlace } from './engine';

export function toRule(row: OfferRow): OfferRule {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    code: row.code,
    discount:
      row.discountType === 'percent'
        ? { type: 'percent', percent: row.discountValue }
        : { type: 'fixed', amount: row.discountValue },
    market: row.market,
    currency: row.currency,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    channels: row.channels,
    audience: row.audience,
    minSubtotal: row.minSubtotal,
    categoryIds: row.categoryIds,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    redeemedCount: row.redeemedCount,
    target:
      row.targetKind === 'store'
        ? { kind: 'store', storeId: row.targetStoreId!, radiusMeters: row.targetRadiusMeters! }
        : row.targetKind === 'region'
          ? { kind: 'region', region: row.targetRegion! }
          : { kind: 'everywhere' },
    listed: row.listed,
  };
}

/**
 * The market's offers (a retailer runs dozens per market, not thousands, so the engine sees them
 * all), and the offer with the bag's code whatever its market, so the engine can say a code is
 * another market's rather than unknown.
 */
export async function loadOfferRules(
  db: Db,
  scope: { market: MarketCode; code?: string | null; epoch?: number },
): Promise<OfferRule[]> {
  const code = scope.code?.toUpperCase();
  if (scope.epoch !== undefined) {
    // Every market's offers, kept while the catalog epoch stands (lib/db/epoch-cache.ts): dozens each.
    const all = await epochCached(scope.epoch, 'offer-rules', async () => (await db.select().from(offers)).map(toRule));
    return all.filter((r) => r.market === scope.market || (code !== undefined && r.code === code));
  }
  const inMarket = eq(offers.market, scope.market);
  const rows = await db
    .select()
    .from(offers)
    .where(code ? or(inMarket, eq(offers.code, code)) : inMarket);
  return rows.map(toRule);
}

/** Every store's place; kept while the catalog epoch stands when one is given. */
export async function loadStorePlaces(db: Db, epoch?: number): Promise<Map<string, StorePlace>> {
  const load = async () => {
    const rows = await db
      .select({ id: stores.id, name: stores.name, lat: stores.lat, lng: stores.lng, region: stores.region })
      .from(stores);
    return new Map(rows.map((s) => [s.id, s]));
  };
  return epoch === undefined ? load() : epochCached(epoch, 'store-places', load);
}

/**
 * Who a use of an offer counts against: the account, else the mailbox of a guest checkout (every
 * spelling of it: `a+1@` is `a@`), so a per-customer limit is not had again by a new alias.
 */
export function customerKey(customer: { userId?: string | null; email?: string | null }): string | null {
  if (customer.userId) return `user:${customer.userId}`;
  return customer.email ? `email:${emailIdentity(customer.email)}` : null;
}

/**
 * Orders the customer placed before (online), or null when we cannot know yet. An e-mail counts
 * every spelling of its mailbox (`a+1@` is `a@`), so a first-order offer is not had twice.
 */
export async function priorOrderCount(
  db: Db,
  customer: { userId?: string | null; email?: string | null },
): Promise<number | null> {
  const conditions = [
    ...(customer.userId ? [eq(orders.userId, customer.userId)] : []),
    ...(customer.email ? [sql`${emailIdentitySql(orders.email)} = ${emailIdentity(customer.email)}`] : []),
  ];
  if (conditions.length === 0) return null;
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(conditions.length === 1 ? conditions[0] : or(...conditions));
  return Number(row?.n ?? 0);
}

export async function usesByOffer(db: Db, key: string | null): Promise<Map<string, number>> {
  if (!key) return new Map();
  const rows = await db
    .select({ offerId: offerRedemptions.offerId, n: count() })
    .from(offerRedemptions)
    .where(eq(offerRedemptions.customerKey, key))
    .groupBy(offerRedemptions.offerId);
  return new Map(rows.map((r) => [r.offerId, Number(r.n)]));
}
