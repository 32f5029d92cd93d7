import { expect, test } from '@playwright/test';
import { addToBag, uniqueEmail } from './support/account';

// A dropped connection is a message beside the form, never a button left busy.
test('a sign-up whose request never arrives says so and can be sent again', async ({ page }) => {
  await page.route('**/api/account/signup', (route) => route.abort('internetdisconnected'));
  await page.goto('/account/sign-up');
  await page.getByLabel('Name').fill('Test Shopper');
  await page.getByLabel('E-mail').fill(uniqueEmail('offline-signup'));
  await page.getByLabel('Password').fill('correct horse battery staple');
  const submit = page.getByRole('button', { name: 'Create account' });
  await submit.click();
  await expect(page.getByRole('alert').filter({ hasText: 'We could not create the account.' })).toBeVisible();
  await expect(submit).toBeEnabled();
});

test('a phone code request that never arrives says so and can be sent again', async ({ page }) => {
  await page.route('**/api/account/phone/start', (route) => route.abort('internetdisconnected'));
  await page.goto('/account/sign-in');
  await page.getByRole('button', { name: 'Phone' }).click();
  await page.getByLabel('Mobile number').fill('010-5555-0101');
  const send = page.getByRole('button', { name: 'Send code' });
  await send.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong. Please try again.' })).toBeVisible();
  await expect(send).toBeEnabled();
});

test('a checkout whose request never arrives says so and can be placed again', async ({ page }) => {
  await addToBag(page, 'heavy-canvas-tote');
  await page.route('**/api/checkout', (route) => route.abort('internetdisconnected'));
  await page.goto('/checkout');
  await page.getByLabel('E-mail').fill(uniqueEmail('offline-checkout'));
  await page.getByLabel('Recipient').fill('Test Shopper');
  await page.getByLabel('Street address').fill('1 Seongsu-ro');
  await page.getByLabel('City').fill('Seoul');
  await page.getByLabel('Postal code').fill('04780');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  const place = page.getByRole('button', { name: 'Place order' });
  await place.click();
  await expect(page.getByRole('alert').filter({ hasText: 'We could not place the order.' })).toBeVisible();
  await expect(place).toBeEnabled();
});
