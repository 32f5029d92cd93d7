/** Where next-auth's catch-all route is mounted (app/api/auth/[...nextauth]); AUTH_URL is not used. */
export const AUTH_BASE_PATH = '/api/auth';

/**
 * The action and provider next-auth reads from a URL, read the way it reads them: it drops empty
 * segments, so `/api/auth/callback//password/` is the password callback too. Anything that
 * decides per action (the sign-in limits, the live-session check) must agree with it.
 */
export function authActionOf(url: string): { action: string; providerId?: string } | null {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(AUTH_BASE_PATH)) return null;
  const segments = pathname.slice(AUTH_BASE_PATH.length).split('/').filter(Boolean);
  if (segments.length !== 1 && segments.length !== 2) return null;
  return { action: segments[0]!, ...(segments[1] ? { providerId: segments[1] } : {}) };
}
