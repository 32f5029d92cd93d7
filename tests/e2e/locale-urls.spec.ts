import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

const HANDLE = 'heavy-canvas-tote';

/** Every hreflang alternate the page names, language → address. */
const hreflangs = (page: Page) =>
  page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])));

/** Our own links on the page (not the API, not another site, not a fragment). */
const ownLinks = (page: Page) =>
  page
    .locator('a[href^="/"]')
    .evaluateAll((links) =>
      links.map((l) => l.getAttribute('href')!).filter((h) => !h.startsWith('//') && !h.startsWith('/api/')),
    );

test('a /ko product page is Korean, says so, and names every locale’s address', async ({ page, baseURL }) => {
  // An English browser: the address alone makes it Korean.
  const response = await page.goto(`/ko/p/${HANDLE}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '장바구니 담기' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');

  const alternates = await hreflangs(page);
  expect(alternates).toMatchObject({
    en: `${baseURL}/p/${HANDLE}`,
    ko: `${baseURL}/ko/p/${HANDLE}`,
    ja: `${baseURL}/ja/p/${HANDLE}`,
    'x-default': `${baseURL}/p/${HANDLE}`,
  });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/ko/p/${HANDLE}`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko_KR');
  const ogAlternates = await page
    .locator('meta[property="og:locale:alternate"]')
    .evaluateAll((m) => m.map((x) => x.getAttribute('content')));
  expect(ogAlternates.sort()).toEqual(['en_US', 'ja_JP']);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}/ko/p/${HANDLE}`);

  const ld = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((s) => s.map((x) => JSON.parse(x.textContent!) as Record<string, unknown>));
  const product = ld.find((x) => x['@type'] === 'Product')!;
  expect(product).toMatchObject({ inLanguage: 'ko-KR', url: `${baseURL}/ko/p/${HANDLE}` });
  const crumbs = ld.find((x) => x['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] };
  expect(crumbs.itemListElement.map((c) => c.item)).toEqual([
    `${baseURL}/ko`,
    expect.stringMatching(new RegExp(`^${baseURL}/ko/c/[a-z-]+$`)),
    `${baseURL}/ko/p/${HANDLE}`,
  ]);
  await expectAccessible(page);

  // The same page in English names the same alternates, and itself as canonical.
  await page.goto(`/p/${HANDLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await hreflangs(page)).toEqual(alternates);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/p/${HANDLE}`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
});

test('a /ja page is Japanese at its own address', async ({ page, baseURL }) => {
  await page.goto(`/ja/p/${HANDLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('button', { name: 'カートに入れる' })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/ja/p/${HANDLE}`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP');
  const links = await ownLinks(page);
  expect(links.filter((h) => h !== '/ja' && !h.startsWith('/ja/'))).toEqual([]);
  await expectAccessible(page);
});

test('every link on a /ko page stays under /ko, and following them keeps Korean', async ({ page }) => {
  for (const path of ['/ko', `/ko/p/${HANDLE}`, '/ko/c/knitwear', '/ko/stores', '/ko/help/returns']) {
    await page.goto(path);
    const links = await ownLinks(page);
    expect(links.length, path).toBeGreaterThan(5);
    const escaped = links.filter((h) => h !== '/ko' && !h.startsWith('/ko/') && !h.startsWith('/ko?'));
    expect(escaped, `links on ${path} that leave Korean`).toEqual([]);
  }
  // The search form, the filters and client-side navigation keep the locale too.
  await page.goto('/ko');
  await page.getByRole('searchbox', { name: '상품 검색' }).fill('tote');
  await page.getByRole('searchbox', { name: '상품 검색' }).press('Enter');
  await expect(page).toHaveURL(/\/ko\/search\?q=tote$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('navigation', { name: '카테고리' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/ko\/c\/[a-z-]+$/);
  await expect(page.getByRole('heading', { name: /상품 \d+개/ })).toBeVisible();
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^장바구니/ })
    .click();
  await expect(page).toHaveURL(/\/ko\/cart$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('switching the language on a product page keeps the product and its options, and is remembered', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto(`/ko/p/${HANDLE}?size=OS`);
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page).toHaveURL(`${baseURL}/p/${HANDLE}?size=OS`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Add to bag' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'aisle-locale')?.value).toBe('en');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page).toHaveURL(`${baseURL}/ko/p/${HANDLE}?size=OS`);
  await expect(page.getByRole('button', { name: '장바구니 담기' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'aisle-locale')?.value).toBe('ko');
  // The choice now sends an unprefixed address to Korean.
  await page.goto('/stores');
  await expect(page).toHaveURL(/\/ko\/stores$/);
});

test.describe('first visits', () => {
  test.describe('with a Korean browser', () => {
    test.use({ locale: 'ko-KR' });

    test('an unprefixed page opens at its Korean address; a choice of English stays', async ({
      page,
      context,
      baseURL,
    }) => {
      await page.goto(`/p/${HANDLE}?color=Natural`);
      expect(page.url()).toBe(`${baseURL}/ko/p/${HANDLE}?color=Natural`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      // A prefixed address is never moved, whatever the browser says.
      await page.goto(`/ko/c/knitwear`);
      expect(new URL(page.url()).pathname).toBe('/ko/c/knitwear');

      await context.addCookies([{ name: 'aisle-locale', value: 'en', url: baseURL! }]);
      await page.goto(`/p/${HANDLE}`);
      expect(new URL(page.url()).pathname).toBe(`/p/${HANDLE}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });

  test.describe('with a Japanese browser', () => {
    test.use({ locale: 'ja-JP' });

    test('the home page opens at /ja', async ({ page, baseURL }) => {
      await page.goto('/');
      expect(page.url()).toBe(`${baseURL}/ja`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    });
  });

  test('the redirect is a 307 that varies on Cookie and Accept-Language; crawlers and /en/ get stable addresses', async ({
    request,
  }) => {
    const navigate = { 'sec-fetch-mode': 'navigate' };
    const byBrowser = await request.get(`/p/${HANDLE}`, {
      headers: { ...navigate, 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' },
      maxRedirects: 0,
    });
    expect(byBrowser.status()).toBe(307);
    expect(new URL(byBrowser.headers()['location']!, 'http://x').pathname).toBe(`/ko/p/${HANDLE}`);
    expect(byBrowser.headers()['vary']).toMatch(/Cookie/);
    expect(byBrowser.headers()['vary']).toMatch(/Accept-Language/);

    const byCookie = await request.get('/c/knitwear?page=2', {
      headers: { ...navigate, cookie: 'aisle-locale=ko' },
      maxRedirects: 0,
    });
    expect(byCookie.status()).toBe(307);
    expect(byCookie.headers()['location']).toMatch(/\/ko\/c\/knitwear\?page=2$/);

    // A crawler (no Sec-Fetch-Mode, no cookie, no languages) gets each address as it is.
    for (const path of [`/p/${HANDLE}`, `/ko/p/${HANDLE}`]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
    }
    const english = await request.get(`/en/p/${HANDLE}`, { maxRedirects: 0 });
    expect(english.status()).toBe(308);
    expect(new URL(english.headers()['location']!, 'http://x').pathname).toBe(`/p/${HANDLE}`);
  });
});

test('a client’s own x-aisle-locale header changes nothing: the address decides', async ({ page, request }) => {
  const spoofed = await request.get(`/p/${HANDLE}`, { headers: { 'x-aisle-locale': 'ko' }, maxRedirects: 0 });
  expect(spoofed.status()).toBe(200);
  expect(await spoofed.text()).toMatch(/<html lang="en"/);
  const other = await request.get(`/ko/p/${HANDLE}`, { headers: { 'x-aisle-locale': 'en' } });
  expect(await other.text()).toMatch(/<html lang="ko"/);

  await page.setExtraHTTPHeaders({ 'x-aisle-locale': 'ko' });
  await page.goto(`/p/${HANDLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Add to bag' })).toBeVisible();
});

test('the sitemap lists every page at each locale’s address, each naming its alternates', async ({
  request,
  baseURL,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const url of [
    `${baseURL}/p/${HANDLE}`,
    `${baseURL}/ko/p/${HANDLE}`,
    `${baseURL}/ko`,
    `${baseURL}/ko/c/knitwear`,
  ]) {
    expect(sitemap, url).toContain(`<loc>${url}</loc>`);
  }
  expect(sitemap).toContain(`hreflang="ko" href="${baseURL}/ko/p/${HANDLE}"`);
  expect(sitemap).toContain(`hreflang="x-default" href="${baseURL}/p/${HANDLE}"`);
  const english = sitemap.match(/<loc>[^<]*\/p\/[a-z0-9-]+<\/loc>/g)!.filter((l) => !/\/(ko|ja)\//.test(l)).length;
  const korean = sitemap.match(/<loc>[^<]*\/ko\/p\/[a-z0-9-]+<\/loc>/g)!.length;
  expect(korean).toBe(english);
  expect(sitemap.match(/<loc>[^<]*\/ja\/p\/[a-z0-9-]+<\/loc>/g)!.length).toBe(english);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /ko/cart');
});
