import { vi } from 'vitest';

/**
 * One mock of the session for every integration test: inside a call of the test client
 * (tests/support/api.ts) the signed-in user is the client's; anywhere else the real lookup runs.
 */
vi.mock('@/lib/auth/session', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/auth/session')>();
  const { actingSession, actingUser, sessionRotations } = await import('./acting');
  return {
    ...real,
    getSessionUser: async (...args: Parameters<typeof real.getSessionUser>) => {
      const user = actingUser();
      return user === undefined ? real.getSessionUser(...args) : user;
    },
    getSessionId: async () => (actingUser() === undefined ? real.getSessionId() : actingSession.id),
    rotateSession: async () => {
      if (actingUser() === undefined) return real.rotateSession();
      sessionRotations.count++;
    },
  };
});
