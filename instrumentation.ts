/** Opens, migrates and (when empty) seeds the database as the server starts, before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Refuse to start with a bad environment (e.g. no AUTH_SECRET in production).
  const { readEnv } = await import('./lib/env');
  readEnv();
  const { getDb } = await import('./lib/db');
  await getDb();
}
