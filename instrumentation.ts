/**
 * Runs once as the server starts: refuses a bad environment, opens, migrates and (when
 * empty) seeds the database before the first request, and starts the pickup sweeper and hourly housekeeping. A
 * database that cannot be reached does not stop the server: requests answer 503 until it
 * returns, and the start is retried in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { readEnv } = await import('./lib/env');
  readEnv();
  const { getDb } = await import('./lib/db');
  const { releaseExpiredPickups } = await import('./lib/orders/pickup-lifecycle');
  const { sweepExpired } = await import('./lib/db/sweep-expired');
  const start = async (): Promise<void> => {
    let db: Awaited<ReturnType<typeof getDb>>;
    try {
      db = await getDb();
    } catch (error) {
      console.error('[db] unreachable at start; answering 503 until it returns:', (error as Error).message);
      setTimeout(() => void start(), 5_000).unref();
      return;
    }
    // Every instance may sweep: each release re-checks its pickup under a row lock.
    const sweep = () =>
      releaseExpiredPickups(db, new Date()).then(
        (n) => n > 0 && console.info(`[sweeper] released ${n} expired pickup(s)`),
        (error: unknown) => console.error('[sweeper] failed', error),
      );
    setInterval(sweep, 60_000).unref();
    void sweep();
    // Housekeeping: rows nothing can use any more (old idempotency keys, finished rate-limit
    // windows, expired codes and sessions, unreachable guest carts). Idempotent on every instance.
    const houseKeep = () =>
      sweepExpired(db, new Date()).then(
        (swept) => Object.values(swept).some((n) => n > 0) && console.info('[sweeper] deleted', swept),
        (error: unknown) => console.error('[sweeper] housekeeping failed', error),
      );
    setInterval(houseKeep, 60 * 60_000).unref();
    void houseKeep();
  };
  await start();
}
