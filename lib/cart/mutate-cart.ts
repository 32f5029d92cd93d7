import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { cartLines, carts, products, variants } from '@/lib/db/schema';
import { assertTakesPickup } from '@/lib/stores/assert-takes-pickup';
import { AppError, notFoundError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { marketOrBase, type MarketCode } from '@/lib/markets/markets';
import { availableAt, isOnSale, locationIdFor, type LineLocation } from './stock';
import { MAX_LINE_QUANTITY, type AddLineBody, type CartNotice, type Fulfillment, type PatchLineBody } from './schema';

export type Opts = { expectedVersion?: number; now: Date };
type Tx = Db;

type Place = LineLocation;
const lineLocationOf = (f: Fulfillment): Place =>
  f.type === 'ship' ? { fulfillment: 'ship', storeId: null } : { fulfillment: 'pickup', storeId: f.storeId };

/** Locks the cart row for this transaction, checks the caller's expected version, and bumps it on success. */
export async function withLockedCart<T>(
  db: Db,
  cartId: string,
  opts: Opts,
  change: (tx: Tx, cart: { market: MarketCode }) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (tx) => {
    const [cart] = await tx
      .select({ version: carts.version, market: carts.market })
      .from(carts)
      .where(eq(carts.id, cartId))
      .for('update');
    if (!cart) throw notFoundError('Cart');
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== cart.version) {
      throw new AppError('version_conflict', 'The cart changed since you loaded it; reload and try again');
    }
    const result = await change(tx, { market: marketOrBase(cart.market) });
    await alignPickupLines(tx, cartId);
    await tx
      .update(carts)
      .set({ version: sql`${carts.version} + 1`, updatedAt: opts.now })
      .where(eq(carts.id, cartId));
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
export async function alignPickupLines(tx: Tx, cartId: string): Promise<CartNotice[]> {
  const [cart] = await tx
    .select({ storeId: carts.pickupStoreId, market: carts.market })
    .from(carts)
    .where(eq(carts.id, cartId));
  const storeId = cart?.storeId ?? null;
  const market = marketOrBase(cart?.market);
  const stray = (
    await tx
      .select()
      .from(cartLines)
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.fulfillment, 'pickup')))
  ).filter((l) => l.storeId !== storeId);
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

/** A line added or moved for pickup at a store makes that store the bag's pickup store; it must take pickups. */
async function adoptPickupStore(tx: Tx, cartId: string, place: Place, market: MarketCode): Promise<void> {
  if (place.fulfillment !== 'pickup' || !place.storeId) return;
  await locationIdFor(tx, place, market);
  await assertTakesPickup(tx, place.storeId, 'fulfillment.storeId', market);
  await tx.update(carts).set({ pickupStoreId: place.storeId }).where(eq(carts.id, cartId));
}

async function checkQuantity(tx: Tx, variantId: string, place: Place, quantity: number, market: MarketCode) {
  if (quantity > MAX_LINE_QUANTITY) {
    throw new AppError('line_limit_exceeded', `At most ${MAX_LINE_QUANTITY} of one item per line`, {
      fields: {
        quantity: [`At most ${MAX_LINE_QUANTITY} per line`],
      },
    });
  }
  const available = await availableAt(tx, variantId, place, market);
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

/** Adds units of a variant; the same variant for the same fulfilment adds to its line. */
export async function addLine(db: Db, cartId: string, body: AddLineBody, opts: Opts): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx, { market }) => {
    const [variant] = await tx.select({ id: variants.id }).from(variants).where(eq(variants.id, body.variantId));
    if (!variant)
      throw new AppError('invalid_request', 'No such product variant', {
        fields: { variantId: ['No such product variant'] },
      });
    if (!(await isOnSale(tx, body.variantId)))
      throw new AppError('invalid_request', 'That item is no longer sold', {
        fields: { variantId: ['No longer sold'] },
      });
    const place = lineLocationOf(body.fulfillment);
    await adoptPickupStore(tx, cartId, place, market);
    const existing = await findLine(tx, cartId, body.variantId, place);
    const quantity = (existing?.quantity ?? 0) + body.quantity;
    await checkQuantity(tx, body.variantId, place, quantity, market);
    if (existing) await tx.update(cartLines).set({ quantity }).where(eq(cartLines.id, existing.id));
    else
      await tx
        .insert(cartLines)
        .values({ id: newId('lin'), cartId, variantId: body.variantId, quantity, ...place, createdAt: opts.now });
  });
}

/** Changes a line's quantity and/or fulfilment; moving onto an existing line merges the two. */
export async function updateLine(
  db: Db,
  cartId: string,
  lineId: string,
  patch: PatchLineBody,
  opts: Opts,
): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx, { market }) => {
    const [line] = await tx
      .select()
      .from(cartLines)
      .where(and(eq(cartLines.id, lineId), eq(cartLines.cartId, cartId)));
    if (!line) throw notFoundError('Cart line');
    const place: Place = patch.fulfillment
      ? lineLocationOf(patch.fulfillment)
      : { fulfillment: line.fulfillment, storeId: line.storeId };
    if (patch.fulfillment) await adoptPickupStore(tx, cartId, place, market);
    const moving = place.fulfillment !== line.fulfillment || place.storeId !== line.storeId;
    const target = moving ? await findLine(tx, cartId, line.variantId, place) : undefined;
    const quantity = (patch.quantity ?? line.quantity) + (target?.quantity ?? 0);
    await checkQuantity(tx, line.variantId, place, quantity, market);
    if (target) {
      await tx.update(cartLines).set({ quantity }).where(eq(cartLines.id, target.id));
      await tx.delete(cartLines).where(eq(cartLines.id, line.id));
    } else {
      await tx
        .update(cartLines)
        .set({ quantity, ...place })
        .where(eq(cartLines.id, line.id));
    }
  });
}

export async function removeLine(db: Db, cartId: string, lineId: string, opts: Opts): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx) => {
    const removed = await tx
      .delete(cartLines)
      .where(and(eq(cartLines.id, lineId), eq(cartLines.cartId, cartId)))
      .returning({ id: cartLines.id });
    if (removed.length === 0) throw notFoundError('Cart line');
  });
}

/**
 * Sets the cart's pickup store; every pickup line moves there (alignPickupLines, run by
 * withLockedCart), or to delivery when the store is cleared. Quantities are kept; what the new
 * place cannot supply is reported in the bag's notices, so the shopper can decide.
 */
export async function setPickupStore(db: Db, cartId: string, storeId: string | null, opts: Opts): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx, { market }) => {
    if (storeId) await assertTakesPickup(tx, storeId, 'storeId', market);
    await tx.update(carts).set({ pickupStoreId: storeId }).where(eq(carts.id, cartId));
  });
}

/** The shopper has read the cart's notices. */
export async function clearNotices(db: Db, cartId: string, opts: Opts): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx) => {
    await tx.update(carts).set({ notices: [] }).where(eq(carts.id, cartId));
  });
}
