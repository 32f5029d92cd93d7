import { devices, expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { addToBag, signInThroughUi, signUpThroughUi, uniqueEmail } from './support/account';

// Several browsers, sign-ups (argon2) and polling: these journeys take longer than a page visit.
test.describe.configure({ timeout: 60_000 });

test('the account bag follows the shopper between a phone and a desktop, without reloads', async ({ browser }) => {
  const email = uniqueEmail('devices');
  const phone = await browser.newContext({ ...devices['Pixel 7'] });
  const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const onPhone = await phone.newPage();
  const onDesktop = await desktop.newPage();

  await signUpThroughUi(onPhone, email);
  await signInThroughUi(onDesktop, email, '/cart');
  await expect(onDesktop.getByText('Your bag is empty.')).toBeVisible();

  // Add on the phone: the open desktop bag shows it within 5 seconds.
  await addToBag(onPhone, 'lightweight-down-puffer');
  const saved = Date.now();
  const line = onDesktop.getByRole('listitem').filter({ hasText: 'Lightweight Down Puffer' });
  await expect(line).toBeVisible({ timeout: 5_000 });
  test.info().annotations.push({ type: 'cross-device latency (ms)', description: String(Date.now() - saved) });
  await expectAccessible(onDesktop);

  // Change the quantity on the desktop: the phone's open bag follows, told by its event stream.
  const phoneStream = onPhone.waitForResponse((r) => new URL(r.url()).pathname === '/api/cart/events');
  await onPhone.goto('/cart');
  expect((await phoneStream).headers()['content-type']).toBe('text/event-stream');
  const phoneQuantity = onPhone.getByRole('combobox', { name: 'Quantity of Lightweight Down Puffer' });
  await expect(phoneQuantity).toHaveValue('1');
  await line.getByRole('combobox', { name: 'Quantity of Lightweight Down Puffer' }).selectOption('3');
  await expect(phoneQuantity).toHaveValue('3', { timeout: 5_000 });
  await expect(onPhone.getByTestId('cart-count')).toHaveText('3', { timeout: 5_000 });
  await expectAccessible(onPhone);

  await phone.close();
  await desktop.close();
});

test('a guest bag merges into the account bag at sign-in, and says so', async ({ browser }) => {
  const email = uniqueEmail('merge');
  // The account already holds one puffer.
  const earlier = await browser.newContext();
  const earlierPage = await earlier.newPage();
  await signUpThroughUi(earlierPage, email);
  await addToBag(earlierPage, 'lightweight-down-puffer');
  await earlier.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await addToBag(page, 'lightweight-down-puffer');
  await addToBag(page, 'heavy-canvas-tote');
  await expect(page.getByTestId('cart-count')).toHaveText('2');

  await signInThroughUi(page, email, '/cart');
  await expect(page.getByRole('status')).toContainText('We added 2 items from your guest bag to your account.');
  const puffer = page.getByRole('listitem').filter({ hasText: 'Lightweight Down Puffer' });
  await expect(puffer.getByRole('combobox', { name: /Quantity of/ })).toHaveValue('2');
  await expect(page.getByRole('listitem').filter({ hasText: 'Heavy Canvas Tote' })).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveText('3');
  await expectAccessible(page);

  // Signing out ends the session on the server: the bag is no longer this shopper's.
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('account-link')).toHaveText('Sign in');
  await page.goto('/cart');
  await expect(page.getByText('Your bag is empty.')).toBeVisible();
  await context.close();
});

test('a refused change rolls back with a visible message', async ({ page }) => {
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/cart');
  const quantity = page.getByRole('combobox', { name: 'Quantity of Heavy Canvas Tote' });
  await expect(quantity).toHaveValue('1');
  // The server refuses this write.
  await page.route('**/api/cart/lines/*', (route) =>
    route.fulfill({
      status: 409,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'insufficient_stock', message: 'Only 1 available' } }),
    }),
  );
  await quantity.selectOption('4');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Not enough stock: Only 1 available');
  await expect(quantity).toHaveValue('1');
});

