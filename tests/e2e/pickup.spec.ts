import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { signedHeaders } from './support/pos';

test('reserve for pickup, pay at the store, and see the store mark it ready', async ({ page, request }) => {
  await page.goto('/p/heavy-canvas-tote');
  // Choose a store that has the item: it becomes the bag's pickup store.
  const storeSelect = page.getByRole('combobox', { name: 'Pickup store' });
  await expect(storeSelect).toBeVisible();
  const options = await storeSelect.locator('option').allTextContents();
  const withStock = options.find((o) => / available$/.test(o))!;
  await storeSelect.selectOption({ label: withStock });
  const storeName = withStock.split(' — ')[0]!;
  await expect(page.getByTestId('store-availability')).toContainText(storeName);
  await page.getByRole('radio', { name: `Pick up at ${storeName}` }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await page.getByRole('dialog', { name: 'Added to your bag' }).getByRole('link', { name: 'View bag' }).click();

  await expect(page.getByText(`Pick up at ${storeName}`).first()).toBeVisible();
  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByLabel('E-mail').fill('pickup-shopper@example.com');
  await page.getByLabel(/Mobile phone/).fill('010-5555-0123');
  await expect(page.getByRole('radio', { name: /Pay at pickup/ })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  const code = (await page.getByTestId('pickup-code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{6}$/);
  await expect(page.getByRole('img', { name: `QR code for pickup code ${code}` })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Placed');
  await expectAccessible(page);

  const url = new URL(page.url());
  const orderId = url.pathname.split('/').pop()!;
  const order = await (await request.get(`/api/orders/${orderId}?token=${url.searchParams.get('token')}`)).json();
  const body = JSON.stringify({ storeId: order.pickup.storeId });
  const readyPath = `/api/pos/pickups/${orderId}/ready`;

  // Unsigned or badly signed: refused, nothing changes.
  expect(
    (await request.post(readyPath, { data: body, headers: { 'content-type': 'application/json' } })).status(),
  ).toBe(401);
  expect(
    (await request.post(readyPath, { data: body, headers: signedHeaders(body, 'not-the-secret-at-all') })).status(),
  ).toBe(401);
  await page.reload();
  await expect(page.getByTestId('order-status')).toHaveText('Placed');

  const ready = await request.post(readyPath, { data: body, headers: signedHeaders(body) });
  expect(ready.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId('order-status')).toHaveText('Ready for pickup');

  await page.goto('/dev/outbox?to=%2B821055550123');
  await expect(
    page.getByText(`Aisle: order ${order.number} is ready at ${storeName}. Code ${code}.`, { exact: false }),
  ).toBeVisible();
  await page.goto('/dev/outbox?to=pickup-shopper%40example.com');
  await expect(page.getByText(`Order ${order.number} is ready at ${storeName}`)).toBeVisible();
});
