import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { E2E_COUNTRY_HEADER } from '../../playwright.config';

test('store finder: nearest first from my location, make it my store, filter by it', async ({ page, context }) => {
  // Near Haeundae beach, Busan. Asked for only when the shopper presses the button.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 35.1587, longitude: 129.1604 });
  await page.goto('/stores');
  await expect(page.getByRole('heading', { level: 1, name: 'Find a store' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Map of stores' })).toBeVisible();
  // No word to the shopper about the shop's own settings (no map tiles configured here).
  await expect(page.getByText(/tiles|not configured/i)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Use my location' }).click();
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Aisle Haeundae');
  await expect(first).toContainText(/\d+\.\d km away/);

  // Directions in the three map apps, to this store's shopfront.
  const haeundae = (await (await page.request.get('/api/stores')).json()).stores.find(
    (s: { name: string }) => s.name === 'Aisle Haeundae',
  ) as { lat: number; lng: number };
  const at = `${haeundae.lat.toFixed(6)},${haeundae.lng.toFixed(6)}`;
  await expect(first.getByRole('link', { name: 'Directions to Aisle Haeundae in Kakao Map' })).toHaveAttribute(
    'href',
    `https://map.kakao.com/link/to/Aisle%20Haeundae,${at}`,
  );
  await expect(first.getByRole('link', { name: 'Directions to Aisle Haeundae in Naver Map' })).toHaveAttribute(
    'href',
    `https://map.naver.com/p/directions/-/${haeundae.lng.toFixed(6)},${haeundae.lat.toFixed(6)},Aisle%20Haeundae,,PLACE_POI/-/transit`,
  );
  await expect(first.getByRole('link', { name: 'Directions to Aisle Haeundae in Google Maps' })).toHaveAttribute(
    'href',
    `https://www.google.com/maps/dir/?api=1&destination=${at}`,
  );

  // Making it my store says so (a status message) and leaves the focus where it was.
  const makeMine = page.getByRole('button', { name: 'Make this my store: Aisle Haeundae' });
  await makeMine.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Aisle Haeundae is now your store.' })).toBeVisible();
  const chosen = first.getByRole('button', { name: 'Your store: Aisle Haeundae' });
  await expect(chosen).toBeFocused();
  await expect(chosen).toHaveAttribute('aria-disabled', 'true');
  await expect(first).toContainText('Your store');
  await expectAccessible(page);

  // The listing can keep to what that store has.
  await page.goto('/c/bags');
  const total = Number((await page.getByRole('heading', { name: /\d+ products/ }).textContent())?.match(/\d+/)?.[0]);
  await page.getByText('Available at Aisle Haeundae').click();
  await expect(page).toHaveURL(/storeId=/);
  const atStore = Number((await page.getByRole('heading', { name: /\d+ products/ }).textContent())?.match(/\d+/)?.[0]);
  expect(atStore).toBeGreaterThan(0);
  expect(atStore).toBeLessThanOrEqual(total);

  // Choosing a city sorts from there instead.
  await page.goto('/stores');
  await page.getByRole('combobox', { name: 'City' }).selectOption('Jeju');
  await expect(first.getByRole('heading', { level: 2 })).toContainText('Aisle Nohyeong');
});

test('store finder: each market names its own stores, and one without stores says so', async ({ browser, request }) => {
  // The map is drawn on the server with the list: nothing arrives after the page and pushes it down.
  const html = await (await request.get('/stores')).text();
  expect(html).toContain('aria-label="Map of stores"');
  const krStores = (await (await request.get('/api/stores?market=KR')).json()).stores.length as number;
  const kr = await browser.newPage();
  await kr.goto('/stores');
  await expect(kr.getByText(`${krStores} stores in Korea, each with its own stock.`)).toBeVisible();
  await kr.close();

  const us = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { [E2E_COUNTRY_HEADER]: 'US' } });
  const page = await us.newPage();
  await page.goto('/stores');
  await expect(
    page.getByText('We have no stores in United States yet: orders there are delivered to your door.'),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Map of stores' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0);
  await expectAccessible(page);
  await us.close();
});
