import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { PASSWORD, uniqueEmail } from './support/account';

/** A signed-in API client with its own cookie jar, through next-auth's real routes. */
async function signedInClient(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/account/signup', { data: { email, password: PASSWORD, name: 'API' } })).status()).toBe(
    201,
  );
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const signIn = await api.post('/api/auth/callback/password', {
    form: { csrfToken, email, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(302);
  expect(signIn.headers()['location']).not.toContain('error');
  const session = await (await api.get('/api/auth/session')).json();
  expect(session.user.email).toBe(email);
  return api;
}

test('one account cannot read or change another account’s bag, even with its line ids', async ({ baseURL }) => {
  const a = await signedInClient(baseURL!, uniqueEmail('sec-a'));
  const b = await signedInClient(baseURL!, uniqueEmail('sec-b'));
  const product = await (await a.get('/api/products/heavy-canvas-tote')).json();
  const added = await a.post('/api/cart/lines', { data: { variantId: product.variants[0].id, quantity: 1 } });
  expect(added.status()).toBe(200);
  expect(added.headers()['cache-control']).toBe('private, no-store');
  const aCart = await added.json();
  const lineId = aCart.lines[0].id;

  const bCart = await (await b.get('/api/cart')).json();
  expect(bCart.lines).toEqual([]);
  expect((await b.patch(`/api/cart/lines/${lineId}`, { data: { quantity: 5 } })).status()).toBe(404);
  expect((await b.delete(`/api/cart/lines/${lineId}`)).status()).toBe(404);

  const after = await (await a.get('/api/cart')).json();
  expect(after.lines[0].quantity).toBe(1);
  expect(after.version).toBe(aCart.version);

  // A cross-site page cannot write with A's cookies.
  const forged = await a.post('/api/cart/lines', {
    data: { variantId: product.variants[0].id, quantity: 1 },
    headers: { origin: 'https://evil.example' },
  });
  expect(forged.status()).toBe(403);

  // Signing out revokes the session on the server: a copy of the old cookie opens nothing.
  const stolen = await a.storageState();
  const { csrfToken } = await (await a.get('/api/auth/csrf')).json();
  await a.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });
  const replay = await playwrightRequest.newContext({ baseURL, storageState: stolen });
  const replayed = await (await replay.get('/api/cart')).json();
  expect(replayed.lines).toEqual([]);
  expect(replayed.id).toBeNull();
  await replay.dispose();
  await a.dispose();
  await b.dispose();
});
