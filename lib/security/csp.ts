/**
 * The storefront's Content-Security-Policy. Scripts run only with this response's nonce (Next.js
 * puts it on its own scripts) or when loaded by such a script ('strict-dynamic'); nothing may
 * frame the site. Styles allow inline attributes: React and next/image write `style="…"`.
 * `unsafe-eval` only in development, where React's tooling needs it.
 */
export function contentSecurityPolicy(opts: { nonce: string; dev: boolean; tileUrl?: string }): string {
  const tileOrigin = originOf(opts.tileUrl);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self'",
    `connect-src 'self'${opts.dev ? ' ws:' : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The map tiles' origin from a template such as `https://tile.example.org/{z}/{x}/{y}.png`. */
function originOf(template: string | undefined): string | null {
  if (!template) return null;
  try {
    return new URL(template.replace(/\{[xyz]\}/g, '0')).origin;
  } catch {
    return null;
  }
}
