import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_BASE_URL, E2E_LAUNCH } from '../../playwright.config';
import { addToBag, chooseAvailableSize, PASSWORD, signUpThroughUi, uniqueEmail } from './support/account';
import { expectAccessible } from './support/axe';

/** Waits until the service worker controls the page, so what follows goes through it. */
async function controlledBy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}

/** Every URL in every Cache Storage cache of the site. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        urls.push(`${name} ${new URL(request.url).pathname}`);
    }
    return urls;
  });

/** Signs up and in through next-auth's real routes, with the cookie jar of `api` (a page's shares its context's). */
async function signUpAndIn(api: APIRequestContext, email: string, name: string) {
  expect((await api.post('/api/account/signup', { data: { email, password: PASSWORD, name } })).status()).toBe(201);
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const signIn = await api.post('/api/auth/callback/password', {
    form: { csrfToken, email, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(signIn.headers()['location']).not.toContain('error');
}

/** The owner tag an account's pages carry (lib/cart/owner-tag.ts): `u.` and a keyed hash. */
const accountTag = /u\.[A-Za-z0-9_-]{22}/;

/** The offline page as the worker precached it (Workbox keys it with a revision in the query). */
const precachedOffline = (page: Page) =>
  page.evaluate(async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith('workbox-precache')) continue;
      const hit = await (await caches.open(name)).match('/offline', { ignoreSearch: true });
      if (hit) return hit.text();
    }
    return null;
  });

test('Chrome finds no installability errors, and the manifest has every field', async () => {
  // An incognito context always answers "in-incognito": installability needs a real profile.
  const profile = mkdtempSync(path.join(tmpdir(), 'aisle-pwa-'));
  const context = await chromium.launchPersistentContext(profile, { ...E2E_LAUNCH, baseURL: E2E_BASE_URL });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await controlledBy(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);

    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<string, unknown> & {
      icons: { sizes: string; purpose?: string }[];
      shortcuts: { url: string }[];
      screenshots: { form_factor: string }[];
    };
    expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Aisle', start_url: '/?source=pwa' });
    expect(manifest).toMatchObject({ scope: '/', display: 'standalone', theme_color: '#1c1917' });
    expect(manifest.description).toBeTruthy();
    expect(manifest.background_color).toBeTruthy();
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/cart', '/stores', '/account/orders', '/staff']);
    expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const href of ['/icons/icon-512.png', '/icons/maskable-512.png', '/screenshots/home-wide.png']) {
      expect((await page.request.get(href)).headers()['content-type']).toBe('image/png');
    }
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon.png');
    const sw = await page.request.get('/sw.js');
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(sw.headers()['service-worker-allowed']).toBe('/');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a product page seen before opens offline; a page never seen gives the offline page', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await controlledBy(page);
  await page.goto('/p/extra-fine-merino-crew-neck');
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await page.goto('/c/bags');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
});

test('after sign-out nothing of the account can be read from any cache, online or offline', async ({
  page,
  context,
}) => {
  const email = uniqueEmail('pwa');
  await page.goto('/');
  await controlledBy(page);
  await signUpThroughUi(page, email, 'Cache Tester');
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/cart');
  await expect(page.getByText('Heavy Canvas Tote').first()).toBeVisible();
  await page.goto('/account/orders');
  await page.goto('/account');
  expect(
    (await cachedUrls(page)).filter((u) =>
      /\/(cart|account|orders|checkout)|\/api\/(cart|orders|account|offers|auth)/.test(u),
    ),
  ).toEqual([]);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await controlledBy(page);
  const after = await cachedUrls(page);
  expect(after.filter((u) => u.startsWith('aisle-pages'))).toEqual(
    // The page loaded after sign-out may be cached again; it is a signed-out page.
    after.filter((u) => u === 'aisle-pages /'),
  );
  await context.setOffline(true);
  for (const url of ['/cart', '/account/orders', '/account']) {
    await page.goto(url);
    // Offline, the bag has a page of its own, with the bag this browser keeps: after sign-out, not the account's.
    await expect(
      page.getByRole('heading', { level: 1, name: url === '/cart' ? 'Your bag' : 'You are offline' }),
    ).toBeVisible();
    await expect(page.getByText(email)).toHaveCount(0);
    // Nothing of the account's: no bag line, nothing recently viewed. (The shop's public
    // suggestions may name the tote, the journeys' most ordered item.)
    await expect(page.getByTestId('line-total')).toHaveCount(0);
    const suggested = page.getByRole('region', { name: 'You may also like' }).getByText('Heavy Canvas Tote');
    await expect
      .poll(async () => (await page.getByText('Heavy Canvas Tote').count()) - (await suggested.count()))
      .toBe(0);
  }
  await context.setOffline(false);
});

