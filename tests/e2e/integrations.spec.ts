import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
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
