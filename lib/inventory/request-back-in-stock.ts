import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/schema';
import { emailSchema } from '@/lib/auth/schema';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { backInStockRequests, inventoryLocations, variants } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import type { Locale } from '@/lib/i18n/translate';
import { newId } from '@/lib/ids';
import { emailIdentity } from '@/lib/offers/email-identity';
import { requirePhone } from '@/lib/phone/normalize';
import { storePhoneRegion } from '@/lib/stores/store-phone-region';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import type { BackInStockBody, BackInStockResponse } from './back-in-stock-schema';
import { notifyRestocked } from './notify-restocked';

/**
 * How many requests one client address may make, and how many may name one e-mail address or
 * phone (an item in stock is told at once, so each request may send a message there).
 */
export const BACK_IN_STOCK_LIMITS = { perAddress: 30, perTarget: 10, windowMs: 3_600_000 };

function addressFor(body: BackInStockBody, user: SessionUser | null, phoneRegion: string): string {
  const typed = body.to?.trim();
  if (body.channel === 'email') {
    const raw = typed || user?.email;
    if (!raw)
      throw new AppError('invalid_request', 'Enter your e-mail address', {
        fields: { to: ['Enter your e-mail address'] },
      });
    const parsed = emailSchema.safeParse(raw);
    if (!parsed.success)
      throw new AppError('invalid_request', 'Enter a valid e-mail address', {
        fields: { to: ['Enter a valid e-mail address'] },
      });
    return parsed.data;
  }
  const raw = typed || user?.phone;
  if (!raw)
    throw new AppError('invalid_request', 'Enter your phone number', { fields: { to: ['Enter your phone number'] } });
  return requirePhone(raw, 'to', phoneRegion);
}

/**
 * "Tell me when it is back at this store": kept until that store's stock of the variant returns.
 * Asking again for the same address changes nothing; if it is there already, the message goes now.
 */
export async function requestBackInStock(
  db: Db,
  body: BackInStockBody,
  who: { user: SessionUser | null; locale: Locale },
  now: Date,
): Promise<BackInStockResponse> {
  // A number typed nationally is read as the store's country writes it.
  const to = addressFor(body, who.user, await storePhoneRegion(db, body.storeId));
  // Per mailbox (a+1@, a.b@gmail.com alike) or phone, whichever client asks: many client
  // addresses cannot flood one person either.
  await assertWithinLimit(
    db,
    {
      key: `back-in-stock:to:${body.channel}:${body.channel === 'email' ? emailIdentity(to) : to}`,
      limit: BACK_IN_STOCK_LIMITS.perTarget,
      windowMs: BACK_IN_STOCK_LIMITS.windowMs,
      now,
    },
    'Too many requests for this address; try again later',
  );
  return inTransaction(db, async (tx) => {
    const [location] = await tx
      .select({ id: inventoryLocations.id })
      .from(inventoryLocations)
      .where(and(eq(inventoryLocations.kind, 'store'), eq(inventoryLocations.storeId, body.storeId)));
    if (!location) throw notFoundError('Store');
    const [variant] = await tx.select({ id: variants.id }).from(variants).where(eq(variants.id, body.variantId));
    if (!variant) throw notFoundError('Variant');
    await tx
      .insert(backInStockRequests)
      .values({
        id: newId('bis'),
        variantId: variant.id,
        locationId: location.id,
        channel: body.channel,
        to,
        locale: who.locale,
        userId: who.user?.id ?? null,
        createdAt: now,
      })
      .onConflictDoNothing({
        target: [
          backInStockRequests.variantId,
          backInStockRequests.locationId,
          backInStockRequests.channel,
          backInStockRequests.to,
        ],
        where: sql`${backInStockRequests.notifiedAt} IS NULL`,
      });
    const sent = await notifyRestocked(tx, location.id, [variant.id], now);
    return { status: sent > 0 ? 'notified' : 'waiting', channel: body.channel, to };
  });
}
