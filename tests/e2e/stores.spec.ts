import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test('store finder: nearest first from my location, make it my store, filter by it', async ({ page, context }) => {
  // Near Haeundae beach, Busan. Asked for only when the shopper presses the button.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 35.1587, longitude: 129.1604 });
  await page.goto('/stores');
  await expect(page.getByRole('heading', { level: 1, name: 'Find a store' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Map of stores' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Use my location' }).click();
  const first = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Aisle Haeundae');
  await expect(first).toContainText(/\d+\.\d km away/);

  await page.getByRole('button', { name: 'Make this my store: Aisle Haeundae' }).click();
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