test('offline, two adds wait as pending through a reload, then reach the bag exactly once', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await controlledBy(page);
  // Seen online first, so both pages (and their availability) open offline.
  await page.goto('/p/heavy-canvas-tote');
  await expect(page.getByRole('button', { name: 'Add to bag' })).toBeEnabled();
  await page.goto('/p/extra-fine-merino-crew-neck');
  await chooseAvailableSize(page);
  await expect(page.getByRole('button', { name: 'Add to bag' }).first()).toBeEnabled();

  await context.setOffline(true);
  const saved = page.getByRole('dialog', { name: 'Saved for when you are back online' });
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await expect(saved).toBeVisible();
  await saved.getByRole('button', { name: 'Keep shopping' }).click();
  await page.goto('/p/heavy-canvas-tote');
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await expect(saved).toBeVisible();
  await saved.getByRole('button', { name: 'Keep shopping' }).click();
  await expect(page.getByRole('link', { name: /2 waiting to sync/ })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByRole('link', { name: /2 waiting to sync/ })).toBeVisible();
  const queue = await page.evaluate(
    () =>
      new Promise<{ key: string; owner: string; method: string; path: string; body: string }[]>((resolve, reject) => {
        const open = indexedDB.open('aisle-offline');
        open.onsuccess = () => {
          const all = open.result.transaction('cart-writes').objectStore('cart-writes').getAll();
          all.onsuccess = () => resolve(all.result as never);
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(queue).toHaveLength(2);

  await context.setOffline(false);
  await expect(page.getByTestId('cart-pending')).toHaveCount(0, { timeout: 15_000 });
  const cartOf = async () =>
    (await (await page.request.get('/api/cart')).json()) as {
      version: number;
      lines: { handle: string; quantity: number }[];
    };
  const after = await cartOf();
  expect(after.lines.map((l) => [l.handle, l.quantity]).sort()).toEqual([
    ['extra-fine-merino-crew-neck', 1],
    ['heavy-canvas-tote', 1],
  ]);
  await expect(page.getByTestId('cart-count')).toHaveText('2');

  // The same queue replayed again (a second tab, a retried sync) changes nothing.
  for (const write of queue) {
    const replay = await page.request.fetch(write.path, {
      method: write.method,
      data: write.body,
      headers: { 'content-type': 'application/json', 'idempotency-key': write.key, 'x-aisle-owner': write.owner },
    });
    expect(replay.status()).toBe(200);
  }
  const again = await cartOf();
  expect(again.version).toBe(after.version);
  expect(again.lines).toEqual(after.lines);
});

test('the offline page the worker keeps belongs to no one, even when it installed while signed in', async ({
  page,
  context,
}) => {
  const email = uniqueEmail('pwa-precache');
  // Signed in before the first page loads, so the worker installs (and precaches) with the session cookie.
  await signUpAndIn(page.request, email, 'Precache Tester');
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Precache Tester' })).toBeVisible();
  const tag = accountTag.exec(await page.content())?.[0];
  expect(tag).toBeDefined();
  await controlledBy(page);
  await expect.poll(() => precachedOffline(page)).not.toBeNull();
  const offline = (await precachedOffline(page))!;
  // Booleans, not the page: a failure should not print all of it.
  expect(offline.includes('You are offline')).toBe(true);
  expect(offline.includes(tag!), "the precached offline page carries the account's owner tag").toBe(false);
  expect(accountTag.test(offline), 'the precached offline page carries an account owner tag').toBe(false);
  expect(offline.includes(email)).toBe(false);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(accountTag.test((await precachedOffline(page)) ?? '')).toBe(false);
  await context.setOffline(true);
  await page.goto('/c/never-seen');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  expect(accountTag.test(await page.content())).toBe(false);
  await context.setOffline(false);
});

test('a session ended elsewhere: the next page load clears the cached pages and the offline queue', async ({
  page,
  context,
  browser,
}) => {
  await page.goto('/');
  await controlledBy(page);
  await signUpThroughUi(page, uniqueEmail('pwa-revoked'), 'Revoked Tester');
  await page.goto('/p/heavy-canvas-tote');
  await page.goto('/c/bags');
  const pages = async () => (await cachedUrls(page)).filter((u) => u.startsWith('aisle-pages '));
  expect(await pages()).toEqual(expect.arrayContaining(['aisle-pages /p/heavy-canvas-tote', 'aisle-pages /c/bags']));
  // A write this account made offline, still waiting.
  const tag = accountTag.exec(await page.content())![0];
  await page.evaluate(
    (owner) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('aisle-offline', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('cart-writes', { keyPath: 'key' });
        open.onsuccess = () => {
          const tx = open.result.transaction('cart-writes', 'readwrite');
          tx.objectStore('cart-writes').put({
            key: `revoked-${Date.now()}`,
            owner,
            method: 'POST',
            path: '/api/cart/lines',
            body: JSON.stringify({ variantId: 'v_missing', quantity: 1 }),
            label: 'Heavy Canvas Tote',
            quantity: 1,
            createdAt: Date.now(),
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    tag,
  );

  // Signed out from another browser holding the same cookie: the server session is revoked.
  const elsewhere = await browser.newContext({ baseURL: E2E_BASE_URL });
  try {
    await elsewhere.addCookies(await context.cookies());
    const { csrfToken } = await (await elsewhere.request.get('/api/auth/csrf')).json();
    await elsewhere.request.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });
  } finally {
    await elsewhere.close();
  }

  const replayed: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/cart/lines') && r.method() === 'POST') replayed.push(r.headers()['x-aisle-owner'] ?? '');
  });
  await page.goto('/stores');
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await expect.poll(pages).not.toEqual(expect.arrayContaining(['aisle-pages /p/heavy-canvas-tote']));
  expect(await pages()).not.toContain('aisle-pages /c/bags');
  const queued = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('aisle-offline', 1);
        open.onsuccess = () => {
          const count = open.result.transaction('cart-writes').objectStore('cart-writes').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(queued).toBe(0);
  // Nothing of the old account was sent on its behalf, nor shown as refused.
  expect(replayed).not.toContain(tag);
  await expect(page.getByText('Heavy Canvas Tote')).toHaveCount(0);
});

test('the bag opens offline with its last known lines, changes there wait, and reach the server bag once back online', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await controlledBy(page);
  // Signed in, so a change made offline must be applied to the account's bag, not a guest's.
  await signUpThroughUi(page, uniqueEmail('pwa-offline-bag'), 'Offline Bag Tester');
  await addToBag(page, 'heavy-canvas-tote');
  await addToBag(page, 'extra-fine-merino-crew-neck');
  await expect(page.getByTestId('cart-count')).toHaveText('2');

  await context.setOffline(true);
  await page.goto('/cart');
  await expect(page.getByRole('heading', { level: 1, name: 'Your bag' })).toBeVisible();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  // The bag's lines (the changes waiting to sync are list items too).
  const line = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Remove ${title}` }) });
  const tote = line('Heavy Canvas Tote');
  const merino = line('Extra-Fine Merino Crew Neck');
  const toteQuantity = tote.getByRole('combobox', { name: 'Quantity of Heavy Canvas Tote' });
  await expect(toteQuantity).toHaveValue('1');
  await expect(merino).toBeVisible();

  await toteQuantity.selectOption('3');
  await expect(page.getByTestId('pending-writes')).toContainText('Heavy Canvas Tote × 3');
  await merino.getByRole('button', { name: 'Remove Extra-Fine Merino Crew Neck' }).click();
  await expect(merino).toHaveCount(0);
  await expect(page.getByTestId('pending-writes')).toContainText('Extra-Fine Merino Crew Neck');
  await expectAccessible(page);

  // Still offline, the bag as changed comes back after a reload.
  await page.reload();
  await expect(toteQuantity).toHaveValue('3');
  await expect(merino).toHaveCount(0);
  await expect(page.getByTestId('pending-writes')).toContainText('Heavy Canvas Tote × 3');

  // Nothing of the bag went into the worker's caches.
  for (const url of await cachedUrls(page)) expect(url).not.toMatch(/ \/(cart|api\/cart)/);
  const cachedTexts = await page.evaluate(async () => {
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        if (response?.headers.get('content-type')?.includes('text/html')) texts.push(await response.text());
      }
    }
    return texts;
  });
  expect(cachedTexts.some((t) => t.includes('Offline Bag Tester') && t.includes('Heavy Canvas Tote'))).toBe(false);

  await context.setOffline(false);
  await expect(page.getByTestId('pending-writes')).toHaveCount(0, { timeout: 15_000 });
  await expect
    .poll(async () => {
      const cart = (await (await page.request.get('/api/cart')).json()) as {
        lines: { handle: string; quantity: number }[];
      };
      return cart.lines.map((l) => [l.handle, l.quantity]);
    })
    .toEqual([['heavy-canvas-tote', 3]]);
  await expect(toteQuantity).toHaveValue('3');
  await expect(merino).toHaveCount(0);
});