test('delivery is priced: the bag shows the fee and what makes it free, checkout charges the option chosen, the order shows it', async ({
  page,
}) => {
  // A long journey (listing, product, bag, checkout, order) with axe on several pages.
  test.slow();
  // The home page's promise is the rule the bag charges by.
  await page.goto('/');
  await expect(page.getByText('Free delivery from ₩50,000', { exact: true })).toBeVisible();

  await addToBag(page, 'heavy-canvas-tote'); // ₩39,000, delivered
  await page.goto('/cart');
  const summary = page.getByRole('complementary', { name: 'Your bag' });
  await expect(summary.getByTestId('cart-delivery')).toContainText('Standard delivery');
  await expect(summary.getByTestId('cart-delivery')).toContainText(/Arrives \w{3}, \w{3} \d{1,2}/);
  await expect(summary.getByTestId('cart-delivery-fee')).toHaveText('₩3,000');
  await expect(summary.getByTestId('free-delivery-hint')).toHaveText('₩11,000 more for free delivery');
  await expect(summary.getByTestId('cart-total')).toHaveText('₩42,000');
  await expectAccessible(page);

  // Over the threshold: free.
  const quantity = page.getByRole('combobox', { name: 'Quantity of Heavy Canvas Tote' });
  await quantity.selectOption('2');
  await expect(summary.getByTestId('cart-delivery-fee')).toHaveText('Free');
  await expect(summary.getByTestId('free-delivery-hint')).toHaveText('Your order travels free.');
  await expect(summary.getByTestId('cart-total')).toHaveText('₩78,000');
  await quantity.selectOption('1');
  await expect(summary.getByTestId('cart-total')).toHaveText('₩42,000');

  await page.getByRole('link', { name: 'Checkout' }).click();
  const options = page.getByRole('group', { name: 'Delivery' });
  await expect(options.getByRole('radio', { name: /Standard delivery/ })).toBeChecked();
  await expect(page.getByTestId('checkout-total')).toHaveText('₩42,000');
  await options.getByRole('radio', { name: /Express delivery/ }).check();
  await expect(page.getByTestId('checkout-delivery')).toContainText('₩6,000');
  await expect(page.getByTestId('checkout-total')).toHaveText('₩45,000');
  await expectAccessible(page);
  await page.getByLabel('E-mail').fill('delivery-shopper@example.com');
  await page.getByLabel('Recipient').fill('Jiho Kim');
  await page.getByLabel('Street address').fill('17 Yeonmujang-gil');
  await page.getByLabel('City').fill('Seoul');
  await page.getByLabel('Postal code').fill('04782');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  await expect(page.getByTestId('order-delivery-fee')).toContainText('Express delivery');
  await expect(page.getByTestId('order-delivery-fee')).toContainText('₩6,000');
  await expect(page.getByTestId('order-delivery-estimate')).toContainText('Arrives');
  await expect(page.getByRole('main')).toContainText('₩45,000');
});

test('wrong credentials get one uniform message', async ({ page }) => {
  await page.goto('/account/sign-in');
  await page.getByLabel('E-mail').fill('nobody-at-all@example.com');
  await page.getByLabel('Password').fill('whatever-password');
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'That e-mail and password do not match an account.',
  );
  await expectAccessible(page);
  // The account page is behind sign-in.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/sign-in\?callbackUrl=%2Faccount|\/account\/sign-in\?callbackUrl=\/account/);
});

test('the empty bag shows its summary first and suggestions after it, so they push nothing when they arrive @phone', async ({
  page,
}) => {
  await page.goto('/cart');
  await expect(page.getByText('Your bag is empty.')).toBeVisible();
  const summary = page.getByRole('complementary', { name: 'Your bag' });
  const suggestions = page.getByRole('heading', { level: 2, name: 'Picked for you' });
  await expect(suggestions).toBeVisible();
  const [summaryBox, suggestionsBox] = [await summary.boundingBox(), await suggestions.boundingBox()];
  expect(suggestionsBox!.y).toBeGreaterThan(summaryBox!.y + summaryBox!.height);
});

test('the bag page opens on the shopper’s bag, drawn by the server: nothing waits for a script', async ({
  browser,
}) => {
  const shopping = await browser.newContext();
  const page = await shopping.newPage();
  await addToBag(page, 'heavy-canvas-tote');
  const cookies = await shopping.cookies();
  await shopping.close();

  // The same browser with scripts off: the bag's line, its quantity and the summary are in the HTML.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await noScript.addCookies(cookies);
  const bag = await noScript.newPage();
  await bag.goto('/cart');
  const line = bag.getByRole('listitem').filter({ hasText: 'Heavy Canvas Tote' });
  await expect(line).toBeVisible();
  await expect(line.getByRole('combobox', { name: 'Quantity of Heavy Canvas Tote' })).toHaveValue('1');
  await expect(bag.getByTestId('cart-subtotal')).not.toBeEmpty();
  await expect(bag.getByText('Saving…', { exact: true })).toHaveCount(0);
  await noScript.close();

  // A visitor with no bag: the empty bag at once, not a placeholder.
  const stranger = await browser.newContext({ javaScriptEnabled: false });
  const empty = await stranger.newPage();
  await empty.goto('/cart');
  await expect(empty.getByText('Your bag is empty.')).toBeVisible();
  await stranger.close();
});
