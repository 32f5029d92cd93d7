import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/** The offers journey's admin, made before the server starts (make-staff-admin.ts). */
export const E2E_STAFF_ADMIN = {
  email: 'offers-admin@e2e.test',
  name: 'Offers Admin',
  password: 'e2e offers admin password',
};

/** What an authenticator app shows for `secret` now. */
export function totpNow(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/**
 * Signs the admin in through the staff API (the browser context keeps the cookie): the password,
 * then, the first time, TOTP enrolment with a code computed from the secret the server shows.
 */
export async function signInAdmin(request: APIRequestContext): Promise<void> {
  const signIn = await request.post('/api/staff/session', {
    data: { email: E2E_STAFF_ADMIN.email, password: E2E_STAFF_ADMIN.password },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const start = await request.post('/api/staff/totp');
  if (start.status() === 409) return;
  expect(start.status()).toBe(200);
  const { secret } = (await start.json()) as { secret: string };
  const confirm = await request.post('/api/staff/totp/confirm', { data: { code: totpNow(secret) } });
  expect(confirm.status(), await confirm.text()).toBe(200);
}
