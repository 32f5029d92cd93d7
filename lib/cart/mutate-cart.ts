import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { z } from 'zod';
import { inOneTransaction } from '@/lib/db/in-transaction';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { cartLines, carts, products, variants } from '@/lib/db/schema';
import { assertTakesPickup, pickupUnavailable, storeInMarket } from '@/lib/stores/assert-takes-pickup';
import { AppError, notFoundError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { availableAt, readPlacement, type LineLocation, type Placement } from './stock';
import { MAX_LINE_QUANTITY, type AddLineBody, type CartNotice, type Fulfillment, type PatchLineBody } from './schema';

export type Opts = { expectedVersion?: number; now: Date };
type Tx = Db;

type Place = LineLocation;
const lineLocationOf = (f: Fulfillment): Place =>
  f.type === 'ship' ? { fulfillment: 'ship', storeId: null } : { fulfillment: 'pickup', storeId: f.storeId };

/** The locked cart as a change sees it: its market and pickup store (kept up to date by the change). */
export type LockedCart = { market: MarketCode; pickupStoreId: string | null };

const lockedRow = z.object({ version: sqlNumber, market: z.string(), pickup_store_id: z.string().nullable() });

/**
 * Locks the cart row for this transaction, checks the caller's expected version, and bumps it:
 * one statement (UPDATE … RETURNING locks the row as SELECT … FOR UPDATE would, and a refusal rolls
 * the bump back with the rest). Inside a transaction already (withCallerCart's), it runs in that
 * one. Then every pickup line is aligned with the bag's pickup store (alignPickupLines), read
 * again; `align: 'tracked'` is for a change that keeps `cart.pickupStoreId` as it sets it (the
 * store is not read again), `false` for one that moves no line to or from pickup and sets no
 * pickup store, which cannot leave a pickup line astray.
 */
export async function withLockedCart<T>(
  db: Db,
  cartId: string,
  opts: Opts,
  change: (tx: Tx, cart: LockedCart) => Promise<T>,
  { align = true }: { align?: boolean | 'tracked' } = {},
): Promise<T> {
  return inOneTransaction(db, async (tx) => {
    const [cart] = rowsOf(
      lockedRow,
      await tx.execute(sql`UPDATE carts SET version = version + 1, updated_at = ${opts.now.toISOString()}
        WHERE id = ${cartId} RETURNING version - 1 AS version, market, pickup_store_id`),
    );
    if (!cart) throw notFoundError('Cart');
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== Number(cart.version)) {
      throw new AppError('version_conflict', 'The cart changed since you loaded it; reload and try again');
    }
    const locked: LockedCart = { market: marketOrBase(cart.market), pickupStoreId: cart.pickup_store_id };
    const result = await change(tx, locked);
    if (align) await alignPickupLines(tx, cartId, align === 'tracked' ? locked : undefined);
    return result;
  });
}

/**
 * The bag's one pickup rule: every pickup line is for the bag's pickup store, so the bag never
 * says "Pickup store: Jamsil" beside a line for Haeundae. Run after every change (in
 * withLockedCart and the sign-in merge): a pickup line for another store moves to the bag's
 * store (joining a line of the same item there, up to the per-line limit), or to delivery when
 * the bag has no store. Quantities are kept; what the new place cannot supply is told in the
 * bag's notices (kept until dismissed), so the shopper decides.
 */
