import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { emailIdentitySql } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { emailIdentity } from '@/lib/offers/email-identity';

/**
 * What one shopper may hold for pickup at once, counted by each of their contact keys (e-mail,
 * phone, account) over every pickup still holding stock, this order included. A pickup takes
 * units off sale with no money moving (pay at pickup, and the demo's test card moves none
 * either), so both methods get these limits: a bag of 40 lines at one store no longer empties it.
 */
export const PICKUP_HOLD_LIMITS = {
  /** Item-and-store lines. */
  lines: 10,
  units: 20,
  /** Of one variant, across stores: no shelf is emptied by one shopper. */
  unitsPerItem: 5,
} as const;

/** A guest (no account) gets a shorter hold: stock a stranger reserved is back on sale sooner. */
export const GUEST_PICKUP_HOLD_MS = 24 * 60 * 60 * 1000;

export type PickupHold = { variantId: string; sku: string; quantity: number };

/** The hold window for this order: the configured one for an account, at most a day for a guest. */
export function pickupHoldMs(configuredMs: number, userId: string | null): number {
  return userId ? configuredMs : Math.min(configuredMs, GUEST_PICKUP_HOLD_MS);
}

type Contact = { email: string; phone: string | null; userId: string | null };

/**
 * Refuses (409 reservation_limit) an order whose pickup lines, with what the same e-mail, phone
 * or account already holds, pass PICKUP_HOLD_LIMITS. Runs in the order's transaction, before any
 * stock is reserved, under a transaction lock per contact key (taken in one order, so two
 * checkouts never wait on each other crosswise): concurrent checkouts of one shopper are counted
 * one after the other, and the count cannot be raced past.
 */
export async function limitPickupHolds(tx: Db, contact: Contact, holds: PickupHold[]): Promise<void> {
  if (holds.length === 0) return;
  // One mailbox however it is written (case, +tag, Gmail's dots): a new alias is not a new shopper.
  const mailbox = emailIdentity(contact.email);
  const keys = [
    `hold:email:${mailbox}`,
    ...(contact.phone ? [`hold:phone:${contact.phone}`] : []),
    ...(contact.userId ? [`hold:user:${contact.userId}`] : []),
  ].sort();
  for (const key of keys) await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);

  const held = rowsOf<{ variant_id: string; lines: number; units: number }>(
    await tx.execute(sql`
      SELECT r.variant_id, count(*)::int AS lines, sum(r.quantity)::int AS units
      FROM reservations r
      JOIN orders o ON o.id = r.order_id
      JOIN inventory_locations loc ON loc.id = r.location_id AND loc.kind = 'store'
      WHERE r.status = 'held'
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
      `for pickup at a time, and at most ${PICKUP_HOLD_LIMITS.unitsPerItem} of one item` +
      (alone ? '' : ', counting pickups not yet collected'),
    {
      details: {
        scope: alone ? 'order' : 'contact',
        limits: PICKUP_HOLD_LIMITS,
        held: { lines: heldLines, units: heldUnits },
        skus: [...new Set(tooMuchOfOne.map((h) => h.sku))],
      },
    },
  );
}
