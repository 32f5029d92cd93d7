import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { pickups } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { markCollected, markReady } from '@/lib/orders/pickup-lifecycle';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { readQueuedPickupOrThrow } from './read-queue';
import type { PickupActionResponse } from './schema';

/** One audit entry, written by the caller's recorder in the transaction that made the change. */
export type StaffActionEntry = {
  action: string;
  storeId?: string;
  target?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  at: Date;
};

/** Who acts: the stores they may work (admins: all), and how their actions are audited. */
export type StaffActor = {
  storeIds: readonly string[] | 'all';
  audit: (tx: Db, entry: StaffActionEntry) => Promise<void>;
};

const mayWork = (actor: Pick<StaffActor, 'storeIds'>, storeId: string) =>
  actor.storeIds === 'all' || actor.storeIds.includes(storeId);

/**
 * The store whose pickup of the order the caller works: the one named, else the only one of the
 * caller's stores the order is collected at. An order with no pickup at the caller's stores is a
 * 404, exactly as an order that does not exist: nobody learns of another store's orders.
 */
async function pickupStoreOf(tx: Db, actor: StaffActor, orderId: string, named?: string): Promise<string> {
  const mine = (
    await tx.select({ storeId: pickups.storeId }).from(pickups).where(eq(pickups.orderId, orderId))
  ).flatMap((p) => (mayWork(actor, p.storeId) ? [p.storeId] : []));
  if (named !== undefined) {
    if (!mine.includes(named)) throw notFoundError('Pickup');
    return named;
  }
  if (mine.length === 0) throw notFoundError('Pickup');
  if (mine.length > 1) {
    throw new AppError('invalid_request', 'This order is collected at several of your stores: name the store', {
      fields: { storeId: ['Name the store'] },
    });
  }
  return mine[0]!;
}

async function lockedPickup(tx: Db, orderId: string, storeId: string) {
  const [row] = await tx
    .select({ status: pickups.status, code: pickups.code })
    .from(pickups)
    .where(and(eq(pickups.orderId, orderId), eq(pickups.storeId, storeId)))
    .for('update');
  if (!row) throw notFoundError('Pickup');
  return row;
}

/**
 * Tries at one order's pickup code, right or wrong, in a quarter of an hour: a customer's code is
 * about 30 bits, and a tablet's session (or a stolen one) must not be able to walk through them.
 */
export const PICKUP_CODE_TRIES = 10;
const PICKUP_CODE_WINDOW_MS = 15 * 60_000;

const closedMessage = {
  collected: 'This pickup was already collected',
  expired: 'This pickup expired and its items went back on sale',
  cancelled: 'The shopper cancelled this order',
} as const;

function refuseClosed(status: keyof typeof closedMessage): never {
  throw new AppError('pickup_closed', closedMessage[status], { details: { pickupStatus: status } });
}

/** What a typed code may carry that the printed one does not: spaces, dashes, lower case. */
export function normalisePickupCode(code: string): string {
  return code.replace(/[\s-]+/gu, '').toUpperCase();
}

/** Staff picked the items: the shopper is told (outbox and `order.ready_for_pickup`). Repeating it changes nothing. */
export async function staffMarkReady(
  db: Db,
  actor: StaffActor,
  input: { orderId: string; storeId?: string },
  now: Date,
): Promise<PickupActionResponse> {
  const { storeId, outcome } = await inTransaction(db, async (tx) => {
    const storeId = await pickupStoreOf(tx, actor, input.orderId, input.storeId);
    const { status } = await lockedPickup(tx, input.orderId, storeId);
    if (status === 'ready') return { storeId, outcome: 'already_ready' as const };
    if (status !== 'reserved') refuseClosed(status);
    await markReady(tx, input.orderId, storeId, now);
    await actor.audit(tx, {
      action: 'pickup.ready',
      storeId,
      target: input.orderId,
      before: { status: 'new' },
      after: { status: 'ready' },
      at: now,
    });
    return { storeId, outcome: 'ready' as const };
  });
  const pickup = await readQueuedPickupOrThrow(db, storeId, input.orderId);
  const message =
    outcome === 'ready'
      ? `Order ${pickup.number} is ready; the customer was told`
      : `Order ${pickup.number} was already ready; the customer was not told again`;
  return { outcome, message, pickup };
}

/**
 * The customer showed their pickup code (scanned or typed) and took the items: the stock leaves
 * the store. The same code again answers "already collected" and changes nothing; a wrong code
 * is refused whatever the pickup's state, so a repeat never confirms a guess.
 */
export async function staffMarkCollected(
  db: Db,
  actor: StaffActor,
  input: { orderId: string; storeId?: string; code: string },
  now: Date,
): Promise<PickupActionResponse> {
  const code = normalisePickupCode(input.code);
  // Only the caller's own stores' orders are counted: another store's stays a plain 404.
  const named = await pickupStoreOf(db, actor, input.orderId, input.storeId);
  await assertWithinLimit(
    db,
    { key: `pickup-code:${input.orderId}`, limit: PICKUP_CODE_TRIES, windowMs: PICKUP_CODE_WINDOW_MS, now },
    'Too many tries at this order’s code: wait a quarter of an hour, or check the order number',
  );
  const { storeId, outcome } = await inTransaction(db, async (tx) => {
    const storeId = named;
    const pickup = await lockedPickup(tx, input.orderId, storeId);
    if (pickup.code !== code) {
      // The wrong try stays on record (who tried which order, never the code typed).
      await actor.audit(tx, { action: 'pickup.code_wrong', storeId, target: input.orderId, at: now });
      return { storeId, outcome: 'wrong' as const };
    }
    if (pickup.status === 'collected') return { storeId, outcome: 'already_collected' as const };
    if (pickup.status === 'expired' || pickup.status === 'cancelled') refuseClosed(pickup.status);
    await markCollected(tx, input.orderId, storeId, code, now);
    await actor.audit(tx, {
      action: 'pickup.collected',
      storeId,
      target: input.orderId,
      before: { status: pickup.status === 'reserved' ? 'new' : pickup.status },
      after: { status: 'collected' },
      at: now,
    });
    return { storeId, outcome: 'collected' as const };
  });
  if (outcome === 'wrong') {
    throw new AppError('pickup_code_wrong', 'This is not the pickup code of this order', {
      fields: { code: ['Does not match this order'] },
    });
  }
  const pickup = await readQueuedPickupOrThrow(db, storeId, input.orderId);
  const message =
    outcome === 'collected'
      ? `Order ${pickup.number} was collected`
      : `Order ${pickup.number} was already collected with this code; nothing changed`;
  return { outcome, message, pickup };
}
