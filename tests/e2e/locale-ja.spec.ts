import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

/* A browser that asks for Japanese (ja-JP, so Accept-Language: ja-JP) shops in Japanese. */
test.use({ locale: 'ja-JP' });
test.describe.configure({ timeout: 90_000 });

test('Japanese pages: home, category, product, bag, checkout and the store finder, all accessible', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1, name: '寒い季節を、重ね着で。' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '商品を検索' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'カテゴリーから探す' })).toBeVisible();
  // The switcher names each language in itself, marked with its language.
  const language = page.getByRole('combobox', { name: '言語' });
  await expect(language).toHaveValue('ja');
  await expect(language.locator('option[value="ja"]')).toHaveText('日本語');
  await expect(language.locator('option[value="ja"]')).toHaveAttribute('lang', 'ja');
  await expect(language.locator('option[value="ko"]')).toHaveText('한국어');
  await expect(language.locator('option[value="en"]')).toHaveText('English');
  await expect(page.getByText('Layers for the cold months')).toHaveCount(0);
  await expectAccessible(page);

  await page.goto('/c/knitwear');
  await expect(page.getByRole('heading', { name: /^[\d,]+点$/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '並び替え' })).toBeVisible();
  await expectAccessible(page);

  // A product no other journey holds at a store: its pickup hold here must not move their counts.
  await page.goto('/p/lambswool-check-scarf');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('button', { name: 'カートに入れる' }).first()).toBeVisible();
  const store = page.getByRole('combobox', { name: '受け取り店舗' });
  await expect(store.locator('option', { hasText: / — 在庫[\d,]+点$/ }).first()).toBeAttached();
  const withStock = (await store.locator('option').allTextContents()).find((o) => / — 在庫[\d,]+点$/.test(o))!;
  await store.selectOption({ label: withStock });
  const storeName = withStock.split(' — ')[0]!;
  await page.getByRole('radio', { name: `${storeName}で受け取り` }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'カートに入れる' }).first().click();
  const added = page.getByRole('dialog', { name: 'カートに追加しました' });
  await expect(added).toBeVisible();
  await added.getByRole('link', { name: 'カートを見る' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'カート' })).toBeVisible();
  await expect(page.getByText('小計').first()).toBeVisible();
  await expect(page.getByText('Your bag')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'ご購入手続き', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ご購入手続き' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'お支払い方法' })).toBeVisible();
  await expectAccessible(page);
  const email = `ja-shopper-${Date.now()}@example.com`;
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByRole('button', { name: '注文を確定する' }).click();
  await expect(page.getByText('ありがとうございます。ご注文を承りました。')).toBeVisible();
  const hold = page.getByText(/までお取り置きします$/);
  await expect(hold).toBeVisible();
  await expect(hold).not.toHaveText(/AM|PM/);
  await expectAccessible(page);

  // The confirmation e-mail is written in the language the order was placed in.
  const { messages } = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
    messages: { channel: string; subject: string | null; body: string }[];
  };
  const confirmation = messages.find((m) => m.channel === 'email');
  expect(confirmation?.subject).toMatch(/^【Aisle】ご注文 AI-\S+ を承りました$/);
  expect(confirmation?.body).toContain('をいただき、ありがとうございます。');
  expect(confirmation?.body).toContain(`受け取り店舗：${storeName}`);

  await page.goto('/stores');
  await expect(page.getByRole('heading', { level: 1, name: '店舗を探す' })).toBeVisible();
  await expect(page.getByRole('button', { name: '現在地を使う' })).toBeVisible();
  await expectAccessible(page);
});
