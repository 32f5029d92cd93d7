import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { emailIdentitySql } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { emailIdentity } from '@/lib/offers/email-identity';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';

/**
 * What one shopper may hold without paying at once, counted by each of their contact keys
 * (mailbox, phone, account) over every unpaid hold still open, this order included: pickups
 * still holding stock, and the last day's unpaid deliveries (the demo's test card moves no money,
 * so a "paid" delivery holds warehouse stock as freely as pay at pickup holds a shelf). A bag of
 * 40 lines at one store no longer empties it; a provider that collects payment is not bounded.
 */
export const PICKUP_HOLD_LIMITS = {
  /** Item-and-location lines. */
  lines: 10,
  units: 20,
  /** Of one variant, across locations: no shelf is emptied by one shopper. */
  unitsPerItem: 5,
} as const;

/** Unpaid deliveries count for a day: long enough to stop a loop, short enough not to block a regular. */
export const UNPAID_DELIVERY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The per-address budget of unpaid units (AISLE_HOLD_UNITS_PER_ADDRESS) is a day's. */
export const HOLD_UNITS_ADDRESS_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A guest (no account) gets a shorter hold: stock a stranger reserved is back on sale sooner. */
export const GUEST_PICKUP_HOLD_MS = 24 * 60 * 60 * 1000;

export type PickupHold = { variantId: string; sku: string; quantity: number; pickup: boolean };

/** The hold window for this order: the configured one for an account, at most a day for a guest. */
export function pickupHoldMs(configuredMs: number, userId: string | null): number {
  return userId ? configuredMs : Math.min(configuredMs, GUEST_PICKUP_HOLD_MS);
}

type Contact = { email: string; phone: string | null; userId: string | null };
/** The request's client address and its daily budget of unpaid units; absent for in-process callers. */
export type AddressBudget = { address: string; units: number; now: Date };

/**
 * Refuses (409 reservation_limit) an order whose pickup lines, with what the same e-mail, phone
 * or account already holds, pass PICKUP_HOLD_LIMITS. Runs in the order's transaction, before any
 * stock is reserved, under a transaction lock per contact key (taken in one order, so two
 * checkouts never wait on each other crosswise): concurrent checkouts of one shopper are counted
 * one after the other, and the count cannot be raced past.
 */
export async function limitPickupHolds(
  tx: Db,
  contact: Contact,
  holds: PickupHold[],
  opts: { now: Date; unpaidMethods: string[] },
): Promise<void> {
  if (holds.length === 0) return;
  // One mailbox however it is written (case, +tag, Gmail's dots): a new alias is not a new shopper.
  const mailbox = emailIdentity(contact.email);
  const keys = [
    `hold:email:${mailbox}`,
    ...(contact.phone ? [`hold:phone:${contact.phone}`] : []),
    ...(contact.userId ? [`hold:user:${contact.userId}`] : []),
  ].sort();
  for (const key of keys) await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);

  const held = rowsOf(
    z.object({ variant_id: z.string(), lines: sqlNumber, units: sqlNumber }),
    await tx.execute(sql`
      SELECT r.variant_id, count(*)::int AS lines, sum(r.quantity)::int AS units
      FROM reservations r
      JOIN orders o ON o.id = r.order_id
      JOIN inventory_locations loc ON loc.id = r.location_id
      WHERE r.status = 'held'
        AND (loc.kind = 'store' OR (o.payment_method IN (${sql.join(
          (opts.unpaidMethods.length ? opts.unpaidMethods : ['']).map((m) => sql`${m}`),
          sql`, `,
        )}) AND o.placed_at > ${new Date(opts.now.getTime() - UNPAID_DELIVERY_WINDOW_MS).toISOString()}))
        AND (${emailIdentitySql(sql`o.email`)} = ${mailbox} OR o.phone = ${contact.phone} OR o.user_id = ${contact.userId})
      GROUP BY r.variant_id`),
  );
  const heldLines = held.reduce((n, r) => n + Number(r.lines), 0);
  const heldUnits = held.reduce((n, r) => n + Number(r.units), 0);
  const perItem = new Map(held.map((r) => [r.variant_id, Number(r.units)]));
  const orderPerItem = new Map<string, number>();
  for (const h of holds) orderPerItem.set(h.variantId, (orderPerItem.get(h.variantId) ?? 0) + h.quantity);
  const orderUnits = holds.reduce((n, h) => n + h.quantity, 0);

  const tooMuchOfOne = holds.filter(
    (h) => (perItem.get(h.variantId) ?? 0) + orderPerItem.get(h.variantId)! > PICKUP_HOLD_LIMITS.unitsPerItem,
  );
  const over =
    heldLines + holds.length > PICKUP_HOLD_LIMITS.lines ||
    heldUnits + orderUnits > PICKUP_HOLD_LIMITS.units ||
    tooMuchOfOne.length > 0;
  if (!over) return;
  // Whether this order alone is too big, or only with the pickups the shopper has not collected yet.
  const alone =
    holds.length > PICKUP_HOLD_LIMITS.lines ||
    orderUnits > PICKUP_HOLD_LIMITS.units ||
    [...orderPerItem.values()].some((q) => q > PICKUP_HOLD_LIMITS.unitsPerItem);
  throw new AppError(
    'reservation_limit',
    `One shopper can hold at most ${PICKUP_HOLD_LIMITS.lines} items and ${PICKUP_HOLD_LIMITS.units} pieces ` +
      `unpaid at a time, and at most ${PICKUP_HOLD_LIMITS.unitsPerItem} of one item` +
      (alone ? '' : ', counting pickups not yet collected'),
    {
      details: {
        scope: alone ? 'order' : 'contact',
        // Lines to be delivered are held too when the payment moves no money (the test card).
        delivery: holds.some((h) => !h.pickup),
        limits: PICKUP_HOLD_LIMITS,
        held: { lines: heldLines, units: heldUnits },
        skus: [...new Set(tooMuchOfOne.map((h) => h.sku))],
      },
    },
  );
}

/**
 * One address's daily budget of unpaid units (the holds limitPickupHolds let through), spent only
 * by orders that pass the per-shopper limits: e-mails are free to make up, the socket's address
 * (or the trusted proxy's) is not. Counted in the order's transaction, so a rolled-back order
 * spends nothing (in the database; Redis counts the attempt). Its row is one every checkout from
 * the address writes: the order takes it last, just before it commits, so checkouts from one
 * address (a shop's Wi-Fi, a carrier's NAT) queue on it only for the commit (counted in Redis,
 * it is no row, and the order spends it before it takes any).
 */
export async function spendAddressBudget(tx: Db, budget: AddressBudget, holds: PickupHold[]): Promise<void> {
  if (holds.length === 0) return;
  const units = holds.reduce((n, h) => n + h.quantity, 0);
  // No address known (an in-process caller), or one every client shares (a server that cannot see
  // the socket, logged by clientAddress): a shared budget would stop the whole shop, not one client.
  if (budget.address === 'local' || budget.address === 'unverified') return;
  await assertWithinLimit(
    tx,
    {
      key: `hold-units:ip:${budget.address}`,
      limit: budget.units,
      windowMs: HOLD_UNITS_ADDRESS_WINDOW_MS,
      now: budget.now,
      cost: units,
    },
    `This connection has held as much unpaid stock as one day allows; try again later or pay online`,
    { code: 'reservation_limit', details: { scope: 'address', limits: PICKUP_HOLD_LIMITS } },
  );
}
