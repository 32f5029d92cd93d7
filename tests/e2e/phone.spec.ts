import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test('@phone a shopper browses and filters on a phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('link', { name: /Knitwear/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Knitwear' })).toBeVisible();
  // Filters are folded away on a phone until asked for.
  const sizeM = page.getByRole('checkbox', { name: 'M', exact: true });
  await expect(sizeM).toBeHidden();
  await page.getByText('Filters', { exact: true }).click();
  await page.getByText('M', { exact: true }).click();
  await expect(page).toHaveURL(/size=M/);
  await expectAccessible(page);
  await page
    .getByRole('region', { name: /\d+ products/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('group', { name: 'Size' })).toBeVisible();
  await expectAccessible(page);
});
