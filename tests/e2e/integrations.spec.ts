import { expect, test } from '@playwright/test';
import { expectAccessible, expectImagesLoaded } from './support/axe';
import { integration, webhookReceiver } from './support/integration';

/** A product no other journey touches: its stock here is this spec's own. */
const BEANIE = 'merino-rib-beanie';

test('a stock count brings a sold-out store back into "in stock at my store", and a low count sends a signed stock.low webhook', async ({
  page,
  request,
}) => {
  const api = integration(request);
  const { stores } = (await (await request.get('/api/stores')).json()) as {
    stores: { id: string; slug: string; name: string }[];
  };
  const store = stores.find((s) => s.name === 'Aisle Seongsu')!;
  const product = (await (await request.get(`/api/products/${BEANIE}`)).json()) as {
    title: string;
    category: { slug: string };
    variants: { id: string; sku: string }[];
  };
  const receiver = await webhookReceiver();
  try {
    const made = await api.post('/api/integrations/webhooks', { url: receiver.url, events: ['stock.low'] });
    expect(made.status()).toBe(201);
    receiver.trust(((await made.json()) as { secret: string }).secret);

    const count = async (onHand: number, asOf: Date) => {
      const answer = await api.post('/api/integrations/stock', {
        counts: product.variants.map((v) => ({ location: store.slug, sku: v.sku, onHand, asOf: asOf.toISOString() })),
      });
      expect(answer.status()).toBe(200);
      const { results } = (await answer.json()) as { results: { status: string; available: number }[] };
      expect(results.map((r) => r.status)).toEqual(product.variants.map(() => 'applied'));
      return results;
    };
    const inStockHere = page.getByRole('link', { name: product.title }).first();
    const listing = `/c/${product.category.slug}?storeId=${store.id}`;

    // The RFID count says the store has none: the item leaves "in stock at my store".
    await count(0, new Date(Date.now() - 60_000));
    await page.goto(listing);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(inStockHere).toHaveCount(0);

    // A later count finds five of each: back in the store's listing, and on the product page.
    await count(5, new Date(Date.now() - 30_000));
    await page.goto(listing);
    await expect(inStockHere).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/p/${BEANIE}`);
    const storeSelect = page.getByRole('combobox', { name: 'Pickup store' });
    await expect(storeSelect.locator('option', { hasText: store.name })).toHaveText(/ available$/);

    // Then two of the first colour are left (the threshold is 2): the retailer hears of it, once.
    const first = product.variants[0]!;
    const low = await api.post('/api/integrations/stock', {
      counts: [{ location: store.slug, sku: first.sku, onHand: 2, asOf: new Date().toISOString() }],
    });
    expect(((await low.json()) as { results: { status: string; available: number }[] }).results).toEqual([
      expect.objectContaining({ status: 'applied', available: 2 }),
    ]);
    await expect
      .poll(() => receiver.verified.filter((d) => d.data.sku === first.sku && d.data.available === 2).length, {
        timeout: 20_000,
      })
      .toBe(1);
    const event = receiver.verified.find((d) => d.data.sku === first.sku && d.data.available === 2)!;
    expect(event).toMatchObject({
      type: 'stock.low',
      data: { location: store.slug, variantId: first.id, threshold: 2 },
    });
    expect(event.id).toMatch(/^evt_/);
  } finally {
    await receiver.close();
  }
});

test('a product the retailer’s PIM sends appears in the shop with its photo, stored and served by the shop', async ({
  page,
  request,
  baseURL,
}) => {
  const api = integration(request);
  // A photo from the retailer's own server: here the shop's drawing of a tote, as a PNG.
  const tote = (await (await request.get('/api/products/heavy-canvas-tote')).json()) as { images: { url: string }[] };
  const photo = `${baseURL}${tote.images[0]!.url.replace(/\.svg$/, '.png')}`;
  const handle = `pim-market-tote-${Date.now()}`;
  const product = {
    title: { en: 'Market Tote', ko: '마켓 토트' },
    description: { en: 'A sturdy market tote in heavy canvas, sent by the PIM.' },
    category: 'Bags',
    tags: ['pim'],
    options: [{ name: 'Color', values: ['Natural'] }],
    variants: [
      {
        sku: `${handle}-natural`.toUpperCase(),
        options: { Color: 'Natural' },
        prices: [{ market: 'KR', amount: 42_000 }],
      },
    ],
    images: [{ src: photo, alt: { en: 'Market Tote in natural canvas' } }],
  };
  const created = await api.put(`/api/integrations/products/${handle}`, product);
  expect(created.status(), await created.text()).toBe(201);
  // The same payload again changes nothing.
  const again = await api.put(`/api/integrations/products/${handle}`, product);
  expect(((await again.json()) as { result: string }).result).toBe('unchanged');

  await page.goto(`/p/${handle}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Market Tote' })).toBeVisible();
  await expect(page.getByText('₩42,000').first()).toBeVisible();
  const image = page.getByRole('img', { name: 'Market Tote in natural canvas' }).first();
  await expect(image).toBeVisible();
  // Served by the shop from its own store of media (through next/image), never the PIM's URL.
  const src = (await image.getAttribute('src'))!;
  expect(src).not.toContain(photo);
  expect(decodeURIComponent(src)).toMatch(/\/media\/[0-9a-f]{64}\.png/);
  await expectImagesLoaded(page);
  await expectAccessible(page);

  // Archived by the PIM: gone from the shop.
  const archived = await api.put(`/api/integrations/products/${handle}`, { ...product, status: 'archived' });
  expect(archived.status()).toBe(200);
  expect((await request.get(`/p/${handle}`)).status()).toBe(404);
});
