import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { cartLines, carts, stores, variants } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { availableAt, type LineLocation } from './stock';
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
  change: (tx: Tx) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (tx) => {
    const [cart] = await tx.select({ version: carts.version }).from(carts).where(eq(carts.id, cartId)).for('update');
    if (!cart) throw notFoundError('Cart');
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== cart.version) {
      throw new AppError('version_conflict', 'The cart changed since you loaded it; reload and try again');
    }
    const result = await change(tx);
    await tx
      .update(carts)
      .set({ version: sql`${carts.version} + 1`, updatedAt: opts.now })
      .where(eq(carts.id, cartId));
    return result;
  });
}

async function checkQuantity(tx: Tx, variantId: string, place: Place, quantity: number) {
  if (quantity > MAX_LINE_QUANTITY) {
    throw new AppError('line_limit_exceeded', `At most ${MAX_LINE_QUANTITY} of one item per line`, {
      fields: {
        quantity: [`At most ${MAX_LINE_QUANTITY} per line`],
      },
    });
  }
  const available = await availableAt(tx, variantId, place);
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
  await withLockedCart(db, cartId, opts, async (tx) => {
    const [variant] = await tx.select({ id: variants.id }).from(variants).where(eq(variants.id, body.variantId));
    if (!variant)
      throw new AppError('invalid_request', 'No such product variant', {
        fields: { variantId: ['No such product variant'] },
      });
    const place = lineLocationOf(body.fulfillment);
    const existing = await findLine(tx, cartId, body.variantId, place);
    const quantity = (existing?.quantity ?? 0) + body.quantity;
    await checkQuantity(tx, body.variantId, place, quantity);
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
  await withLockedCart(db, cartId, opts, async (tx) => {
    const [line] = await tx
      .select()
      .from(cartLines)
      .where(and(eq(cartLines.id, lineId), eq(cartLines.cartId, cartId)));
    if (!line) throw notFoundError('Cart line');
    const place: Place = patch.fulfillment
      ? lineLocationOf(patch.fulfillment)
      : { fulfillment: line.fulfillment, storeId: line.storeId };
    const moving = place.fulfillment !== line.fulfillment || place.storeId !== line.storeId;
    const target = moving ? await findLine(tx, cartId, line.variantId, place) : undefined;
    const quantity = (patch.quantity ?? line.quantity) + (target?.quantity ?? 0);
    await checkQuantity(tx, line.variantId, place, quantity);
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
 * Sets the cart's pickup store and moves every pickup line there. Quantities are kept;
 * what the new store cannot supply is reported, so the shopper can decide.
 */
export async function setPickupStore(
  db: Db,
  cartId: string,
  storeId: string | null,
  opts: Opts,
): Promise<CartNotice[]> {
  return withLockedCart(db, cartId, opts, async (tx) => {
    if (storeId) {
      const [store] = await tx.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId));
      if (!store) throw new AppError('invalid_request', 'No such store', { fields: { storeId: ['No such store'] } });
    }
    await tx.update(carts).set({ pickupStoreId: storeId }).where(eq(carts.id, cartId));
    if (!storeId) return [];
    const pickupLines = await tx
      .select()
      .from(cartLines)
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.fulfillment, 'pickup')));
    const notices: CartNotice[] = [];
    const byVariant = new Map<string, number>();
    for (const line of pickupLines) byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
    await tx.delete(cartLines).where(and(eq(cartLines.cartId, cartId), eq(cartLines.fulfillment, 'pickup')));
    for (const [variantId, wanted] of byVariant) {
      const quantity = Math.min(wanted, MAX_LINE_QUANTITY);
      const first = pickupLines.find((l) => l.variantId === variantId)!;
      await tx.insert(cartLines).values({ ...first, quantity, storeId });
      const available = await availableAt(tx, variantId, { fulfillment: 'pickup', storeId });
      if (available < quantity) {
        const [v] = await tx.select({ sku: variants.sku }).from(variants).where(eq(variants.id, variantId));
        notices.push({ code: 'availability_changed', sku: v?.sku, requested: quantity, kept: available });
      }
    }
    return notices;
  });
}

/** The shopper has read the cart's notices. */
export async function clearNotices(db: Db, cartId: string, opts: Opts): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx) => {
    await tx.update(carts).set({ notices: [] }).where(eq(carts.id, cartId));
  });
}
