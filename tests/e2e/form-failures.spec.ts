import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { addToBag, PASSWORD, signUpThroughUi, uniqueEmail } from './support/account';
import { expectAccessible } from './support/axe';

// A dropped connection is a message beside the form, never a button left busy.
test('a sign-up whose request never arrives says so and can be sent again', async ({ page }) => {
  await page.route('**/api/account/signup', (route) => route.abort('internetdisconnected'));
  await page.goto('/account/sign-up');
  await page.getByLabel('Name').fill('Test Shopper');
  await page.getByLabel('E-mail').fill(uniqueEmail('offline-signup'));
  await page.getByLabel('Password').fill('correct horse battery staple');
  const submit = page.getByRole('button', { name: 'Create account' });
  await submit.click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'We could not reach Aisle. Check your connection and try again.' }),
  ).toBeVisible();
  await expect(submit).toBeEnabled();
});

test('a phone code request that never arrives says so and can be sent again', async ({ page }) => {
  await page.route('**/api/account/phone/start', (route) => route.abort('internetdisconnected'));
  await page.goto('/account/sign-in');
  await page.getByRole('button', { name: 'Phone' }).click();
  await page.getByLabel('Mobile number').fill('010-5555-0101');
  const send = page.getByRole('button', { name: 'Send code' });
  await send.click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'We could not reach Aisle. Check your connection and try again.' }),
  ).toBeVisible();
  await expect(send).toBeEnabled();
});

test('a checkout whose request never arrives says so and can be placed again', async ({ page }) => {
  await addToBag(page, 'heavy-canvas-tote');
  await page.route('**/api/checkout', (route) => route.abort('internetdisconnected'));
  await page.goto('/checkout');
  await fillShippedCheckout(page, uniqueEmail('offline-checkout'));
  const place = page.getByRole('button', { name: 'Place order' });
  await place.click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'We could not reach Aisle, so we could not confirm your order.' }),
  ).toBeVisible();
  await expect(place).toBeEnabled();
});

/** The Idempotency-Key of every checkout the page sent (not the worker's copy of the same request). */
function checkoutKeys(context: BrowserContext): string[] {
  const keys: string[] = [];
  context.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/checkout' && !r.serviceWorker())
      keys.push(r.headers()['idempotency-key'] ?? '');
  });
  return keys;
}

/** Orders placed for this e-mail, counted by their confirmations in the outbox. */
async function ordersFor(request: APIRequestContext, email: string): Promise<number> {
  const { messages } = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
    messages: { kind: string }[];
  };
  return messages.filter((m) => m.kind === 'order_placed').length;
}

async function fillShippedCheckout(page: Page, email: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Recipient').fill('Test Shopper');
  await page.getByLabel('Street address').fill('1 Seongsu-ro');
  await page.getByLabel('City').fill('Seoul');
  await page.getByLabel('Postal code').fill('04780');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
}

test('a checkout with no connection says so, comes back, and the retry places one order with the same key', async ({
  page,
  context,
}) => {
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/checkout');
  const email = uniqueEmail('offline-checkout-retry');
  await fillShippedCheckout(page, email);
  const keys = checkoutKeys(context);
  const place = page.getByRole('button', { name: 'Place order' });
  await context.setOffline(true);
  await place.click();
  const alert = page.getByRole('alert').filter({ hasText: 'You are offline, so we could not confirm your order.' });
  await expect(alert).toBeVisible();
  // Brought into view and focus (the button is at the foot of a long form).
  await expect(page.locator(':focus')).toContainText('You are offline, so we could not confirm your order.');
  await expect(place).toBeEnabled();
  await expectAccessible(page, { wcag22: true });
  // Pressed again while still offline: still a message, still a button.
  await place.click();
  await expect(alert).toBeVisible();
  await expect(place).toBeEnabled();
  await context.setOffline(false);
  await place.click();
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?token=/);
  expect(keys.length).toBeGreaterThanOrEqual(2);
  expect(new Set(keys).size, `keys sent: ${keys.join(', ')}`).toBe(1);
  await expect.poll(() => ordersFor(page.request, email)).toBe(1);
});

test('a checkout whose answer is lost is not placed twice by the second press', async ({ page, context }) => {
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/checkout');
  const email = uniqueEmail('lost-answer-checkout');
  await fillShippedCheckout(page, email);
  const keys = checkoutKeys(context);
  // The order is placed on the server, but its answer never reaches the browser.
  await page.route('**/api/checkout', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  const place = page.getByRole('button', { name: 'Place order' });
  await place.click();
  await expect(page.getByRole('alert').filter({ hasText: 'We could not reach Aisle' })).toBeVisible();
  await expect(place).toBeEnabled();
  await page.unroute('**/api/checkout');
  await place.click();
  await expect(page).toHaveURL(/\/orders\/[^/?]+\?token=/);
  expect(new Set(keys).size, `keys sent: ${keys.join(', ')}`).toBe(1);
  await expect.poll(() => ordersFor(page.request, email)).toBe(1);
});

test('a sign-in with no connection says so, stays on the form, and works once back online', async ({
  page,
  context,
  browser,
}) => {
  const email = uniqueEmail('offline-sign-in');
  const other = await browser.newContext();
  await signUpThroughUi(await other.newPage(), email);
  await other.close();
  await page.goto('/account/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  const submit = page.getByRole('button', { name: 'Sign in' }).last();
  await context.setOffline(true);
  await submit.click();
  await expect(page.getByRole('alert').filter({ hasText: 'You are offline, so nothing was sent.' })).toBeVisible();
  await expect(submit).toBeEnabled();
  await expect(page).toHaveURL(/\/account\/sign-in$/);
  await context.setOffline(false);
  await submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Test Shopper' })).toBeVisible();
});

test('deleting the account with no connection says so and leaves the button usable', async ({ page, context }) => {
  await signUpThroughUi(page, uniqueEmail('offline-delete'));
  await page.getByRole('button', { name: 'Delete my account' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete for good' });
  await context.setOffline(true);
  await confirm.click();
  await expect(dialog.getByRole('alert').filter({ hasText: 'You are offline, so nothing was sent.' })).toBeVisible();
  await expect(confirm).toBeEnabled();
  await context.setOffline(false);
});
