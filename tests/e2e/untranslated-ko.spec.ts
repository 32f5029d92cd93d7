import { expect, test, type Page } from '@playwright/test';
import { categories } from '@/lib/db/seed/data/categories';
import { colorNamesCjk } from '@/lib/db/seed/data/option-values-cjk';
import { productTitlesCjk } from '@/lib/db/seed/data/product-titles-cjk';
import { products } from '@/lib/db/seed/data/products';
import { stores } from '@/lib/db/seed/data/stores';
import { buildOfferRows } from '@/lib/db/seed/offers';

/*
 * Walks the Korean shop and fails on any catalog text still in English where the page does not
 * say so: the English base strings come from the seed itself (titles, descriptions, category
 * names and descriptions, colour names, store names, offer titles), and each is allowed only
 * inside an element whose `lang` is not Korean. A string whose Korean is the same (a size "M")
 * is no English left behind and is not looked for.
 */

type Base = { text: string; what: string };

function englishBase(): Base[] {
  const out: Base[] = [];
  const add = (text: string | undefined, ko: string | undefined, what: string) => {
    if (text && text !== ko) out.push({ text, what });
  };
  for (const p of products) {
    add(p.title, productTitlesCjk[p.handle]?.ko, `title of ${p.handle}`);
    // The first sentence is enough to know a description, and is what a page that shortens it keeps.
    add(p.description.split('. ')[0], undefined, `description of ${p.handle}`);
  }
  for (const c of categories) {
    add(c.name, c.translations.ko?.name, `category ${c.slug}`);
    add(c.description, c.translations.ko?.description, `description of category ${c.slug}`);
  }
  for (const [name, cjk] of Object.entries(colorNamesCjk)) add(name, cjk.ko, 'colour');
  for (const s of stores) add(s.name, s.translations.ko?.name, `store ${s.slug}`);
  for (const o of buildOfferRows()) add(o.title, o.translations?.ko?.title, `offer ${o.id}`);
  return out;
}

const BASE = englishBase();

/** Every piece of text a Korean reader meets, with the language the page declares for it. */
async function readableText(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; lang: string }[] = [];
    const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      const text = node.textContent?.trim();
      if (text) out.push({ text, lang: langOf(parent) });
    }
    // What a screen reader says besides the text: accessible names and image descriptions.
    for (const el of document.body.querySelectorAll('[aria-label], img[alt], [title]')) {
      for (const attr of ['aria-label', 'alt', 'title']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out.push({ text, lang: langOf(el) });
      }
    }
    return out;
  });
}

const LETTER = /\p{L}/u;
/** `needle` as a whole phrase: not the middle of a longer word ("Tan" is not in "Standard"). */
function containsPhrase(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after))) return true;
  }
  return false;
}

async function untranslated(page: Page): Promise<string[]> {
  const found = new Set<string>();
  for (const { text, lang } of await readableText(page)) {
    if (!lang.startsWith('ko')) continue;
    for (const base of BASE) {
      if (containsPhrase(text, base.text)) found.add(`${base.what}: "${base.text}" in "${text.slice(0, 80)}"`);
    }
  }
  return [...found];
}

async function expectAllKorean(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.waitForLoadState('networkidle');
  expect(await untranslated(page), `English left unmarked on ${path}`).toEqual([]);
}

test.describe('the Korean shop has no English catalog text left unmarked', () => {
  test.use({ locale: 'ko-KR' });
  // A page a category, products spread over the catalogue (every tenth), search, stores, bag, checkout.
  const sample = products.filter((_, i) => i % 10 === 0).map((p) => p.handle);

  test('knows what English looks like: the walker finds an English title on the English page', async ({ browser }) => {
    const english = await browser.newContext({ locale: 'en-US' });
    const page = await english.newPage();
    await page.goto(`/p/${sample[0]}`);
    const texts = await readableText(page);
    expect(texts.some((t) => BASE.some((b) => containsPhrase(t.text, b.text)))).toBe(true);
    await english.close();
  });

  test('home, every category, search and the store finder', async ({ page }) => {
    await expectAllKorean(page, '/');
    for (const c of categories) await expectAllKorean(page, `/c/${c.slug}`);
    await expectAllKorean(page, `/search?q=${encodeURIComponent('재킷')}`);
    await expectAllKorean(page, `/search?q=${encodeURIComponent('니트')}&color=Navy`);
    await expectAllKorean(page, '/stores');
  });

  test('a sample of product pages', async ({ page }) => {
    for (const handle of sample) await expectAllKorean(page, `/p/${handle}`);
  });

  test('the bag and the checkout', async ({ page }) => {
    await page.goto('/p/heavyweight-cotton-crew-tee');
    await page.locator('label', { has: page.locator('input[name="size"][value="M"]') }).click();
    await page.getByRole('button', { name: '장바구니 담기' }).click();
    await page
      .getByRole('dialog', { name: '장바구니에 담았습니다' })
      .getByRole('link', { name: '장바구니 보기' })
      .click();
    await expect(page.getByRole('link', { name: '주문하기' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await untranslated(page), 'English left unmarked in the bag').toEqual([]);
    await page.getByRole('link', { name: '주문하기' }).click();
    await expect(page.getByLabel('이메일')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await untranslated(page), 'English left unmarked at checkout').toEqual([]);
  });
});
