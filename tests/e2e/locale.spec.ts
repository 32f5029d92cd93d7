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
});
