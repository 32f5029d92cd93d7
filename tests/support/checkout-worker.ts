/**
 * A second "app process" for the multi-process oversell test: places orders for the given
 * carts concurrently through the same domain code, on its own connection pool.
 * Env: WORKER_DATABASE_URL, WORKER_CART_IDS (comma-separated). Prints {"placed":n,"refused":n}.
 */
import { openDb } from '@/lib/db/open-db';
import { AppError } from '@/lib/http/errors';
import { placeOrder } from '@/lib/orders/place-order';

const handle = await openDb({ kind: 'postgres', url: process.env.WORKER_DATABASE_URL! });
const cartIds = (process.env.WORKER_CART_IDS ?? '').split(',').filter(Boolean);
let placed = 0;
let refused = 0;
await Promise.all(
  cartIds.map(async (cartId) => {
    try {
      await placeOrder(handle.db, {
        cartId,
        userId: null,
        // A shopper per bag: one shopper's checkouts would queue behind each other (reservation-limits.ts).
        body: { contact: { email: `race-${cartId}@example.com` }, payment: { method: 'pay_at_pickup' } },
        now: new Date(),
      });
      placed++;
    } catch (error) {
      if (error instanceof AppError && error.code === 'insufficient_stock') refused++;
      else throw error;
    }
  }),
);
await handle.close();
process.stdout.write(JSON.stringify({ placed, refused }));
