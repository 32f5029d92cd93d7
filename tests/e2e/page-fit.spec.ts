import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { en } from '@/lib/i18n/messages/en';
import { ja } from '@/lib/i18n/messages/ja';
import { ko } from '@/lib/i18n/messages/ko';

/*
 * Labels are longer in English and shorter in Korean and Japanese: at a phone, a tablet and a
 * desktop width, home, product, bag and checkout must not scroll sideways in any locale. With
 * AISLE_SHOTS_DIR set, each page is also saved there as <locale>-<page>-<width>.png, to look at.
 */
test.describe.configure({ timeout: 180_000 });

const LOCALES = [
  { code: 'en', prefix: '', browser: 'en-US', m: en },
  { code: 'ko', prefix: '/ko', browser: 'ko-KR', m: ko },
  { code: 'ja', prefix: '/ja', browser: 'ja-JP', m: ja },
] as const;

const VIEWPORTS = [
  { name: '390', width: 390, height: 844 },
  { name: '820', width: 820, height: 1180 },
  { name: '1440', width: 1440, height: 900 },
];

const PRODUCT = '/p/lightweight-down-puffer';

/** Puts one of the product's variants in this browser's bag (the page's own cookie jar), by the API. */
async function addToBag(page: Page): Promise<void> {
  const product = (await (await page.request.get(`/api/products${PRODUCT.slice(2)}`)).json()) as {
    variants: { id: string }[];
  };
  for (const variant of product.variants) {
    const added = await page.request.post('/api/cart/lines', {
      data: { variantId: variant.id, quantity: 1, fulfillment: { type: 'ship' } },
    });
    if (added.ok()) return;
  }
  throw new Error(`No variant of ${PRODUCT} could be added to the bag`);
}

for (const locale of LOCALES) {
  test.describe(`${locale.code} pages`, () => {
    test.use({ locale: locale.browser });

    test(`home, product, bag and checkout fit every width (${locale.code})`, async ({ page }) => {
      const shots = process.env.AISLE_SHOTS_DIR;
      if (shots) mkdirSync(shots, { recursive: true });
      const { m } = locale;
      await page.goto(`${locale.prefix}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
      await addToBag(page);
      const pages = [
        { name: 'home', url: '/', ready: page.getByRole('heading', { level: 1, name: m.home.heroTitle }) },
        { name: 'product', url: PRODUCT, ready: page.getByRole('button', { name: m.cart.addToBag, exact: true }) },
        { name: 'bag', url: '/cart', ready: page.getByRole('heading', { level: 1 }) },
        { name: 'checkout', url: '/checkout', ready: page.getByRole('heading', { level: 1 }) },
      ];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        for (const p of pages) {
          await page.goto(`${locale.prefix}${p.url === '/' ? '' : p.url}` || '/');
          // Twelve pages in a row on a busy machine: each may take a while to render.
          await expect(p.ready.first()).toBeVisible({ timeout: 30_000 });
          await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
          await page.waitForLoadState('load');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${p.name} at ${viewport.width}px scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
          if (shots) {
            await page.screenshot({
              path: path.join(shots, `${locale.code}-${p.name}-${viewport.name}.png`),
              fullPage: true,
            });
          }
        }
      }
    });
  });
}
