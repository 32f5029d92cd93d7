import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { chooseAvailableSize, signInThroughUi, signUpThroughUi, uniqueEmail } from './support/account';
import { expectAccessible } from './support/axe';

const PUFFER = 'lightweight-down-puffer';

async function newShopper(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test.describe('size guide, fit and no guessed size', () => {
  test('no size is chosen, Add to bag asks for one; the size guide opens and closes with the keyboard', async ({
    page,
  }) => {
    await page.goto(`/p/${PUFFER}`);
    const sizes = page.getByRole('group', { name: /^Size/ });
    await expect(sizes.getByRole('radio')).toHaveCount(6);
    for (const radio of await sizes.getByRole('radio').all()) await expect(radio).not.toBeChecked();
    await expect(page.getByTestId('fit-note')).toHaveText('Fit: Relaxed fit; model is 180 cm and wears M');

    const add = page.getByRole('button', { name: 'Add to bag' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Choose a size first.' })).toBeVisible();
    await expect(sizes.getByRole('radio').first()).toBeFocused();
    await expect(sizes).toHaveAccessibleDescription('Choose a size first.');
    await expect(page.getByRole('dialog', { name: 'Added to your bag' })).toBeHidden();

    const open = page.getByRole('button', { name: 'Size guide' });
    await open.focus();
    await page.keyboard.press('Enter');
    const guide = page.getByRole('dialog', { name: 'Size guide: Outerwear' });
    await expect(guide).toBeVisible();
    await expect(guide.getByRole('columnheader', { name: 'Chest (cm)' })).toBeVisible();
    await expect(guide.getByRole('row', { name: /^M 165–175 88–96 72–80$/ })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(guide).toBeHidden();
    await expect(open).toBeFocused();

    // Choosing a size clears the question, and the bag takes it.
    await chooseAvailableSize(page);
    await expect(page.getByText('Choose a size first.')).toBeHidden();
    await add.click();
    await expect(page.getByRole('dialog', { name: 'Added to your bag' })).toBeVisible();
  });

  test('the same in Korean', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`/p/${PUFFER}`);
    await expect(page.getByTestId('fit-note')).toHaveText('핏: 릴랙스 핏 · 모델 키 180cm, M 사이즈 착용');
    await page.getByRole('button', { name: '사이즈 가이드' }).click();
    await expect(
      page.getByRole('dialog', { name: /^사이즈 가이드/ }).getByRole('columnheader', { name: '가슴둘레(cm)' }),
    ).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });
});

test.describe('wishlist', () => {
  test('a heart on one device shows on the other device of the account, and taking it back there shows here', async ({
    browser,
  }) => {
    const email = uniqueEmail('wish');
    const phone = await newShopper(browser);
    const laptop = await newShopper(browser);
    await signUpThroughUi(phone.page, email, 'Two Devices');
    await signInThroughUi(laptop.page, email, '/wishlist');
    await expect(laptop.page.getByText('Your wishlist is empty.')).toBeVisible();

    await phone.page.goto(`/p/${PUFFER}`);
    const heart = phone.page.getByRole('button', { name: 'Save Lightweight Down Puffer to your wishlist' }).first();
    await expect(heart).toHaveAttribute('aria-pressed', 'false');
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
    await expect(phone.page.getByRole('status').filter({ hasText: 'Saved to your wishlist' }).first()).toBeAttached();

    await laptop.page.reload();
    const items = laptop.page.getByTestId('wishlist-items');
    await expect(items.getByRole('link', { name: 'Lightweight Down Puffer' })).toBeVisible();
    await expectAccessible(laptop.page);
    await items.getByRole('button', { name: 'Save Lightweight Down Puffer to your wishlist' }).click();
    await expect(laptop.page.getByText('Your wishlist is empty.')).toBeVisible();

    await phone.page.reload();
    await expect(
      phone.page.getByRole('button', { name: 'Save Lightweight Down Puffer to your wishlist' }).first(),
    ).toHaveAttribute('aria-pressed', 'false');
    await phone.context.close();
    await laptop.context.close();
  });

  test("a guest's hearts stay on the device and join the account at sign-in", async ({ browser }) => {
    const email = uniqueEmail('wish-guest');
    // The account exists, with nothing kept.
    const earlier = await newShopper(browser);
    await signUpThroughUi(earlier.page, email, 'Guest Hearts');
    await earlier.context.close();

    const guest = await newShopper(browser);
    await guest.page.goto('/c/bags');
    const heart = guest.page.getByRole('button', { name: 'Save Heavy Canvas Tote to your wishlist' });
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
    await guest.page.goto('/wishlist');
    await expect(guest.page.getByText('Saved on this device.', { exact: false })).toBeVisible();
    await expect(guest.page.getByRole('link', { name: 'Heavy Canvas Tote' })).toBeVisible();
    await expectAccessible(guest.page);

    await signInThroughUi(guest.page, email, '/wishlist');
    await expect(guest.page.getByRole('link', { name: 'Heavy Canvas Tote' })).toBeVisible();
    await expect(guest.page.getByText('Saved on this device.', { exact: false })).toBeHidden();

    // On the server: another device of the account sees it.
    const other = await newShopper(browser);
    await signInThroughUi(other.page, email, '/wishlist');
    await expect(
      other.page.getByTestId('wishlist-items').getByRole('link', { name: 'Heavy Canvas Tote' }),
    ).toBeVisible();
    await guest.context.close();
    await other.context.close();
  });
});

test.describe('recently viewed and you may also like', () => {
  test('the product page suggests the category and remembers what was viewed; the empty bag and zero results show both', async ({
    page,
  }) => {
    await page.goto('/p/heavy-canvas-tote');
    await expect(page.getByRole('heading', { level: 1, name: 'Heavy Canvas Tote' })).toBeVisible();
    await page.goto(`/p/${PUFFER}`);
    const alsoLike = page.getByRole('region', { name: 'You may also like' });
    await expect(alsoLike.getByRole('listitem')).toHaveCount(4);
    await expect(alsoLike.getByRole('link', { name: 'Lightweight Down Puffer' })).toHaveCount(0);
    const recent = page.getByRole('region', { name: 'Recently viewed' });
    await expect(recent.getByRole('link', { name: 'Heavy Canvas Tote' })).toBeVisible();
    await expectAccessible(page);

    await page.goto('/cart');
    await expect(page.getByText('Your bag is empty.')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Recently viewed' }).getByRole('link', { name: 'Lightweight Down Puffer' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Picked for you' }).getByRole('listitem')).toHaveCount(4);
    await expectAccessible(page);

    await page.goto('/search?q=zzqxw');
    await expect(page.getByText('No products match “zzqxw”.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recently viewed' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Picked for you' }).getByRole('listitem')).toHaveCount(4);
    await expectAccessible(page);
  });
});

async function storeId(request: APIRequestContext, name: string): Promise<string> {
  const { stores } = (await (await request.get('/api/stores')).json()) as { stores: { id: string; name: string }[] };
  return stores.find((s) => s.name === name)!.id;
}

test.describe('back in stock at my store', () => {
  test('a shopper asks to be told at Aisle Seongsu; a stock count there (twice at once) sends one e-mail', async ({
    page,
    request,
  }) => {
    const seongsu = await storeId(request, 'Aisle Seongsu');
    const product = (await (await request.get('/api/products/oxford-button-down-shirt')).json()) as {
      variants: { id: string; options: { color?: string; size?: string } }[];
    };
    const variant = product.variants.at(-1)!;
    const count = (n: number) =>
      request.post('/api/dev/stock', { data: { storeId: seongsu, variantId: variant.id, count: n } });
    expect((await count(0)).status()).toBe(200);

    const qs = new URLSearchParams({ color: variant.options.color!, size: variant.options.size! });
    await page.goto(`/p/oxford-button-down-shirt?${qs}`);
    await page.getByRole('combobox', { name: 'Pickup store' }).selectOption(seongsu);
    await expect(page.getByText('This size is sold out at Aisle Seongsu.')).toBeVisible();
    await page.getByRole('button', { name: 'Tell me when it’s at Aisle Seongsu' }).click();
    const email = uniqueEmail('restock');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Notify me' }).click();
    await expect(page.getByRole('status').filter({ hasText: `We will tell you once at ${email}` })).toBeVisible();

    const sent = async () => {
      const { messages } = (await (await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
        messages: { kind: string; body: string }[];
      };
      return messages.filter((m) => m.kind === 'back_in_stock');
    };
    expect(await sent()).toHaveLength(0);
    const [a, b] = await Promise.all([count(3), count(4)]);
    expect([a.status(), b.status()]).toEqual([200, 200]);
    const once = await sent();
    expect(once).toHaveLength(1);
    expect(once[0]!.body).toContain('is back in stock at Aisle Seongsu');
    expect(once[0]!.body).toContain('/p/oxford-button-down-shirt');
    await count(0);
    await count(2);
    expect(await sent()).toHaveLength(1);
  });
});

test.describe('sticky add to bag', () => {
  test('@phone appears once the main button scrolls away, works from the keyboard, and leaves the page end uncovered', async ({
    page,
  }) => {
    await page.goto(`/p/${PUFFER}`);
    const bar = page.getByTestId('sticky-add');
    await expect(bar).toBeHidden();
    // The page at its full length (suggestions load after it), so the end is well past the button.
    await expect(page.getByRole('region', { name: 'You may also like' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(bar).toBeVisible();
    const stickyAdd = bar.getByRole('button', { name: 'Add to bag' });
    await stickyAdd.focus();
    await page.keyboard.press('Enter');
    // No size yet: it takes the shopper to the sizes and says so.
    const sizes = page.getByRole('group', { name: /^Size/ });
    await expect(sizes.getByRole('radio').first()).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'Choose a size first.' })).toBeVisible();
    await chooseAvailableSize(page);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(bar).toBeVisible();
    // While the bar shows, the page has room below its end: scrolled to the end, nothing is under the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const barTop = (await bar.boundingBox())!.y;
    const footerBottom = await page.getByRole('contentinfo').evaluate((f) => f.getBoundingClientRect().bottom);
    expect(footerBottom).toBeLessThanOrEqual(barTop + 1);
    await stickyAdd.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Added to your bag' })).toBeVisible();
    await expectAccessible(page);
  });

  test('never shows on a desktop', async ({ page }) => {
    await page.goto(`/p/${PUFFER}`);
    // The page at its full length first: suggestions load after it and push the footer down.
    await expect(page.getByRole('region', { name: 'You may also like' })).toBeVisible();
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(page.getByRole('contentinfo')).toBeInViewport({ timeout: 1000 });
    }).toPass();
    await expect(page.getByTestId('sticky-add')).toBeHidden();
  });
});