export async function alignPickupLines(tx: Tx, cartId: string, known?: LockedCart): Promise<CartNotice[]> {
  const [cart] = known
    ? [{ storeId: known.pickupStoreId, market: known.market }]
    : await tx.select({ storeId: carts.pickupStoreId, market: carts.market }).from(carts).where(eq(carts.id, cartId));
  const storeId = cart?.storeId ?? null;
  const market = marketOrBase(cart?.market);
  const stray = await tx
    .select()
    .from(cartLines)
    .where(
      and(
        eq(cartLines.cartId, cartId),
        eq(cartLines.fulfillment, 'pickup'),
        sql`${cartLines.storeId} IS DISTINCT FROM ${storeId}`,
      ),
    );
  if (stray.length === 0) return [];
  const place: Place = storeId ? { fulfillment: 'pickup', storeId } : { fulfillment: 'ship', storeId: null };
  const variantIds = [...new Set(stray.map((l) => l.variantId))];
  const names = new Map(
    (
      await tx
        .select({ id: variants.id, sku: variants.sku, title: products.title })
        .from(variants)
        .innerJoin(products, eq(products.id, variants.productId))
        .where(inArray(variants.id, variantIds))
    ).map((v) => [v.id, v]),
  );
  const notices: CartNotice[] = [];
  for (const variantId of variantIds) {
    const moving = stray.filter((l) => l.variantId === variantId);
    const target = await findLine(tx, cartId, variantId, place);
    const wanted = (target?.quantity ?? 0) + moving.reduce((n, l) => n + l.quantity, 0);
    const quantity = Math.min(wanted, MAX_LINE_QUANTITY);
    const [keep, ...rest] = target ? [target, ...moving] : moving;
    await tx
      .update(cartLines)
      .set({ quantity, ...place })
      .where(eq(cartLines.id, keep!.id));
    if (rest.length)
      await tx.delete(cartLines).where(
        inArray(
          cartLines.id,
          rest.map((l) => l.id),
        ),
      );
    const about = { sku: names.get(variantId)?.sku, title: names.get(variantId)?.title };
    const available = await availableAt(tx, variantId, place, market);
    if (quantity < wanted) notices.push({ code: 'quantity_capped', ...about, requested: wanted, kept: quantity });
    if (!storeId) notices.push({ code: 'moved_to_delivery', ...about, count: quantity });
    else if (available < quantity)
      notices.push({ code: 'availability_changed', ...about, requested: quantity, kept: available });
  }
  if (notices.length)
    await tx
      .update(carts)
      .set({ notices: sql`coalesce(${carts.notices}, '[]'::jsonb) || ${JSON.stringify(notices)}::jsonb` })
      .where(eq(carts.id, cartId));
  return notices;
}

/**
 * A line added or moved for pickup at a store makes that store the bag's pickup store; it must
 * take pickups. The store and its stock pool come with the placement (readPlacement).
 */
async function adoptPickupStore(tx: Tx, cartId: string, place: Place, placement: Placement, cart: LockedCart) {
  if (place.fulfillment !== 'pickup' || !place.storeId) return;
  if (!placement.locationId)
    throw new AppError('invalid_request', 'No such store', { fields: { 'fulfillment.storeId': ['No such store'] } });
  const store = storeInMarket(placement.store, 'fulfillment.storeId', cart.market);
  if (!store.pickup) throw pickupUnavailable('fulfillment.storeId');
  if (cart.pickupStoreId === place.storeId) return;
  await tx.update(carts).set({ pickupStoreId: place.storeId }).where(eq(carts.id, cartId));
  cart.pickupStoreId = place.storeId;
}

function checkQuantity(placement: Placement, quantity: number) {
  if (quantity > MAX_LINE_QUANTITY) {
    throw new AppError('line_limit_exceeded', `At most ${MAX_LINE_QUANTITY} of one item per line`, {
      fields: {
        quantity: [`At most ${MAX_LINE_QUANTITY} per line`],
      },
    });
  }
  // A place without a stock pool (a warehouse the market lacks) is the error locationIdFor gave.
  if (!placement.locationId)
    throw new AppError('invalid_request', 'No such store', { fields: { 'fulfillment.storeId': ['No such store'] } });
  const available = placement.available;
  if (available < quantity) {
    throw new AppError(
      'insufficient_stock',
      available === 0 ? 'This item is out of stock there' : `Only ${available} available`,
      {
        fields: {
          quantity: [available === 0 ? 'Out of stock' : `Only ${available} available`],
        },
      },
    );
  }
}

export async function findLine(tx: Tx, cartId: string, variantId: string, place: Place) {
  const [line] = await tx
    .select()
    .from(cartLines)
    .where(
      and(
        eq(cartLines.cartId, cartId),
        eq(cartLines.variantId, variantId),
        eq(cartLines.fulfillment, place.fulfillment),
        sql`coalesce(${cartLines.storeId}, '') = ${place.storeId ?? ''}`,
      ),
    );
  return line;
}

/**
 * A line taken to another place with this quantity: into the bag's line already there (which
 * takes the sum the caller worked out, and the moved line goes), else the line itself moves.
 */
export async function relocateLine(
  tx: Tx,
  lineId: string,
  place: Place,
  quantity: number,
  target: { id: string } | undefined,
): Promise<void> {
  if (target) {
    await tx.update(cartLines).set({ quantity }).where(eq(cartLines.id, target.id));
    await tx.delete(cartLines).where(eq(cartLines.id, lineId));
  } else {
    await tx
      .update(cartLines)
      .set({ quantity, ...place })
      .where(eq(cartLines.id, lineId));
  }
}

