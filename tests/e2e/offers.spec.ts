import { expect, test } from '@playwright/test';
import { addToBag } from './support/account';
import { expectAccessible } from './support/axe';

/** About 800 m north of Aisle Seongsu, and a place far from every store's offer. */
const nearSeongsu = { latitude: 37.5445 + 800 / 111_195, longitude: 127.0557 };
const farAway = { latitude: 35.8714, longitude: 128.6014 }; // Daegu

const money = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('near a store its offer shows with the distance, applies in the bag and in the order; far away it does not', async ({
  browser,
}) => {
  const near = await browser.newContext({ geolocation: nearSeongsu, permissions: ['geolocation'] });
  const page = await near.newPage();
  await page.goto('/');
  const block = page.getByRole('region', { name: 'Near you' });
  // Nothing is asked on page load: only the button asks.
  await expect(block.getByRole('button', { name: 'Use my location' })).toBeVisible();
  await expect(block.getByText('Seongsu neighbours: 10% off', { exact: true })).toHaveCount(0);
  await block.getByRole('button', { name: 'Use my location' }).click();
  await expect(block.getByTestId('nearest-store')).toContainText('Aisle Seongsu');
  await expect(block.getByText('Seongsu neighbours: 10% off', { exact: true })).toBeVisible();
  await expect(block.getByTestId('offer-reason').first()).toHaveText('800 m from Aisle Seongsu');
  await expectAccessible(page);

  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/cart');
  const discount = page.getByTestId('cart-discount');
  await expect(discount).toContainText('Seongsu neighbours: 10% off');
  await expect(discount).toContainText('800 m from Aisle Seongsu');
  const subtotal = money(await page.getByTestId('cart-subtotal').textContent());
  await expect
    .poll(async () => money(await page.getByTestId('cart-total').textContent()))
    .toBe(subtotal - Math.floor(subtotal / 10));

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByLabel('E-mail').fill('offer-shopper@example.com');
  await page.getByLabel('Recipient').fill('Jiho Kim');
  await page.getByLabel('Street address').fill('17 Yeonmujang-gil');
  await page.getByLabel('City').fill('Seoul');
  await page.getByLabel('Postal code').fill('04782');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Seongsu neighbours: 10% off');
  await expect(page.getByRole('main')).toContainText(
    `₩${(subtotal - Math.floor(subtotal / 10)).toLocaleString('en-US')}`,
  );
  await near.close();

  const far = await browser.newContext({ geolocation: farAway, permissions: ['geolocation'] });
  const farPage = await far.newPage();
  await farPage.goto('/');
  const farBlock = farPage.getByRole('region', { name: 'Near you' });
  await farBlock.getByRole('button', { name: 'Use my location' }).click();
  await expect(farBlock.getByTestId('nearest-store')).toContainText('Aisle Dongseongno');
  await expect(farBlock.getByText('Seongsu neighbours: 10% off', { exact: true })).toHaveCount(0);
  await expect(farBlock.getByTestId('offer-reason').first()).not.toContainText('Seongsu');
  await far.close();
});

test('an offer code: unknown codes are refused, a first-order code applies in the bag', async ({ page }) => {
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/cart');
  await page.getByLabel('Offer code').fill('nope-code');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('There is no offer with code NOPE-CODE.');
  await page.getByLabel('Offer code').fill('welcome10');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Code WELCOME10 applied.' })).toBeVisible();
  await expect(page.getByTestId('cart-discount')).toContainText('Welcome: 10% off your first order');
  await page.getByRole('button', { name: 'Remove code' }).click();
  await expect(page.getByTestId('cart-discount')).toHaveCount(0);
});
