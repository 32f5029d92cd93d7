import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, uniqueEmail } from './support/account';

// What an attacker links to: after a real sign-in Chromium followed these to http://evil.example/x.
const HOSTILE = ['/%5Cevil.example/x', '/%09/evil.example/x', '/%5C%09evil.example/x', '//evil.example/x'];

/** Counts every request for the attacker's host (there is no network here; it answers itself). */
async function watchEvil(page: Page): Promise<string[]> {
  const visited: string[] = [];
  await page.route(
    (url) => url.hostname.endsWith('evil.example'),
    (route) => {
      visited.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>evil</h1>' });
    },
  );
  return visited;
}

for (const callbackUrl of HOSTILE) {
  test(`a sign-in with callbackUrl=${callbackUrl} stays on the site`, async ({ page, baseURL }) => {
    const email = uniqueEmail('redirect');
    const signUp = await page.request.post('/api/account/signup', {
      data: { email, password: PASSWORD, name: 'Mina' },
    });
    expect(signUp.status()).toBe(201);
    const visited = await watchEvil(page);

    await page.goto(`/account/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).last().click();

    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Mina' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(visited).toEqual([]);
  });
}

test('a sign-up with a hostile callbackUrl stays on the site', async ({ page, baseURL }) => {
  const visited = await watchEvil(page);
  await page.goto('/account/sign-up?callbackUrl=/%5Cevil.example/x');
  await page.getByLabel('Name').fill('Jun');
  await page.getByLabel('E-mail').fill(uniqueEmail('redirect-up'));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Jun' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(visited).toEqual([]);
});

test('a same-site callbackUrl is still followed after sign-in', async ({ page }) => {
  const email = uniqueEmail('redirect-ok');
  await page.request.post('/api/account/signup', { data: { email, password: PASSWORD, name: 'Ara' } });
  await page.goto(`/account/sign-in?callbackUrl=${encodeURIComponent('/account/orders')}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page).toHaveURL(/\/account\/orders$/);
});