/** Adds units of a variant; the same variant for the same fulfilment adds to its line. */
export async function addLine(db: Db, cartId: string, body: AddLineBody, opts: Opts): Promise<void> {
  const place = lineLocationOf(body.fulfillment);
  await withLockedCart(
    db,
    cartId,
    opts,
    async (tx, cart) => {
      const placement = await readPlacement(tx, { cartId, variantId: body.variantId, at: place, market: cart.market });
      if (!placement.exists)
        throw new AppError('invalid_request', 'No such product variant', {
          fields: { variantId: ['No such product variant'] },
        });
      if (!placement.onSale)
        throw new AppError('invalid_request', 'That item is no longer sold', {
          fields: { variantId: ['No longer sold'] },
        });
      await adoptPickupStore(tx, cartId, place, placement, cart);
      const existing = placement.line;
      const quantity = (existing?.quantity ?? 0) + body.quantity;
      checkQuantity(placement, quantity);
      if (existing) await tx.update(cartLines).set({ quantity }).where(eq(cartLines.id, existing.id));
      else
        await tx
          .insert(cartLines)
          .values({ id: newId('lin'), cartId, variantId: body.variantId, quantity, ...place, createdAt: opts.now });
    },
    // A delivered line leaves every pickup line where it is.
    { align: place.fulfillment === 'pickup' && 'tracked' },
  );
}

/** Changes a line's quantity and/or fulfilment; moving onto an existing line merges the two. */
export async function updateLine(
  db: Db,
  cartId: string,
  lineId: string,
  patch: PatchLineBody,
  opts: Opts,
): Promise<void> {
  await withLockedCart(
    db,
    cartId,
    opts,
    async (tx, cart) => {
      const [line] = await tx
        .select()
        .from(cartLines)
        .where(and(eq(cartLines.id, lineId), eq(cartLines.cartId, cartId)));
      if (!line) throw notFoundError('Cart line');
      const place: Place = patch.fulfillment
        ? lineLocationOf(patch.fulfillment)
        : { fulfillment: line.fulfillment, storeId: line.storeId };
      const placement = await readPlacement(tx, {
        cartId,
        variantId: line.variantId,
        at: place,
        market: cart.market,
        exceptLineId: line.id,
      });
      if (patch.fulfillment) await adoptPickupStore(tx, cartId, place, placement, cart);
      const moving = place.fulfillment !== line.fulfillment || place.storeId !== line.storeId;
      const target = moving ? placement.line : undefined;
      const quantity = (patch.quantity ?? line.quantity) + (target?.quantity ?? 0);
      checkQuantity(placement, quantity);
      await relocateLine(tx, line.id, place, quantity, target);
    },
    // A quantity alone moves nothing to or from pickup.
    { align: patch.fulfillment !== undefined && 'tracked' },
  );
}

export async function removeLine(db: Db, cartId: string, lineId: string, opts: Opts): Promise<void> {
  await withLockedCart(
    db,
    cartId,
    opts,
    async (tx) => {
      const removed = await tx
        .delete(cartLines)
        .where(and(eq(cartLines.id, lineId), eq(cartLines.cartId, cartId)))
        .returning({ id: cartLines.id });
      if (removed.length === 0) throw notFoundError('Cart line');
    },
    { align: false },
  );
}

/**
 * Sets the cart's pickup store; every pickup line moves there (alignPickupLines, run by
 * withLockedCart), or to delivery when the store is cleared. Quantities are kept; what the new
 * place cannot supply is reported in the bag's notices, so the shopper can decide.
 */
export async function setPickupStore(db: Db, cartId: string, storeId: string | null, opts: Opts): Promise<void> {
  await withLockedCart(
    db,
    cartId,
    opts,
    async (tx, cart) => {
      if (storeId) await assertTakesPickup(tx, storeId, 'storeId', cart.market);
      await tx.update(carts).set({ pickupStoreId: storeId }).where(eq(carts.id, cartId));
      cart.pickupStoreId = storeId;
    },
    { align: 'tracked' },
  );
}

/** The shopper has read the cart's notices. */
export async function clearNotices(db: Db, cartId: string, opts: Opts): Promise<void> {
  await withLockedCart(
    db,
    cartId,
    opts,
    async (tx) => {
      await tx.update(carts).set({ notices: [] }).where(eq(carts.id, cartId));
    },
    { align: false },
  );
}
