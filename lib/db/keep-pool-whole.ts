import 'server-only';
import type pg from 'pg';

/** How long a borrower has to hand back a connection that died under it before the pool takes it. */
const RETURN_GRACE_MS = 1_000;

/**
 * Keeps the pool whole through an outage, so the shop recovers when the database does, without
 * a restart. drizzle-orm (0.45) sends a transaction's BEGIN before its try/finally: a BEGIN that
 * fails (connection cut, no answer) never hands its connection back. Enough of those and the
 * pool has nothing left to lend. So:
 * - a borrowed connection that has closed and is not handed back within a second is taken back
 *   (with its error, so the pool drops it);
 * - a connection whose query got no answer within query_timeout is closed: it would otherwise
 *   wait for that answer for ever, and every later query on it behind it;
 * - a borrowed connection that fails emits 'error' with no listener of the pool's (pg-pool only
 *   listens to idle ones): the query in flight already carries the error, and unheard it would be
 *   an uncaught exception.
 */
export function keepPoolWhole(pool: pg.Pool): void {
  const borrowed = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => borrowed.add(client));
  pool.on('release', (_error, client) => borrowed.delete(client));
  pool.on('remove', (client) => borrowed.delete(client as pg.PoolClient));
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    client.on('end', () => {
      setTimeout(() => {
        if (!borrowed.has(client)) return;
        client.release(new Error('Connection terminated while borrowed'));
        // Should the borrower still call release, that is not a second release of a pooled client.
        client.release = () => undefined;
      }, RETURN_GRACE_MS).unref();
    });
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          // pg 8 ends a client with a query in flight by destroying its socket: no goodbye needed.
          if ((error as Error | null)?.message === 'Query read timeout') void client.end().catch(() => undefined);
        });
      }
      return result;
    }) as typeof client.query;
  });
}
