import { expect, type Page } from '@playwright/test';

let counter = 0;
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${process.pid}-${counter++}@example.com`;
}

export const PASSWORD = 'correct horse battery staple';

export async function signUpThroughUi(page: Page, email: string, name = 'Test Shopper'): Promise<void> {
  await page.goto('/account/sign-up');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello, ${name}` })).toBeVisible();
}

export async function signInThroughUi(page: Page, email: string, callbackUrl = '/account'): Promise<void> {
  await page.goto(`/account/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/\//g, '\\/')}$`));
}

/**
 * No size is chosen for the shopper: picks the first one that can be added (Add to bag stays
 * enabled) in the colour shown. One-size products have no size group and need nothing.
 */
export async function chooseAvailableSize(page: Page): Promise<void> {
  const group = page.getByRole('group', { name: /^Size/ });
  if ((await group.count()) === 0) return;
  const add = page.getByRole('button', { name: 'Add to bag' }).first();
  for (const radio of await group.getByRole('radio').all()) {
    // A click before the page has hydrated does not stick: try again until it does.
    await expect(async () => {
      await radio.check({ force: true });
      await expect(radio).toBeChecked({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    if (await add.isEnabled()) return;
  }
  throw new Error('No size of this product can be added to the bag');
}

/** Adds the product to the bag from its page, in the colour shown and the first size that can be added. */
export async function addToBag(page: Page, handle: string): Promise<void> {
  await page.goto(`/p/${handle}`);
  await chooseAvailableSize(page);
  await page.getByRole('button', { name: 'Add to bag' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Added to your bag' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep shopping' }).click();
}

export async function bagCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('cart-count').textContent());
}
