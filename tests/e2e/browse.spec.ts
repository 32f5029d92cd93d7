import { expect, test } from '@playwright/test';
import { expectAccessible, expectImagesLoaded } from './support/axe';

test('browse: home → category → filter → product → switch variant', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Layers for the cold months' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Featured this week' })).toBeVisible();
  await expectImagesLoaded(page);
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Shoes' }).click();
  await expect(page).toHaveURL(/\/c\/shoes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Shoes' })).toBeVisible();
  const allCount = await page.getByRole('heading', { name: /\d+ products/ }).textContent();
  await expectAccessible(page);

  // Ticking a size applies it at once (the form also works without JavaScript).
  await page.getByRole('group', { name: 'Size' }).getByText('270', { exact: true }).click();
  await expect(page).toHaveURL(/size=270/);
  await expect(page.getByRole('checkbox', { name: /^270 \(\d+\)$/ })).toBeChecked();
  const filteredCount = await page.getByRole('heading', { name: /\d+ products/ }).textContent();
  expect(Number(filteredCount?.match(/\d+/)?.[0])).toBeLessThan(Number(allCount?.match(/\d+/)?.[0]));
  await expectAccessible(page);

  const results = page.getByRole('region', { name: /\d+ products/ });
  const firstProduct = results.getByRole('listitem').first().getByRole('link');
  const productTitle = (await firstProduct.textContent())!.trim();
  await firstProduct.click();
  await expect(page.getByRole('heading', { level: 1, name: productTitle })).toBeVisible();
  await expectImagesLoaded(page);
  await expectAccessible(page);

  // Switch colour: the gallery and URL follow.
  const colours = page.getByRole('group', { name: /Colour/ }).getByRole('radio');
  expect(await colours.count()).toBeGreaterThan(1);
  const second = colours.nth(1);
  const colourName = (await second.getAttribute('value'))!;
  // Chosen with the keyboard, as a screen-reader user would.
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`color=${encodeURIComponent(colourName).replace(/%20/g, '(\\+|%20)')}`));
  await expect(page.getByRole('region', { name: 'Product images' }).getByRole('img').first()).toHaveAttribute(
    'alt',
    new RegExp(`in ${colourName}`),
  );

  // No size is chosen for the shopper; once one is, the SKU shown follows the chosen variant.
  const sizes = page.getByRole('group', { name: 'Size' });
  await expect(sizes.getByRole('radio', { checked: true })).toHaveCount(0);
  await sizes.locator('label').first().click();
  const sku = page.getByText(/^SKU /);
  const before = await sku.textContent();
  const current = await sizes.getByRole('radio', { checked: true }).getAttribute('value');
  const other = sizes.getByRole('radio', { checked: false }).first();
  const otherSize = (await other.getAttribute('value'))!;
  expect(otherSize).not.toBe(current);
  // A sold-out size says so in its name (not by strikethrough alone).
  const otherName = new RegExp(`^${otherSize}(, sold out)?$`);
  await sizes.locator('label').filter({ hasText: otherName }).click();
  await expect(sizes.getByRole('radio', { name: otherName })).toBeChecked();
  await expect(sku).not.toHaveText(before!);
  await expect(sku).toContainText(otherSize.toUpperCase());
  await expect(page.getByTestId('ship-availability')).toHaveText(/online/);
  await expectAccessible(page);
});

test('search with a typo still finds the product', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('search').first().getByRole('searchbox', { name: 'Search products' });
  await search.fill('mereno swater');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=mereno\+swater/);
  await expect(page.getByRole('heading', { level: 1, name: 'Results for “mereno swater”' })).toBeVisible();
  const first = page
    .getByRole('region', { name: /\d+ products/ })
    .getByRole('listitem')
    .first();
  await expect(first.getByRole('link')).toHaveText(/Merino/);
  await expectAccessible(page);

  await page.goto('/search?q=zzqxw');
  await expect(page.getByText('No products match “zzqxw”.')).toBeVisible();
});

