import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { E2E_STAFF_ADMIN_EMAIL, E2E_STAFF_ADMIN_LINK_FILE } from '../../playwright.config';
import { expectAccessible } from './support/axe';

/** What an authenticator app shows for the secret the enrolment page printed (RFC 6238, as the server checks). */
const codeFor = (secret: string) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });

const TABLET = { width: 820, height: 1180 };
const DESKTOP = { width: 1440, height: 900 };

async function shoot(page: Page, name: string, path: (name: string) => string) {
  for (const [label, size] of [
    ['tablet', TABLET],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path(`${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

async function setPassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password is set. You can sign in now.');
  await page.getByRole('link', { name: 'Go to staff sign-in' }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('staff:create → set password → sign in → enrol TOTP → invite an associate, who signs in to their store only', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  const adminLink = readFileSync(E2E_STAFF_ADMIN_LINK_FILE, 'utf8').trim();
  expect(adminLink).toMatch(/\/staff\/set-password\?token=/);
  const shot = (name: string) => testInfo.outputPath(name);

  // The first admin, from the CLI's link.
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await expectAccessible(page);
  await shoot(page, 'sign-in', shot);
  await setPassword(page, adminLink, 'first admin password');
  await signIn(page, E2E_STAFF_ADMIN_EMAIL, 'first admin password');

  // An admin can do nothing before enrolling an authenticator.
  await expect(page).toHaveURL(/\/staff\/enrol$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your authenticator' })).toBeVisible();
  await expectAccessible(page);
  expect((await page.request.get('/api/staff/members')).status()).toBe(403);
  await page.getByRole('button', { name: 'Show my QR code' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page);
  await shoot(page, 'enrol', shot);
  await page.getByLabel('Code from the app').fill(codeFor(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  const recovery = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(recovery).toHaveCount(10);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Continue to the console' }).click();

  // Home: every store for an admin, and the admin's nav.
  await expect(page.getByRole('heading', { level: 1, name: 'Your stores' })).toBeVisible();
  await expect(page).toHaveTitle(/^Your stores · /);
  const nav = page.getByRole('navigation', { name: 'Staff console' });
  for (const name of ['Stores', 'Offers', 'Staff', 'Audit log'])
    await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('link', { name: /Aisle Seongsu/ })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'home-admin', shot);
  await page.getByRole('link', { name: /Aisle Seongsu/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aisle Seongsu' })).toBeVisible();
  // A client navigation streams the title after the page: axe reads the document as it is.
  await expect(page).toHaveTitle(/^Aisle Seongsu · /);
  const storeUrl = page.url();
  await expect(page.getByRole('navigation', { name: 'This store' }).getByRole('link')).toHaveCount(3);
  await expectAccessible(page);
  await shoot(page, 'store', shot);

  // Invite an associate of Seongsu.
  await nav.getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await expect(page).toHaveTitle(/^Staff · /);
  await expectAccessible(page);
  const email = `associate-${Date.now()}@staff.test`;
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Name').fill('Jiwoo Park');
  await page.getByLabel('Role').selectOption('associate');
  await page.getByRole('group', { name: 'Stores' }).getByLabel('Aisle Seongsu').check();
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toContainText(`Invitation sent to ${email}`);
  const inviteLink = (await page.getByTestId('invite-link').textContent())!.trim();
  await expect(page.getByRole('region', { name: 'Members' }).getByText('Jiwoo Park')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'members', shot);
  // The invitation went out by e-mail too.
  const outbox = (await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
    messages: { body: string }[];
  };
  expect(outbox.messages[0]!.body).toContain(inviteLink);

  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page).toHaveTitle(/^Audit log · /);
  await expect(page.getByRole('cell', { name: 'staff.invited' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'audit', shot);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);

  // The associate, in a browser of their own: no TOTP needed, one store, no admin pages.
  const context = await browser.newContext({ viewport: TABLET });
  const tablet = await context.newPage();
  await setPassword(tablet, inviteLink, 'associate password 1');
  await signIn(tablet, email, 'associate password 1');
  await expect(tablet.getByRole('heading', { level: 1, name: 'Your stores' })).toBeVisible();
  await expect(tablet.getByRole('link', { name: /Aisle Seongsu/ })).toBeVisible();
  await expect(tablet.getByRole('link', { name: /Aisle Gangnam/ })).toHaveCount(0);
  const associateNav = tablet.getByRole('navigation', { name: 'Staff console' });
  await expect(associateNav.getByRole('link')).toHaveText(['Stores']);
  await expectAccessible(tablet);
  await tablet.screenshot({ path: shot('home-associate-tablet.png'), fullPage: true });
  expect((await tablet.goto('/staff/audit'))!.status()).toBe(404);
  expect((await tablet.goto('/staff/members'))!.status()).toBe(404);
  expect((await tablet.goto(storeUrl))!.status()).toBe(200);
  const gangnam = (await (await tablet.request.get('/api/stores')).json()) as {
    stores: { id: string; name: string }[];
  };
  const other = gangnam.stores.find((s) => s.name === 'Aisle Gangnam')!;
  expect((await tablet.goto(`/staff/stores/${other.id}`))!.status()).toBe(404);
  await context.close();
});

test('the staff sign-in page speaks Korean', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'aisle-locale', value: 'ko', url: baseURL! }]);
  await page.goto('/staff/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: '직원 로그인' })).toBeVisible();
  await expect(page.getByLabel('업무용 이메일')).toBeVisible();
  await expectAccessible(page);
});
