import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

/** Types a query in the header's search box and waits for its results page. */
async function searchFor(page: Page, box: string, q: string) {
  const search = page.getByRole('search').first().getByRole('searchbox', { name: box });
  await search.fill(q);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
}

/** The handles of the product cards in the results region. */
async function resultHandles(page: Page, region: RegExp): Promise<string[]> {
  const links = page.getByRole('region', { name: region }).getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.replace(/^.*\/p\//, '').replace(/[?#].*$/, '')))];
}

test.describe('Korean shopper', () => {
  test.use({ locale: 'ko-KR' });

  test('finds jackets, spelt either way, and leather boots with or without spaces and particles', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '상품 검색', '재킷');
    await expect(page.getByRole('heading', { level: 1, name: '“재킷” 검색 결과' })).toBeVisible();
    expect(await resultHandles(page, /상품 \d+개/)).toContain('ripstop-field-jacket');
    await expectAccessible(page);

    await searchFor(page, '상품 검색', '자켓');
    expect(await resultHandles(page, /상품 \d+개/)).toContain('nylon-coach-jacket');

    for (const q of ['가죽 부츠', '가죽부츠', '가죽 부츠를']) {
      await searchFor(page, '상품 검색', q);
      const boots = await resultHandles(page, /상품 \d+개/);
      expect(boots, q).toContain('leather-chelsea-boot');
      for (const handle of boots) expect(handle, q).toMatch(/leather.*boot/);
    }
  });

  test("the search box's own examples find products", async ({ page }) => {
    await page.goto('/');
    const placeholder = await page.getByRole('searchbox', { name: '상품 검색' }).first().getAttribute('placeholder');
    const examples = (placeholder ?? '')
      .replace(/검색…$/, '')
      .split(/,\s*/)
      .map((e) => e.trim())
      .filter(Boolean);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of [...examples, '패딩', '스니커즈']) {
      await searchFor(page, '상품 검색', example);
      expect((await resultHandles(page, /상품 \d+개/)).length, example).toBeGreaterThan(0);
    }
  });
});

test.describe('Japanese shopper', () => {
  test.use({ locale: 'ja-JP' });

  test('finds jackets, sneakers and leather boots in katakana, spaced or not', async ({ page }) => {
    await page.goto('/');
    await searchFor(page, '商品を検索', 'ジャケット');
    await expect(page.getByRole('heading', { level: 1, name: '「ジャケット」の検索結果' })).toBeVisible();
    expect(await resultHandles(page, /\d+点/)).toContain('ripstop-field-jacket');
    await expectAccessible(page);

    await searchFor(page, '商品を検索', 'スニーカー');
    expect(await resultHandles(page, /\d+点/)).toContain('leather-court-sneaker');

    for (const q of ['レザーブーツ', 'レザー ブーツ']) {
      await searchFor(page, '商品を検索', q);
      const boots = await resultHandles(page, /\d+点/);
      expect(boots, q).toContain('leather-chelsea-boot');
      for (const handle of boots) expect(handle, q).toMatch(/leather.*boot/);
    }
  });
});
