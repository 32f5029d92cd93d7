/**
 * Runs once as the server starts: refuses a bad environment, opens, migrates and (when
 * empty) seeds the database before the first request, and starts the pickup sweeper.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { readEnv } = await import('./lib/env');
  readEnv();
  const { getDb } = await import('./lib/db');
  const db = await getDb();
  const { releaseExpiredPickups } = await import('./lib/orders/pickup-lifecycle');
  // Every instance may sweep: each release re-checks its pickup under a row lock.
  const sweep = () =>
    releaseExpiredPickups(db, new Date()).then(
      (n) => n > 0 && console.info(`[sweeper] released ${n} expired pickup(s)`),
      (error: unknown) => console.error('[sweeper] failed', error),
    );
  setInterval(sweep, 60_000).unref();
  void sweep();
}
