import { expect, test } from '@playwright/test';
import { addToBag } from './support/account';
import { expectAccessible, expectNoWcag22Violations } from './support/axe';

/** About 800 m north of Aisle Seongsu, and a place far from every store's offer. */
const nearSeongsu = { latitude: 37.5445 + 800 / 111_195, longitude: 127.0557 };
const farAway = { latitude: 35.8714, longitude: 128.6014 }; // Daegu

const money = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('near a store its offer shows with the distance, applies in the bag and in the order; far away it does not', async ({
  browser,
}) => {
  // A long journey (listing, product, bag, checkout, order) with axe on several pages.
  test.slow();
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

  // A card says what the offer is and shows the price it gives: ₩39,000 less 10%.
  await page.goto('/search?q=heavy%20canvas%20tote');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Heavy Canvas Tote', exact: true }) });
  await expect(card.getByTestId('offer-badge')).toHaveText('10% off at Aisle Seongsu');
  await expect(card.getByTestId('offer-price')).toHaveText('₩35,100');
  await expect(card.getByTestId('original-price')).toHaveText('was ₩39,000');
  await expectNoWcag22Violations(page);
  const cardPrice = money(await card.getByTestId('offer-price').textContent());

  // So does the product page, which tells no code the item alone cannot reach.
  await page.goto('/p/heavy-canvas-tote');
  const price = page.getByTestId('price');
  await expect(price.getByTestId('offer-price')).toHaveText('₩35,100');
  await expect(price.getByTestId('original-price')).toContainText('₩39,000');
  await expect(page.getByTestId('product-offer')).toContainText('10% off at Aisle Seongsu');
  await expect(page.getByTestId('product-code')).toContainText('WELCOME10');
  await expect(page.getByRole('main').getByText(/AISLE20K/)).toHaveCount(0);
  await expectNoWcag22Violations(page);

  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/cart');
  const discount = page.getByTestId('cart-discount');
  await expect(discount).toContainText('Seongsu neighbours: 10% off');
  await expect(discount).toContainText('800 m from Aisle Seongsu');
  const subtotal = money(await page.getByTestId('cart-subtotal').textContent());
  await expect
    .poll(async () => money(await page.getByTestId('cart-total').textContent()))
    .toBe(subtotal - Math.floor(subtotal / 10) + 3_000);
  // The bag charges for the item exactly what its card showed, plus delivery.
  expect(subtotal - money(await discount.locator('dd').textContent())).toBe(cardPrice);
  await expect(page.getByTestId('cart-delivery-fee')).toHaveText('₩3,000');
  // The ₩80,000 code is told in the bag only as what more it takes.
  await expect(page.getByTestId('offer-hint')).toContainText('₩41,000 more to use code AISLE20K: ₩20,000 off');

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
    `₩${(subtotal - Math.floor(subtotal / 10) + 3_000).toLocaleString('en-US')}`,
  );
  await expect(page.getByTestId('order-delivery-fee')).toContainText('₩3,000');
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

test('without an offer for the item, the card shows its plain price; a code is told only where the item alone reaches its minimum', async ({
  page,
}) => {
  await page.goto('/p/heavy-canvas-tote'); // ₩39,000
  await expect(page.getByTestId('product-code')).toContainText('WELCOME10');
  await expect(page.getByRole('main').getByText(/AISLE20K/)).toHaveCount(0);
  await expect(page.getByTestId('price')).toHaveText('₩39,000');
  await expect(page.getByTestId('offer-badge')).toHaveCount(0);

  await page.goto('/p/waxed-canvas-zip-tote'); // ₩89,000: the item alone reaches ₩80,000
  await expect(page.getByTestId('product-code').filter({ hasText: 'AISLE20K' })).toContainText('₩20,000 off');
  await expectNoWcag22Violations(page);
});
