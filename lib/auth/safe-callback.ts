/**
 * Where to go after sign-in: the value resolved the way a browser resolves it (`\` read as `/`,
 * tabs and newlines dropped, `//host` scheme-relative), kept only when it stays on `origin`.
 * The answer is absolute, so a path that only normalises to `//host` cannot be read again as
 * another host.
 */
export function safeCallback(value: string | null | undefined, fallback = '/account', origin = siteOrigin()): string {
  const home = new URL(fallback, origin).href;
  // A repeated `?callbackUrl=` reaches the page as an array; only one plain string is a destination.
  if (typeof value !== 'string' || !value) return home;
  try {
    const url = new URL(value, origin);
    return url.origin === new URL(origin).origin ? url.href : home;
  } catch {
    return home;
  }
}

function siteOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}
