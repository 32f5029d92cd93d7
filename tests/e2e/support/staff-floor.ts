import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { E2E_STAFF_LINK_FILE } from '../../../playwright.config';

/** The associate of Seongsu that the test server's start made with `staff:create` (playwright.config.ts). */
export const SEONGSU_ASSOCIATE = 'associate.seongsu@e2e.test';
const PASSWORD = 'e2e associate password 1234';

/**
 * Signs the page's browser in as Seongsu's associate: the password is set once from the
 * one-time link `staff:create` printed (a second test finds it used, and the password set),
 * then the staff session cookie comes from POST /api/staff/session as the sign-in form posts it.
 */
export async function signInSeongsuAssociate(page: Page): Promise<void> {
  const link = new URL(readFileSync(E2E_STAFF_LINK_FILE, 'utf8').trim());
  const token = link.searchParams.get('token');
  expect(token, `a set-password link in ${E2E_STAFF_LINK_FILE}`).toBeTruthy();
  await page.request.post('/api/staff/password', { data: { token, password: PASSWORD } });
  const signedIn = await page.request.post('/api/staff/session', {
    data: { email: SEONGSU_ASSOCIATE, password: PASSWORD },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
}
