import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { carts, offers } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { assertWithinLimit } from '@/lib/security/assert-within-limit';
import { bagMarket } from './bag-market';
import { withLockedCart, type Opts } from './mutate-cart';

/**
 * Guessing codes is slowed per client address. Counted before the change's transaction (and
 * committed on its own), so that a refused guess still counts.
 */
export async function limitOfferCodeGuesses(db: Db, clientAddress: string, now: Date): Promise<void> {
  await assertWithinLimit(
    db,
    { key: `offer-code:ip:${clientAddress}`, limit: 30, windowMs: 15 * 60_000, now },
    'Too many codes tried; try again later',
  );
}

/**
 * Puts an offer code on the cart, or takes it off (null). An unknown code is refused; a
 * known one is kept even when it does not apply yet (a bigger bag may qualify), and the
 * cart says why.
 */
export async function setOfferCode(db: Db, cartId: string, code: string | null, opts: Opts): Promise<void> {
  await withLockedCart(db, cartId, opts, async (tx) => {
    if (code) {
      const [offer] = await tx.select({ market: offers.market }).from(offers).where(eq(offers.code, code));
      if (!offer) {
        throw new AppError('offer_code_unknown', `There is no offer with code ${code}`, {
          fields: {
            code: ['There is no offer with this code'],
          },
        });
      }
      const market = await bagMarket(tx, cartId);
      if (offer.market !== market) {
        throw new AppError('offer_code_other_market', `Code ${code} is not valid in this market`, {
          fields: { code: ['This code is not valid in this market'] },
          details: { market, offerMarket: offer.market },
        });
      }
    }
    await tx.update(carts).set({ offerCode: code }).where(eq(carts.id, cartId));
  });
}