test('the gallery switches images with the keyboard', async ({ page }) => {
  await page.goto('/p/lightweight-down-puffer');
  const main = page.getByRole('region', { name: 'Product images' }).getByRole('img').first();
  const firstAlt = await main.getAttribute('alt');
  const thumb = page.getByRole('button', { name: 'Show image 2 of 3' });
  await thumb.focus();
  await page.keyboard.press('Enter');
  await expect(thumb).toHaveAttribute('aria-current', 'true');
  await expect(main).not.toHaveAttribute('alt', firstAlt!);
});

test('search filters offer only what the results have, with counts, as removable chips', async ({ page }) => {
  await page.goto('/search?q=jaket');
  const results = page.getByRole('region', { name: /\d+ products/ });
  const total = Number((await results.getByRole('heading').first().textContent())!.match(/\d+/)![0]);
  // No shoe sizes for jackets, and every colour says how many it would show (never more than there are).
  await expect(page.getByRole('group', { name: 'Size' }).getByRole('checkbox', { name: /^270 / })).toHaveCount(0);
  const colours = page.getByRole('group', { name: 'Colour' }).getByRole('checkbox');
  const names = await colours.evaluateAll((inputs) => inputs.map((i) => i.closest('label')!.textContent!.trim()));
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThan(30);
  for (const name of names) {
    const n = Number(name.match(/\((\d+)\)$/)?.[1]);
    expect(n, name).toBeGreaterThan(0);
    expect(n, name).toBeLessThanOrEqual(total);
  }
  const colour = colours.first();
  const colourName = (await colour.getAttribute('value'))!;
  const expected = Number(names[0]!.match(/\((\d+)\)$/)![1]);
  await page.getByRole('group', { name: 'Colour' }).getByText(colourName, { exact: true }).click();
  await expect(results.getByRole('heading').first()).toHaveText(expected === 1 ? '1 product' : `${expected} products`);
  // Each card shows the chosen colour and opens in it.
  const card = results.getByRole('listitem').first();
  await expect(card.getByRole('img')).toHaveAttribute('alt', new RegExp(`in ${colourName}`));
  const chip = page.getByRole('link', { name: `Remove filter: ${colourName}` });
  await expect(chip).toBeVisible();
  // Widening: other colours are still offered while one is on.
  expect(await colours.count()).toBe(names.length);
  // No plain div carries an aria-label (the HTML validator's error).
  expect(await page.locator('main div[aria-label]:not([role])').count()).toBe(0);
  await expectAccessible(page);

  // Removing the chip takes the filter off in place; focus goes to the results, not the body.
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/color=/);
  await expect(chip).toHaveCount(0);
  await expect(results).toBeFocused();
  await expect(results.getByRole('heading').first()).toHaveText(`${total} products`);

  await page.getByRole('group', { name: 'Colour' }).getByText(colourName, { exact: true }).click();
  // The filtered cards first: a click on the card still showing would open it in no colour.
  await expect(page).toHaveURL(/color=/);
  await expect(card.getByRole('img')).toHaveAttribute('alt', new RegExp(`in ${colourName}`));
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/p\/[a-z0-9-]+\?color=/);
  await expect(page.getByRole('group', { name: /Colour/ }).getByRole('radio', { checked: true })).toHaveAttribute(
    'value',
    colourName,
  );
});

test('phone: the folded filter panel shows what is on @phone', async ({ page }) => {
  await page.goto('/c/outerwear?size=M');
  const summary = page.locator('summary');
  await expect(summary).toHaveText('Filters (1)');
  await expect(page.getByRole('link', { name: 'Remove filter: M' })).toBeInViewport();
  await summary.click();
  const panel = await page.locator('details.filters-panel').boundingBox();
  expect(panel!.height).toBeLessThan(1400);
  await expectAccessible(page);
});
