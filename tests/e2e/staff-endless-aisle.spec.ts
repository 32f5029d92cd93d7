import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_STAFF_AISLE_EMAIL, E2E_STAFF_AISLE_LINK_FILE } from '../../playwright.config';
import { expectAccessible } from './support/axe';
import { integration } from './support/integration';

const TABLET = { width: 820, height: 1180 };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = '010-7070-3131';

async function shoot(page: Page, name: string, path: (name: string) => string) {
  for (const [label, size] of [
    ['tablet', TABLET],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path(`${name}-${label}.png`), fullPage: true });
  }
}

type Store = { id: string; name: string };
type Product = { variants: { id: string }[] };

test('an associate builds a bag and texts it; the link opens in the shopper’s own bag and checks out as a store order', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const shot = (name: string) => testInfo.outputPath(name);
  const { stores } = (await (await request.get('/api/stores')).json()) as { stores: Store[] };
  const seongsu = stores.find((s) => s.name === 'Aisle Seongsu')!;
  const gangnam = stores.find((s) => s.name === 'Aisle Gangnam')!;
  // What Seongsu lacks, Gangnam has.
  const tote = (await (await request.get('/api/products/heavy-canvas-tote')).json()) as Product;
  for (const v of tote.variants) {
    for (const [store, count] of [
      [seongsu, 0],
      [gangnam, 5],
    ] as const) {
      const set = await request.post('/api/dev/stock', { data: { storeId: store.id, variantId: v.id, count } });
      expect(set.status()).toBe(200);
    }
  }

  const market = (await (await request.get('/api/products/organic-cotton-market-tote')).json()) as Product;
  const marketSet = await request.post('/api/dev/stock', {
    data: { storeId: gangnam.id, variantId: market.variants[0]!.id, count: 5 },
  });
  expect(marketSet.status()).toBe(200);

  // The associate sets a password from staff:create's link and signs in.
  await page.setViewportSize(TABLET);
  await page.goto(readFileSync(E2E_STAFF_AISLE_LINK_FILE, 'utf8').trim());
  await page.getByLabel('New password').fill('aisle associate password');
  await page.getByLabel('Repeat the password').fill('aisle associate password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByRole('link', { name: 'Go to staff sign-in' }).click();
  await page.getByLabel('Work e-mail').fill(E2E_STAFF_AISLE_EMAIL);
  await page.getByLabel('Password').fill('aisle associate password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your stores' })).toBeVisible();

  await page.goto(`/staff/stores/${seongsu.id}/endless-aisle`);
  await expect(page.getByRole('heading', { level: 1, name: 'Endless aisle' })).toBeVisible();
  await expectAccessible(page);
  // Another store's endless aisle does not exist for a Seongsu associate.
  expect((await page.request.get(`/api/staff/stores/${gangnam.id}/endless-aisle?q=tote`)).status()).toBe(404);

  // Search with the keyboard, and read the stock table of the first variant.
  await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('heavy canvas tote');
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: /^Stock of Heavy Canvas Tote/ }).first();
  await expect(table.getByRole('row', { name: /Aisle Seongsu \(this store\) 0/ })).toBeVisible();
  // 5 on hand, less whatever another journey holds there for pickup.
  await expect(table.getByRole('row', { name: /Aisle Gangnam [1-5]$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Online warehouse/ })).toBeVisible();
  await page
    .getByRole('button', { name: /^Add Heavy Canvas Tote, .* to the bag$/ })
    .first()
    .click();
  const bag = page.getByRole('region', { name: 'Customer’s bag' });
  await expect(bag.getByText('Heavy Canvas Tote', { exact: true })).toBeVisible();
  await page.getByLabel('Customer’s mobile phone').fill(PHONE);
  await page.getByRole('radio', { name: 'Pickup at Aisle Gangnam' }).check();
  // As in the table: 5 less what another journey holds at Gangnam.
  await expect(bag.getByText(/^Available: [1-5]$/)).toBeVisible();
  await expect(page.getByRole('radio', { name: /Send to phone/ })).toBeChecked();
  await expectAccessible(page);
  await shoot(page, 'endless-aisle-bag', shot);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByText(/Link sent to \+82 ••• 3131/)).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'endless-aisle-sent', shot);

  // The text message, from the outbox.
  const outbox = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent('+821070703131')}`)).json()) as {
    messages: { body: string }[];
  };
  const sms = outbox.messages.find((m) => m.body.includes('/bag/from-store?token='))!;
  expect(sms.body).toContain('Aisle Seongsu');
  const link = /https?:\/\/\S+/.exec(sms.body)![0];

  // The shopper's phone: a bag of their own already, then the link.
  const phone = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const shopper = await phone.newPage();
  await shopper.goto('/');
  const own = await shopper.request.post('/api/cart/lines', {
    data: { variantId: market.variants[0]!.id, quantity: 1, fulfillment: { type: 'pickup', storeId: gangnam.id } },
  });
  expect(own.status()).toBe(200);
  await shopper.goto(link);
  await expect(shopper.getByRole('heading', { level: 1, name: 'A bag from the store' })).toBeVisible();
  await expectAccessible(shopper);
  await shopper.getByRole('button', { name: 'Add to my bag' }).click();
  await expect(shopper).toHaveURL(/\/cart$/);
  await expect(shopper.getByText('Heavy Canvas Tote').first()).toBeVisible();
  await expect(shopper.getByText('Organic Cotton Market Tote').first()).toBeVisible();

  await shopper.goto('/checkout');
  await shopper.getByLabel('E-mail').fill('aisle-shopper@example.com');
  await shopper.getByLabel(/Mobile phone \(optional, for text/).fill(PHONE);
  await expect(shopper.getByRole('radio', { name: /Pay at pickup/ })).toBeChecked();
  await shopper.getByRole('button', { name: 'Place order' }).click();
  await expect(shopper.getByText('Thank you — your order is placed.')).toBeVisible();
  const orderId = /\/orders\/([^/?]+)/.exec(shopper.url())![1]!;

  // The same link does not work twice.
  await shopper.goto(link);
  await shopper.getByRole('button', { name: 'Add to my bag' }).click();
  await expect(shopper.getByRole('alert').filter({ hasText: 'already used or has expired' })).toBeVisible();
  await phone.close();

  // The retailer's feed: a store order from the endless aisle, credited to Seongsu.
  const feed = integration(request);
  let found: Record<string, unknown> | undefined;
  for (let i = 0; i < 20 && !found; i++) {
    const page1 = (await (await feed.get('/api/integrations/orders?limit=500')).json()) as {
      orders: Record<string, unknown>[];
    };
    found = page1.orders.find((o) => o.id === orderId);
    if (!found) await new Promise((r) => setTimeout(r, 250));
  }
  expect(found).toMatchObject({ channel: 'store', source: 'endless_aisle', storeId: seongsu.id });
});
