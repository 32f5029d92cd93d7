import 'server-only';
import type { Db } from '@/lib/db';
import type { StoredResult } from '@/lib/idempotency/run-idempotent';
import type { Locale } from '@/lib/i18n/translate';
import { getOrderForCaller } from '@/lib/orders/read-order';
import { recordStaffAction } from '@/lib/staff/audit';
import type { StaffCaller } from '@/lib/staff/caller';
import { placeForCustomer } from './place-for-customer';
import type { EndlessAisleBody } from './schema';
import { sendHandoff } from './send-handoff';

/**
 * The endless aisle's one write, in the request's transaction (under its Idempotency-Key): send
 * the bag to the customer's phone, or place it as their order; either way audited in the same
 * transaction. The audit keeps what was done, never the link's token or the card number.
 */
export async function actFromCounter(
  tx: Db,
  staff: Pick<StaffCaller, 'id' | 'email' | 'role'>,
  body: EndlessAisleBody,
  opts: { now: Date; publicUrl: string; locale: Locale; holdMs?: number },
): Promise<StoredResult> {
  const bag = { lines: body.lines, fulfillment: body.fulfillment };
  if (body.action === 'send_link') {
    const { handoff } = await sendHandoff(tx, { ...body, staffId: staff.id, ...opts });
    await recordStaffAction(tx, staff, {
      action: 'endless_aisle.link_sent',
      storeId: body.storeId,
      target: handoff.id,
      after: { ...bag, phone: handoff.phone, expiresAt: handoff.expiresAt },
      at: opts.now,
    });
    return { status: 201, body: { handoff } };
  }
  const { orderId, accessToken } = await placeForCustomer(tx, { staffId: staff.id, body, ...opts });
  const order = await getOrderForCaller(tx, orderId, { user: null, token: accessToken });
  await recordStaffAction(tx, staff, {
    action: 'endless_aisle.order_placed',
    storeId: body.storeId,
    target: orderId,
    after: { ...bag, number: order.number, payment: body.payment, total: order.total },
    at: opts.now,
  });
  return { status: 201, body: { order } };
}
