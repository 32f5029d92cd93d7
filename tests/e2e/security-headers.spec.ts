import { expect, test } from '@playwright/test';
import { PASSWORD, uniqueEmail } from './support/account';

test('pages carry a nonce-based CSP and the other protective headers, and run under it without a violation', async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  const response = (await page.goto('/p/heavy-canvas-tote'))!;
  const headers = response.headers();
  const csp = headers['content-security-policy']!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('geolocation=(self)');
  expect(headers['x-frame-options']).toBe('DENY');
  // Every script in the HTML carries this response's nonce (scripts they load are trusted through
  // 'strict-dynamic'), and a second request gets a new one.
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !attrs.includes('application/ld+json'))
    .map((attrs) => /\snonce="([^"]*)"/.exec(attrs)?.[1] ?? '');
  expect(scripts.length).toBeGreaterThan(3);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  const again = (await request.get('/p/heavy-canvas-tote')).headers()['content-security-policy'];
  expect(again).not.toContain(nonce!);
  // The page works under the policy: the bag takes an item.
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await expect(page.getByRole('dialog', { name: 'Added to your bag' })).toBeVisible();
  expect(violations).toEqual([]);

  const api = await request.get('/api/products/heavy-canvas-tote');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('session and bag cookies are HttpOnly and SameSite=Lax; personal answers are private, no-store', async ({
  request,
}) => {
  const email = uniqueEmail('cookies');
  expect((await request.post('/api/account/signup', { data: { email, password: PASSWORD, name: 'C' } })).status()).toBe(
    201,
  );
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const signIn = await request.post('/api/auth/callback/password', {
    form: { csrfToken, email, password: PASSWORD },
    maxRedirects: 0,
  });
  const setCookies = signIn.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
  const session = setCookies.find((h) => /session/.test(h.value.split('=')[0]!))!;
  expect(session.value).toMatch(/HttpOnly/i);
  expect(session.value).toMatch(/SameSite=Lax/i);
  const product = await (await request.get('/api/products/heavy-canvas-tote')).json();
  const added = await request.post('/api/cart/lines', { data: { variantId: product.variants[0].id, quantity: 1 } });
  expect(added.headers()['cache-control']).toBe('private, no-store');
  for (const path of ['/api/cart', '/api/orders', '/api/account/export']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('private, no-store');
  }
  // Pages rendered for this shopper are never stored by a browser or a shared cache either.
  for (const path of ['/cart', '/checkout', '/account', '/account/orders']) {
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    const cacheControl = page.headers()['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/\bprivate\b/);
    expect(cacheControl, path).toMatch(/\bno-store\b/);
  }
  // A cross-site write is refused, whatever cookies it carries.
  const forged = await request.post('/api/cart/lines', {
    data: { variantId: product.variants[0].id, quantity: 1 },
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe('cross_site_request');
});

test('the shop publishes where to report a vulnerability at /.well-known/security.txt (RFC 9116)', async ({
  request,
}) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toContain('Contact: mailto:security@aisle.test\n');
  const expires = Date.parse(/^Expires: (.+)$/m.exec(text)?.[1] ?? '');
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires).toBeLessThan(Date.now() + 366 * 24 * 3600 * 1000);
});
