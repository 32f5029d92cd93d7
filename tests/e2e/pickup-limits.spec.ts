import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

/** Variants with at least one unit at one store, found the way a shopper's browser would. */
async function stockedAtOneStore(request: APIRequestContext, wanted: number) {
  const { stores } = (await (await request.get('/api/stores')).json()) as { stores: { id: string }[] };
  for (const store of stores) {
    const list = (await (await request.get(`/api/products?storeId=${store.id}&limit=60`)).json()) as {
      items: { handle: string }[];
    };
    const found: string[] = [];
    for (const { handle } of list.items) {
      const product = (await (await request.get(`/api/products/${handle}`)).json()) as { variants: { id: string }[] };
      for (const variant of product.variants) {
        const availability = (await (
          await request.get(`/api/availability?variantId=${variant.id}&storeId=${store.id}`)
        ).json()) as { stores: { storeId: string; available: number }[] };
        if ((availability.stores.find((s) => s.storeId === store.id)?.available ?? 0) > 0) found.push(variant.id);
        if (found.length === wanted) return { storeId: store.id, variantIds: found };
      }
    }
  }
  throw new Error(`no store has ${wanted} variants in stock`);
}

async function addForPickup(page: Page, storeId: string, variantIds: string[]) {
  const lineIds: string[] = [];
  for (const variantId of variantIds) {
    const added = await page.request.post('/api/cart/lines', {
      data: { variantId, quantity: 1, fulfillment: { type: 'pickup', storeId } },
    });
    expect(added.status()).toBe(200);
    const { lines } = (await added.json()) as { lines: { id: string; variantId: string }[] };
    lineIds.push(lines.find((l) => l.variantId === variantId)!.id);
  }
  return lineIds;
}

async function placeOrder(page: Page, email: string) {
  await page.goto('/checkout');
  await page.getByLabel('E-mail').fill(email);
  await expect(page.getByRole('radio', { name: /Pay at pickup/ })).toBeChecked();
  await page.getByRole('button', { name: 'Place order' }).click();
}

test('a bag past what one shopper may hold for pickup is refused with what to do; a bag within it is placed', async ({
  page,
  browser,
}) => {
  const { storeId, variantIds } = await stockedAtOneStore(page.request, 12);
  const email = `holds-${Date.now()}@example.com`;

  // Eleven items for pickup: one more than one shopper may hold at once.
  const lineIds = await addForPickup(page, storeId, variantIds.slice(0, 11));
  await placeOrder(page, email);
  const refusal = page.getByRole('alert').filter({ hasText: 'That is more than we hold' });
  await expect(refusal).toContainText(
    'That is more than we hold for pickup for one shopper: at most 10 items and 20 pieces at a time, and 5 of any one item.',
  );
  await expect(refusal).toBeInViewport();
  await expect(refusal.getByRole('link', { name: 'Back to your bag' })).toBeVisible();
  await expectAccessible(page);

  // Ten: placed, like any pickup order.
  expect((await page.request.delete(`/api/cart/lines/${lineIds[0]}`)).status()).toBe(200);
  await placeOrder(page, email);
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();

  // A fresh bag in another browser, same e-mail: the uncollected pickup counts.
  const other = await browser.newContext();
  const second = await other.newPage();
  await addForPickup(second, storeId, variantIds.slice(11, 12));
  await placeOrder(second, email);
  await expect(second.getByRole('alert').filter({ hasText: 'With your pickups not yet collected' })).toBeVisible();
  await other.close();
});
