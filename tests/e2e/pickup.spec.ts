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
  await page.getByLabel(/Mobile phone \(optional, for text/).fill('010-5555-0123');
  await expect(page.getByRole('radio', { name: /Pay at pickup/ })).toBeChecked();
  // Checkout asks who collects; someone else is named (and optionally their phone).
  const who = page.getByRole('group', { name: 'Who collects the order?' });
  await expect(who.getByRole('radio', { name: 'I do' })).toBeChecked();
  await who.getByRole('radio', { name: 'Someone else' }).check();
  await who.getByLabel('Their name').fill('Kim Jiwoo');
  await who.getByLabel('Their mobile phone (optional)').fill('010-4444-5555');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  const code = (await page.getByTestId('pickup-code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{6}$/);
  await expect(page.getByRole('img', { name: `QR code for pickup code ${code}` })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Placed');
  // Where, when and how to get there: address, hours, ready-by, the hold, directions, who collects.
  const stores = (await (await request.get('/api/stores')).json()) as {
    stores: { name: string; address: { street: string }; lat: number; lng: number }[];
  };
  const store = stores.stores.find((s) => s.name === storeName)!;
  await expect(page.getByTestId('store-address')).toContainText(store.address.street);
  await expect(page.getByTestId('store-hours')).toContainText(/Mon.*\d\d:\d\d–\d\d:\d\d/);
  await expect(page.getByTestId('ready-by')).toHaveText(/^Ready by \w{3} \d+, \d{4}, \d+:\d\d\s[AP]M$/);
  await expect(page.getByTestId('hold-until')).toContainText(/^We hold it until /);
  await expect(page.getByTestId('collector')).toHaveText('Collected by Kim Jiwoo (010-4444-5555)');
  for (const [app, prefix] of [
    ['Kakao Map', 'https://map.kakao.com/link/to/'],
    ['Naver Map', 'https://map.naver.com/p/directions/-/'],
    ['Google Maps', 'https://www.google.com/maps/dir/?api=1&destination='],
  ] as const) {
    const link = page.getByRole('link', { name: `Directions to ${storeName} in ${app}` });
    await expect(link).toHaveAttribute('href', new RegExp(`^${prefix.replace(/[.?/]/g, '\\$&')}`));
    expect(await link.getAttribute('href')).toContain(store.lat.toFixed(6));
  }
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

  // The confirmation e-mail: a link to the order, the items, the code, the store and its directions.
  const outbox = (await (await request.get('/api/dev/outbox?to=pickup-shopper%40example.com')).json()) as {
    messages: { subject?: string; body: string }[];
  };
  const confirmation = outbox.messages.find((m) => m.subject === `Aisle order ${order.number} is confirmed`)!;
  expect(confirmation.body).toContain(`${new URL(page.url()).origin}/orders/${orderId}?token=`);
  expect(confirmation.body).toContain(`Pickup code: ${code}`);
  expect(confirmation.body).toContain(`- ${order.lines[0].title}`);
  expect(confirmation.body).toContain(store.address.street);
  expect(confirmation.body).toContain('Kakao Map: https://map.kakao.com/link/to/');
  expect(confirmation.body).toMatch(/Ready by /);
  expect(confirmation.body).toContain('Collected by: Kim Jiwoo');
  // The link opens the order, as a guest.
  const link = /(http\S+\/orders\/\S+)/.exec(confirmation.body)![1]!;
  await page.goto(link);
  await expect(page.getByTestId('pickup-code')).toHaveText(code);
});

test('an item only in stores, with no location known, asks for one instead of guessing; pickup is then chosen and can be added', async ({
  page,
  context,
}) => {
  await page.goto('/p/mini-leather-top-handle-tote');
  const panel = page.getByRole('region', { name: 'Pick up in store' });
  // No "nearest" store made up from the alphabet, no "(– km away)".
  await expect(panel.getByText(/^Out of stock online, but \d+ stores have it\./)).toBeVisible();
  await expect(page.getByText(/– km/)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Pick up at / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add to bag' })).toBeDisabled();
  await expectAccessible(page);

  // The shopper shares their location (asked on the press only): the nearest store with it is offered.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 37.5133, longitude: 127.1001 }); // Jamsil, Seoul
  await panel.getByRole('button', { name: 'Use my location' }).click();
  const pick = panel.getByRole('button', { name: /^Pick up at Aisle / });
  await expect(pick).toBeFocused();
  await expect(panel.getByText(/has it \(\d+\.\d km away\)\./)).toBeVisible();
  const store = (await pick.textContent())!.replace('Pick up at ', '');
  await pick.click();

  // The choice is made: pickup there is selected (and has the focus), and Add to bag works.
  const radio = page.getByRole('radio', { name: `Pick up at ${store}` });
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Ship to me' })).not.toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await expect(page.getByRole('dialog', { name: 'Added to your bag' })).toBeVisible();
  const cart = (await (await page.request.get('/api/cart')).json()) as {
    pickupStore: { name: string };
    lines: { fulfillment: { type: string } }[];
  };
  expect(cart.pickupStore.name).toBe(store);
  expect(cart.lines.map((l) => l.fulfillment.type)).toEqual(['pickup']);
});

test('an item only in stores: choosing a store from the list selects pickup there', async ({ page }) => {
  await page.goto('/p/mini-leather-top-handle-tote');
  const storeSelect = page.getByRole('combobox', { name: 'Pickup store' });
  const withStock = (await storeSelect
    .locator('option', { hasText: / available$/ })
    .first()
    .textContent())!;
  await storeSelect.selectOption({ label: withStock });
  const store = withStock.split(' — ')[0]!;
  await expect(page.getByRole('radio', { name: `Pick up at ${store}` })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Add to bag' })).toBeEnabled();
});
