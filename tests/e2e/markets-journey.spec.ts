import { expect, test, type Page } from '@playwright/test';
import { E2E_COUNTRY_HEADER } from '../../playwright.config';
import { marketOf } from '../../lib/markets/markets';
import { convertPrice } from '../../lib/markets/rounding';
import { PASSWORD, signInThroughUi, uniqueEmail } from './support/account';

/*
 * Seed 002's journey: a shopper in Japan browses in Japanese with prices in yen, adds to the bag,
 * and finishes in English on the installed app in Singapore, after moving the bag to the SG market.
 * Two one-size items the JP and SG warehouses both hold (the seed's stock is deterministic).
 */
const ITEMS = [
  { handle: 'packable-nylon-tote', base: 29_000 },
  { handle: 'ripstop-daypack', base: 79_000 },
];
const yen = (base: number) => convertPrice(base, marketOf('JP'));
const sgCents = (base: number) => convertPrice(base, marketOf('SG'));
/** "3,190" for 3190 yen; "26.90" for 2690 cents: how either locale writes the number. */
const digits = (amount: number, fraction: number) =>
  (amount / 10 ** fraction).toLocaleString('en-US', { minimumFractionDigits: fraction });

async function addInJapanese(page: Page, handle: string) {
  await page.goto(`/p/${handle}`);
  await page.getByRole('button', { name: 'カートに入れる' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'カートに追加しました' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '買い物を続ける' }).click();
}

test('a bag begun in Japanese in yen is finished in English in Singapore dollars, on another device', async ({
  browser,
  request,
}) => {
  test.slow();
  const email = uniqueEmail('markets-journey');

  // Tokyo: a Japanese browser behind a Japanese CDN edge.
  const tokyo = await browser.newContext({ locale: 'ja-JP', extraHTTPHeaders: { [E2E_COUNTRY_HEADER]: 'JP' } });
  const jp = await tokyo.newPage();
  await jp.goto(`/p/${ITEMS[0]!.handle}`);
  await expect(jp.locator('html')).toHaveAttribute('lang', /^ja/);
  await expect(jp.getByRole('main')).toContainText(new RegExp(`[¥￥]\\s?${digits(yen(ITEMS[0]!.base), 0)}`));
  await expect(jp.getByTestId('market-switch')).toHaveValue('JP');
  expect((await tokyo.cookies()).find((c) => c.name === 'aisle-market')?.value).toBe('JP');

  await jp.goto('/account/sign-up');
  await jp.getByLabel('お名前').fill('Aiko');
  await jp.getByLabel('メールアドレス').fill(email);
  await jp.getByLabel('パスワード').fill(PASSWORD);
  await jp.getByRole('button', { name: '登録する' }).click();
  await expect(jp.getByRole('heading', { level: 1, name: 'こんにちは、Aikoさん' })).toBeVisible();
  for (const item of ITEMS) await addInJapanese(jp, item.handle);
  await jp.goto('/cart');
  const yenTotal = yen(ITEMS[0]!.base) + yen(ITEMS[1]!.base);
  for (const item of ITEMS) await expect(jp.getByRole('main')).toContainText(digits(yen(item.base), 0));
  await expect(jp.getByRole('main')).toContainText(digits(yenTotal, 0));

  // Singapore: the installed app, in English, signed in to the same account. The bag keeps its yen.
  const app = await browser.newContext({ locale: 'en-SG', extraHTTPHeaders: { [E2E_COUNTRY_HEADER]: 'SG' } });
  const sg = await app.newPage();
  await signInThroughUi(sg, email, '/cart');
  await expect(sg.locator('html')).toHaveAttribute('lang', /^en/);
  await expect(sg.getByRole('heading', { level: 1, name: 'Your bag' })).toBeVisible();
  const market = sg.getByRole('combobox', { name: 'Shipping market and currency' });
  await expect(market).toHaveValue('JP');
  await expect(market.locator('option:checked')).toHaveText('Japan · JPY');
  for (const item of ITEMS) await expect(sg.getByRole('main')).toContainText(`¥${digits(yen(item.base), 0)}`);

  // Moved to the SG market: re-priced from its list, in SGD, and the bag says so.
  await market.selectOption('SG');
  await expect(sg.getByText('Prices are now in SGD (Singapore).')).toBeAttached();
  await expect(sg.getByText('Your bag is now priced for Singapore, in SGD.')).toBeVisible();
  for (const item of ITEMS) {
    await expect(
      sg.getByText(new RegExp(`${digits(yen(item.base), 0)} is now .*${digits(sgCents(item.base), 2)}`)),
    ).toBeVisible();
    await expect(sg.getByRole('main')).toContainText(digits(sgCents(item.base), 2));
  }
  await expect(market).toHaveValue('SG');
  // The first device follows: the account's bag is in SGD there too.
  await jp.reload();
  await expect(jp.getByTestId('market-switch')).toHaveValue('SG');
  await expect(jp.getByRole('main')).toContainText(digits(sgCents(ITEMS[0]!.base), 2));

  // Checkout in English, delivered from the Singapore warehouse.
  await sg.getByRole('link', { name: 'Checkout' }).click();
  await sg.getByLabel('E-mail').fill(email);
  await sg.getByLabel('Recipient').fill('Aiko Tanaka');
  await sg.getByLabel('Street address').fill('2 Orchard Turn');
  await sg.getByLabel('City').fill('Singapore');
  await sg.getByLabel('Postal code').fill('238801');
  await sg.getByLabel('Card number').fill('4242 4242 4242 4242');
  await sg.getByRole('button', { name: 'Place order' }).click();
  await expect(sg.getByText('Thank you — your order is placed.')).toBeVisible();
  const sgdTotal = sgCents(ITEMS[0]!.base) + sgCents(ITEMS[1]!.base);
  await expect(sg.getByRole('main')).toContainText(digits(sgdTotal, 2));

  // The confirmation e-mail is in English, the locale the order was placed in.
  const outbox = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
    messages: { subject?: string; body: string }[];
  };
  const confirmation = outbox.messages.find((m) => m.subject && /is confirmed$/.test(m.subject));
  expect(confirmation?.subject).toMatch(/^Aisle order \S+ is confirmed$/);
  expect(confirmation!.body).toContain(digits(sgCents(ITEMS[0]!.base), 2));
  await tokyo.close();
  await app.close();
});
