import { expect, test } from '@playwright/test';
import { addToBag } from './support/account';

test('a product priced in yen in the JP market, and the Korean bag says the VAT its total holds', async ({
  page,
  context,
  baseURL,
}) => {
  // A shopper whose market is Japan (no bag yet: the market cookie decides) sees the JP price list:
  // yen, rounded to ¥10.
  await context.addCookies([{ name: 'aisle-market', value: 'JP', url: baseURL! }]);
  await page.goto('/p/lightweight-down-puffer');
  await expect(page.getByText(/¥\s?[\d,]+0\b/).first()).toBeVisible();
  await context.addCookies([{ name: 'aisle-market', value: 'KR', url: baseURL! }]);

  // The shopper's bag is in the base market (KR): won, VAT included and shown.
  await addToBag(page, 'lightweight-down-puffer');
  await page.goto('/cart');
  await expect(page.getByTestId('cart-total')).toContainText('₩');
  await expect(page.getByTestId('cart-tax')).toContainText(/Incl\. VAT ₩[\d,]+/);
});
