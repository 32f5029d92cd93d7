import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';
import { cartHandoffs, type HandoffLine } from '@/lib/db/schema';
import { dateTimeFormat } from '@/lib/i18n/formatters';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { newId } from '@/lib/ids';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { maskPhone, requirePhone } from '@/lib/phone/normalize';
import { storePhoneRegion } from '@/lib/stores/store-phone-region';
import { AppError } from '@/lib/http/errors';
import { checkAisleBag, type AisleLine } from './check-lines';
import type { AisleFulfillment } from './schema';
import { localePath } from '@/lib/i18n/locale-path';

/** How long a sent bag can be opened: long enough to get home, short enough not to linger in a thread. */
export const HANDOFF_TTL_MS = 48 * 60 * 60 * 1000;

export const hashHandoffToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * "Send to phone": keeps the bag as a hand-off and texts the customer a one-time link to it (the
 * notification outbox, in the customer's language as the associate chose it). The token is in
 * the link only; the database keeps its hash. Opening the link puts the lines in the shopper's own
 * bag (claim-handoff.ts) and the order they place from it is credited to this store and associate.
 */
export async function sendHandoff(
  tx: Db,
  input: {
    staffId: string;
    storeId: string;
    customerPhone: string;
    lines: AisleLine[];
    fulfillment: AisleFulfillment;
    now: Date;
    publicUrl: string;
    locale: Locale;
  },
) {
  const phone = requirePhone(input.customerPhone, 'customerPhone', await storePhoneRegion(tx, input.storeId));
  // The shopper's own checkout delivers from the warehouse; a store's stock ships only on an order placed here.
  if (input.fulfillment.type === 'ship' && input.fulfillment.from && input.fulfillment.from !== 'warehouse') {
    throw new AppError('invalid_request', 'A link’s bag is delivered from the warehouse', {
      fields: { 'fulfillment.from': ['Place the order to ship from a store'] },
    });
  }
  const { place, store } = await checkAisleBag(tx, input);
  const token = randomBytes(24).toString('base64url');
  const id = newId('hnd');
  const expiresAt = new Date(input.now.getTime() + HANDOFF_TTL_MS);
  const lines: HandoffLine[] = input.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, ...place }));
  await tx.insert(cartHandoffs).values({
    id,
    tokenHash: hashHandoffToken(token),
    storeId: input.storeId,
    staffId: input.staffId,
    phone,
    lines,
    createdAt: input.now,
    expiresAt,
  });
  const t = createTranslator(getMessages(input.locale));
  const until = dateTimeFormat(INTL_LOCALE[input.locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: store.timezone,
  }).format(expiresAt);
  const link = `${input.publicUrl.replace(/\/$/, '')}${localePath(input.locale, `/bag/from-store?token=${token}`)}`;
  const count = input.lines.reduce((n, l) => n + l.quantity, 0);
  await enqueueMessages(
    tx,
    [
      {
        channel: 'sms',
        to: phone,
        kind: 'endless_aisle_bag',
        body: t('staffEndlessAisle.sms', { store: store.name, count, link, until }),
      },
    ],
    input.now,
  );
  return { handoff: { id, phone: maskPhone(phone), expiresAt: expiresAt.toISOString() }, token };
}
