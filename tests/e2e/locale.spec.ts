import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

test.describe('Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('renders Korean text and can switch to English', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1, name: '추운 계절을 위한 레이어링' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '상품 검색' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '카테고리별 쇼핑' })).toBeVisible();
    await expectAccessible(page);

    await page.goto('/c/knitwear');
    await expect(page.getByRole('heading', { name: /상품 \d+개/ })).toBeVisible();
    await expect(page.getByText('₩').first()).toBeVisible();

    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await expect(page.getByRole('heading', { name: /\d+ products/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The choice sticks across pages.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Layers for the cold months' })).toBeVisible();
  });

  test('Korean particles follow the word, pickup times read 오전/오후, orders are dated in Seoul', async ({ page }) => {
    await page.goto('/search?q=' + encodeURIComponent('없는낙타털잠옷'));
    await expect(page.getByText('“없는낙타털잠옷”과 일치하는 상품이 없습니다.')).toBeVisible();
    await page.goto('/search?q=' + encodeURIComponent('없는낙타털스웨터'));
    await expect(page.getByText('“없는낙타털스웨터”와 일치하는 상품이 없습니다.')).toBeVisible();

    await page.goto('/p/heavy-canvas-tote');
    const store = page.getByRole('combobox', { name: '픽업 매장' });
    await expect(store.locator('option', { hasText: / 구매 가능$/ }).first()).toBeAttached();
    const options = await store.locator('option').allTextContents();
    const withStock = options.find((o) => / 구매 가능$/.test(o))!;
    await store.selectOption({ label: withStock });
    const storeName = withStock.split(' — ')[0]!;
    await page.getByRole('radio', { name: `${storeName}에서 픽업` }).check();
    await page.getByRole('button', { name: '장바구니 담기' }).click();
    await page
      .getByRole('dialog', { name: '장바구니에 담았습니다' })
      .getByRole('link', { name: '장바구니 보기' })
      .click();
    await page.getByRole('link', { name: '주문하기' }).click();
    await page.getByLabel('이메일').fill('korean-shopper@example.com');
    await page.getByRole('button', { name: '주문하기' }).click();
    await expect(page.getByText('감사합니다. 주문이 완료되었습니다.')).toBeVisible();
    const hold = page.getByText(/까지 보관합니다$/);
    await expect(hold).toHaveText(/(오전|오후) \d{1,2}:\d{2}까지/);
    await expect(hold).not.toHaveText(/AM|PM/);
    const seoulDay = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Seoul',
      year: '2-digit',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(new Date())
      .reduce((acc, p) => ({ ...acc, [p.type]: p.value }), {} as Record<string, string>);
    const day = `${seoulDay.year}${seoulDay.month}${seoulDay.day}`;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^주문 AI-${day}-`));
    await expect(page).toHaveTitle(new RegExp(`^주문 AI-${day}-`));
    await expectAccessible(page);

    await page.goto('/orders/lookup?number=AI-000000-XXXXX&email=nobody%40example.com');
    await expect(page).toHaveTitle(/^주문 조회/);
    // The miss is told, in Korean, and the fields say they are wrong (client-address.spec.ts, which
    // spends this address's look-ups, runs after every journey).
    await expect(page.locator('#lookup-error')).toHaveText(/해당 번호와 이메일로 된 주문이 없습니다/);
    await expect(page.getByRole('textbox', { name: '주문 번호' })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });
});
