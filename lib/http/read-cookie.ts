import 'server-only';

/** A request cookie's value by name (the first of that name), decoded; null when absent or malformed. */
export function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null; // Malformed percent-encoding: no usable value, as if there were none.
    }
  }
  return null;
}
