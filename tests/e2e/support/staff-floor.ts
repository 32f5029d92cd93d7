import { readFileSync } from 'node:fs';
import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { E2E_BASE_URL, E2E_FLOOR_ADMIN_LINK_FILE } from '../../../playwright.config';

export type StaffLogin = { email: string; password: string };

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

async function ok(answer: Promise<Awaited<ReturnType<APIRequestContext['post']>>>, status = 200) {
  const response = await answer;
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * An associate of `store`, invited the way an admin invites one: the admin that `staff:create`
 * made at the test server's start sets a password, enrols an authenticator (codes computed from
 * the secret it is shown) and invites; the associate sets theirs from the link. Through the API:
 * the console's own pages for these steps are staff-console.spec.ts's.
 */
export async function inviteAssociate(store: string, label: string): Promise<StaffLogin> {
  const admin = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL });
  try {
    const adminLogin = { email: 'floor-admin@e2e.test', password: 'floor admin password 1234' };
    const link = readFileSync(E2E_FLOOR_ADMIN_LINK_FILE, 'utf8').trim();
    // Set once; a later spec finds the link used and the password already set.
    await admin.post('/api/staff/password', { data: { token: tokenOf(link), password: adminLogin.password } });
    const signIn = await admin.post('/api/staff/session', { data: adminLogin });
    if (signIn.status() !== 200) {
      throw new Error(`The floor admin could not sign in (${signIn.status()}): ${await signIn.text()}`);
    }
    const started = await admin.post('/api/staff/totp');
    if (started.status() === 200) {
      const { secret } = (await started.json()) as { secret: string };
      const code = TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
      await ok(admin.post('/api/staff/totp/confirm', { data: { code } }));
    }
    const email = `${label}-${Date.now()}-${process.pid}@e2e.test`;
    const invited = await ok(
      admin.post('/api/staff/members', { data: { email, name: 'Jiwoo Park', role: 'associate', storeIds: [store] } }),
      201,
    );
    const login = { email, password: `${label} password 1234` };
    await ok(
      admin.post('/api/staff/password', {
        data: { token: tokenOf(String(invited.setPasswordUrl)), password: login.password },
      }),
    );
    return login;
  } finally {
    await admin.dispose();
  }
}

/** Signs the page's browser in as the member (the staff session cookie, as the sign-in form gets it). */
export async function signInStaff(page: Page, login: StaffLogin): Promise<void> {
  await ok(page.request.post('/api/staff/session', { data: login }));
}
