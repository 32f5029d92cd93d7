import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { pickups } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { markCollected, markReady } from '@/lib/orders/pickup-lifecycle';
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
  const { storeId, outcome } = await inTransaction(db, async (tx) => {
    const storeId = await pickupStoreOf(tx, actor, input.orderId, input.storeId);
    const pickup = await lockedPickup(tx, input.orderId, storeId);
    if (pickup.code !== code) {
      throw new AppError('pickup_code_wrong', 'This is not the pickup code of this order', {
        fields: { code: ['Does not match this order'] },
      });
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
  const pickup = await readQueuedPickupOrThrow(db, storeId, input.orderId);
  const message =
    outcome === 'collected'
      ? `Order ${pickup.number} was collected`
      : `Order ${pickup.number} was already collected with this code; nothing changed`;
  return { outcome, message, pickup };
}
