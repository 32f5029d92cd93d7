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

/** Adds the product's currently chosen variant to the bag from its page. */
export async function addToBag(page: Page, handle: string): Promise<void> {
  await page.goto(`/p/${handle}`);
  await page.getByRole('button', { name: 'Add to bag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Added to your bag' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep shopping' }).click();
}

export async function bagCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('cart-count').textContent());
}
