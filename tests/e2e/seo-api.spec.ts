import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test('product pages carry JSON-LD Product data and Open Graph tags', async ({ page, request }) => {
  await page.goto('/p/lightweight-down-puffer');
  // The Product first; the breadcrumb trail (BreadcrumbList) follows it.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld['@type']).toBe('Product');
  expect(ld.name).toBe('Lightweight Down Puffer');
  expect(ld.offers.length).toBeGreaterThan(1);
  expect(ld.offers[0]).toMatchObject({ '@type': 'Offer', priceCurrency: 'KRW' });
  expect(ld.offers[0].price).toMatch(/^\d+$/);
  await expect(page).toHaveTitle(/Lightweight Down Puffer · Aisle/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Lightweight Down Puffer');
  const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(ogImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/art\/.+\.png$/);
  const png = await request.get(ogImage);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
});

test('sitemap.xml lists every product and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap.match(/\/p\/[a-z0-9-]+<\/loc>/g)?.length ?? 0).toBeGreaterThanOrEqual(120);
  expect(sitemap).toContain('/c/outerwear</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml/);
  expect(robots).toContain('Disallow: /api/');
});

test('the production API answers bad input with JSON errors, never a 500', async ({ request }) => {
  for (const query of ['limit=-5', 'limit=abc']) {
    const res = await request.get(`/api/products?${query}`);
    expect(res.status()).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_request', fields: { limit: expect.any(Array) } });
  }
  const missing = await request.get('/api/products/not-a-real-product');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe('not_found');
  const unknown = await request.get('/api/definitely/not/here');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
  const stores = await (await request.get('/api/stores')).json();
  expect(stores.stores.length).toBeGreaterThanOrEqual(10);
  const openapi = await (await request.get('/api/openapi.json')).json();
  expect(openapi.openapi).toBe('3.1.0');
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/products', '/api/stores']));
});

test('an unknown address and an unknown product are 404 pages inside the storefront, not bare ones', async ({
  page,
}) => {
  for (const path of ['/no-such-page', '/p/not-a-real-product']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
    // The shop around it: search, categories and the way home are all there.
    await expect(page.getByRole('searchbox', { name: 'Search products' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Categories' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await expect(page).toHaveURL(/\/$/);
  }
  // The benchmark's pages exist only in its own build (`npm run bench`).
  expect((await page.goto('/bench-floor'))?.status()).toBe(404);
  expect((await page.goto('/bench-shell'))?.status()).toBe(404);
});
