/**
 * Runs once as the server starts: refuses a bad environment, opens, migrates and (when
 * empty) seeds the database before the first request, and starts the background work: the
 * pickup sweeper, hourly housekeeping and delivery of notifications. A database that cannot
 * be reached does not stop the server: requests answer 503 until it returns, and the start is
 * retried in the background.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { authSecret, readEnvOrExit } = await import('./lib/env');
  const env = readEnvOrExit();
  const { getDb } = await import('./lib/db');
  const { releaseExpiredPickups } = await import('./lib/orders/pickup-lifecycle');
  const { sweepExpired } = await import('./lib/db/sweep-expired');
  const { deliverPending } = await import('./lib/notifications/senders');
  const { sendersFromEnv } = await import('./lib/notifications/providers');
  const { deliverWebhooks, WEBHOOK_BATCH } = await import('./lib/webhooks/deliver');
  const senders = sendersFromEnv(env);
  if (senders.length < 2 && env.NODE_ENV === 'production') {
    console.warn(
      '[outbox] no e-mail or no SMS provider configured: those messages stay in the outbox (README, Configuration)',
    );
  }
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
    // Delivery from the outbox, when a provider is configured; one pass at a time per instance.
    if (senders.length > 0) {
      let delivering = false;
      setInterval(() => {
        if (delivering) return;
        delivering = true;
        deliverPending(db, senders, new Date())
          .catch((error: unknown) => console.error('[outbox] delivery failed', error))
          .finally(() => (delivering = false));
      }, 3_000).unref();
    }
    // Webhooks, on every instance: each batch is claimed with a lease (SKIP LOCKED), so instances
    // never send one delivery together and a crashed one's claims are taken again. A full batch
    // means more are due: the next follows at once.
    let sendingWebhooks = false;
    const webhookOptions = {
      authSecret: authSecret(env),
      maxAttempts: env.AISLE_WEBHOOK_MAX_ATTEMPTS,
      publicOnly: env.NODE_ENV === 'production' && env.AISLE_WEBHOOK_LOCAL_RECEIVERS !== '1',
    };
    const sendWebhooks = async () => {
      for (let batch = 0; batch < 50; batch++) {
        const { claimed } = await deliverWebhooks(db, new Date(), webhookOptions);
        if (claimed < WEBHOOK_BATCH) return;
      }
    };
    setInterval(() => {
      if (sendingWebhooks) return;
      sendingWebhooks = true;
      sendWebhooks()
        .catch((error: unknown) => console.error('[webhooks] delivery failed', error))
        .finally(() => (sendingWebhooks = false));
    }, 2_000).unref();
  };
  await start();
}
