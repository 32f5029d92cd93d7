import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bagCount, signUpThroughUi, uniqueEmail } from './support/account';
import { expectAccessible } from './support/axe';
import { signedHeaders } from './support/pos';

/** The newest one-time code texted to the phone, read from the dev outbox as the shopper's phone would. */
async function codeFor(request: APIRequestContext, e164: string): Promise<string> {
  const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(e164)}`);
  const { messages } = (await response.json()) as { messages: { body: string }[] };
  const code = /code is (\d{6})/.exec(messages[0]?.body ?? '')?.[1];
  expect(code, `a code texted to ${e164}`).toBeTruthy();
  return code!;
}

async function posSale(request: APIRequestContext, sale: Record<string, unknown>) {
  const body = JSON.stringify(sale);
  const response = await request.post('/api/pos/orders', { data: body, headers: signedHeaders(body) });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { order: { id: string; number: string } }).order;
}

// An in-store order in the list says where it was bought.
const storeBadges = (page: Page) =>
  page.getByRole('main').getByRole('listitem').filter({ hasText: 'Bought in store at' });

test('verify a phone, see its in-store purchases (seeded and new), buy one again, and unlink', async ({
  page,
  request,
}) => {
  const phone = '+821012345678';
  await signUpThroughUi(page, uniqueEmail('phone'), 'Minji Park');
  await page.goto('/account/orders');
  await expect(storeBadges(page)).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Link your phone' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your phone' })).toBeVisible();
  await page.getByLabel('Mobile number').fill('010-1234-5678');
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We sent a 6-digit code' })).toBeVisible();
  await expect(page.getByRole('button', { name: /New code in \d+ s/ })).toBeDisabled();
  await expectAccessible(page);
  await page.getByLabel('6-digit code').fill('000000' === (await codeFor(request, phone)) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That code is wrong or has expired.');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('4 tries left.');
  const sessionBefore = (await page.context().cookies()).find((c) => c.name === 'aisle.session')!;
  await page.getByLabel('6-digit code').fill(await codeFor(request, phone));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText('Your phone is linked.')).toBeVisible();
  await expect(page.getByText('Linked number: 010-1234-5678')).toBeVisible();
  // Linking rotated the session: a copy of the old cookie no longer opens the account.
  const replay = await request.get('/api/orders', { headers: { cookie: `aisle.session=${sessionBefore.value}` } });
  expect(replay.status()).toBe(401);

  // The seeded till sales of this phone are in the order history now, marked with their store.
  await page.goto('/account/orders');
  await expect(storeBadges(page).first()).toBeVisible();
  const seeded = await storeBadges(page).count();
  expect(seeded).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/Bought in store at Aisle /).first()).toBeVisible();
  await expectAccessible(page);

  // A sale the till posts afterwards appears too, on top.
  const stores = (await (await request.get('/api/stores')).json()) as { stores: { id: string; name: string }[] };
  const product = (await (await request.get('/api/products/heavy-canvas-tote')).json()) as {
    variants: { sku: string; price: { amount: number } }[];
  };
  const sold = product.variants[0]!;
  const sale = await posSale(request, {
    externalId: `e2e-${Date.now()}`,
    storeId: stores.stores[0]!.id,
    phone: '010 1234 5678',
    placedAt: new Date().toISOString(),
    currency: 'KRW',
    lines: [{ sku: sold.sku, quantity: 1, unitPrice: sold.price.amount }],
    total: sold.price.amount,
  });
  await page.reload();
  await expect(storeBadges(page)).toHaveCount(seeded + 1);
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(sale.number);
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(
    `Bought in store at ${stores.stores[0]!.name}`,
  );

  // Only in-store orders, then one of them in full, then bought again.
  await page.getByRole('link', { name: 'In store', exact: true }).click();
  await expect(page).toHaveURL(/channel=store/);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(seeded + 1);
  const last = page.getByRole('main').getByRole('listitem').last();
  const seededNumber = (await last.getByRole('link').first().textContent())!.trim();
  await last.getByRole('link', { name: `View order ${seededNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${seededNumber}` })).toBeVisible();
  await expect(page.getByText('Paid in store')).toBeVisible();
  const orderPage = page.url();
  const tillStore = (await page.getByText(/^Bought in store at /).textContent())!.replace('Bought in store at ', '');

  // Buy again goes to the shopper's own store, not the till's: here Jamsil (Seoul) when it was bought elsewhere.
  const myStore = tillStore === 'Aisle Jamsil' ? 'Aisle Seongsu' : 'Aisle Jamsil';
  await page.goto('/stores');
  await page.getByRole('button', { name: `Make this my store: ${myStore}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${myStore} is now your store.` })).toBeVisible();
  await page.goto(orderPage);
  const before = await bagCount(page);
  await page.getByRole('button', { name: `Buy order ${seededNumber} again` }).click();
  const picker = page.getByRole('form', { name: 'Choose what to buy again' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('radio', { name: `Pick up at ${myStore} (your store)` })).toBeChecked();
  // The shopper picks the items and how many: one of the first, none of the rest.
  const boxes = picker.getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 1; i < count; i++) await boxes.nth(i).uncheck();
  await picker.getByRole('combobox').first().selectOption('1');
  await expectAccessible(page);
  await picker.getByRole('button', { name: 'Add to bag' }).click();
  await expect(picker).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Buy order ${seededNumber} again` })).toBeFocused();
  const said = page
    .getByRole('status')
    .filter({ hasText: /Added 1 items to your bag\.|None of these items|Not available at/ });
  await expect(said).toBeVisible();
  // The bag never contradicts itself: every pickup line is for the bag's store, and none for the till's.
  const bag = (await (await page.request.get('/api/cart')).json()) as {
    pickupStoreId: string;
    pickupStore: { name: string };
    lines: { fulfillment: { type: string; storeId?: string } }[];
  };
  expect(bag.pickupStore.name).toBe(myStore);
  for (const l of bag.lines.filter((x) => x.fulfillment.type === 'pickup'))
    expect(l.fulfillment.storeId).toBe(bag.pickupStoreId);
  if ((await said.textContent())!.includes('Added 1')) await expect.poll(() => bagCount(page)).toBe(before + 1);
  await page.getByRole('main').getByRole('link', { name: 'View bag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Unlinking hides them again, and their pages with them.
  const orderUrl = `/orders/${sale.id}`;
  await page.goto('/account/phone');
  await page.getByRole('button', { name: 'Unlink this phone' }).click();
  await expect(page.getByText('The phone is unlinked.')).toBeVisible();
  await page.goto('/account/orders');
  await expect(storeBadges(page)).toHaveCount(0);
  const hidden = await page.goto(orderUrl);
  expect(hidden?.status()).toBe(404);
});

test('sign in with a phone and a texted code: a new account that sees that phone’s store purchases', async ({
  page,
  request,
}) => {
  await page.goto('/account/sign-in');
  await page.getByRole('button', { name: 'Phone' }).click();
  await page.getByLabel('Mobile number').fill('010-9876-5432');
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We sent a 6-digit code' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('6-digit code').fill(await codeFor(request, '+821098765432'));
  await page.getByLabel('Your name (if you are new to Aisle)').fill('Seojun Lee');
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Seojun Lee' })).toBeVisible();
  await expect(page.getByText('Signed in with 010-9876-5432')).toBeVisible();
  await page.goto('/account/orders?channel=store');
  await expect(storeBadges(page).first()).toBeVisible();
  expect(await storeBadges(page).count()).toBeGreaterThanOrEqual(3);

  // Download my data, then delete the account: signed out, and the orders no longer the account's.
  await page.goto('/account');
  const data = await page.request.get('/api/account/export');
  expect(data.headers()['content-disposition']).toMatch(/^attachment;/);
  const exported = (await data.json()) as { profile: { phone: string }; orders: unknown[] };
  expect(exported.profile.phone).toBe('+821098765432');
  expect(exported.orders.length).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/sign-in/);
});
