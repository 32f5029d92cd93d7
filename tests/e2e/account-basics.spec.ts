import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { addToBag, PASSWORD, signUpThroughUi, uniqueEmail } from './support/account';

/** No WCAG 2.2 A/AA violation of any impact on the page as it is now. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `axe on ${page.url()}`).toEqual([]);
}

type OutboxMessage = { kind: string; body: string; subject: string | null };
async function mailsTo(request: APIRequestContext, to: string, kind: string): Promise<OutboxMessage[]> {
  const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
  const { messages } = (await response.json()) as { messages: OutboxMessage[] };
  return messages.filter((m) => m.kind === kind);
}

test('forgot password: the e-mailed link sets a new password once, and the old session is signed out', async ({
  page,
  browser,
  request,
}) => {
  const email = uniqueEmail('forgot');
  // Device 1 is signed in with the old password.
  await signUpThroughUi(page, email, 'Mina Park');

  // Device 2 has forgotten it.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto('/account/sign-in');
  await phone.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectNoViolations(phone);
  await phone.getByLabel('E-mail').fill(email);
  await phone.getByRole('button', { name: 'Send the link' }).click();
  const sent = phone.getByRole('status').filter({ hasText: `If ${email} has an Aisle account` });
  await expect(sent).toBeVisible();
  await expectNoViolations(phone);

  const [mail] = await mailsTo(request, email, 'password_reset');
  expect(mail!.subject).toBe('Reset your Aisle password');
  const link = /(https?:\/\/\S+\/account\/reset-password\?token=[\w-]+)/.exec(mail!.body)![1]!;
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: 'Set a new password' })).toBeVisible();
  await expectNoViolations(phone);
  await phone.getByLabel(/^New password(?! again)/).fill('a fresh new password');
  await phone.getByLabel('New password again').fill('a fresh new password');
  await phone.getByRole('button', { name: 'Set new password' }).click();
  await expect(phone.getByRole('status')).toContainText('Your password is changed and every device is signed out.');

  // Device 1's session ended with the reset.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/sign-in/);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'That e-mail and password do not match an account.' }),
  ).toBeVisible();
  await page.getByLabel('Password').fill('a fresh new password');
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Mina Park' })).toBeVisible();

  // The link works once.
  await phone.goto(link);
  await phone.getByLabel(/^New password(?! again)/).fill('someone else entirely');
  await phone.getByLabel('New password again').fill('someone else entirely');
  await phone.getByRole('button', { name: 'Set new password' }).click();
  await expect(
    phone.getByRole('alert').filter({ hasText: 'This link has expired or was already used.' }),
  ).toBeVisible();
  await expect(phone.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();

  // An e-mail with no account gets the very same answer, and no e-mail.
  const stranger = uniqueEmail('no-account');
  await phone.goto('/account/forgot-password');
  await phone.getByLabel('E-mail').fill(stranger);
  await phone.getByRole('button', { name: 'Send the link' }).click();
  await expect(phone.getByRole('status').filter({ hasText: `If ${stranger} has an Aisle account` })).toBeVisible();
  expect(await mailsTo(request, stranger, 'password_reset')).toHaveLength(0);
  await other.close();
});

test('profile and address book: an address saved in the account is chosen at checkout, and a typed one is saved', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('addresses');
  await signUpThroughUi(page, email, 'Jiwoo Kim');
  await page.getByLabel('Name').fill('김지우');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your name is saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, 김지우' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('link', { name: 'Manage addresses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Address book' })).toBeVisible();
  await expect(page.getByText('No saved addresses yet.')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Add an address' }).click();
  await page.getByLabel('Recipient').fill('김지우');
  await page.getByLabel('Phone').fill('010-2345-6789');
  await page.getByLabel('Postcode').fill('05551');
  await page.getByLabel(/^Address/).fill('서울특별시 송파구 올림픽로 300');
  await page.getByLabel('Apartment, floor, unit').fill('101동 1001호');
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Address saved.' })).toBeVisible();
  await expect(page.getByText('(05551) 서울특별시 송파구 올림픽로 300 101동 1001호').first()).toBeVisible();
  await expect(page.getByText('Default', { exact: true })).toBeVisible();
  await expectNoViolations(page);

  // At checkout the saved default fills the delivery fields.
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/checkout');
  await expect(page.getByRole('radio', { name: /김지우 · Default/ })).toBeChecked();
  await expect(page.getByLabel('Recipient')).toHaveValue('김지우');
  await expect(page.getByLabel('Street address')).toHaveValue('서울특별시 송파구 올림픽로 300');
  await expect(page.getByLabel('Postal code')).toHaveValue('05551');
  await expectNoViolations(page);
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  await expect(page.getByText(/김지우, 서울특별시 송파구 올림픽로 300, 101동 1001호, 서울특별시 05551/)).toBeVisible();

  // A new address typed at checkout is saved when asked.
  await addToBag(page, 'heavy-canvas-tote');
  await page.goto('/checkout');
  await page.getByRole('radio', { name: 'A new address' }).check();
  await expect(page.getByLabel('Recipient')).toHaveValue('');
  await page.getByLabel('Recipient').fill('박서준');
  await page.getByLabel('Street address').fill('부산광역시 해운대구 해운대해변로 264');
  await page.getByLabel('City').fill('부산광역시');
  await page.getByLabel('Postal code').fill('48099');
  await page.getByLabel('Save this address to my address book').check();
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  const book = (await (await page.request.get('/api/account/addresses')).json()) as {
    addresses: { recipient: string; postalCode: string }[];
  };
  expect(book.addresses.map((a) => a.recipient).sort()).toEqual(['김지우', '박서준']);
  // Nobody else reads them.
  expect((await request.get('/api/account/addresses')).status()).toBe(401);
});

test('cancel an order before it is ready: the steps say so, the stock returns and the shopper is told', async ({
  page,
  request,
}) => {
  await page.goto('/p/heavy-canvas-tote');
  const storeSelect = page.getByRole('combobox', { name: 'Pickup store' });
  await expect(storeSelect.locator('option', { hasText: / available$/ }).first()).toBeAttached();
  const options = await storeSelect.locator('option').allTextContents();
  const withStock = options.find((o) => /\d+ available$/.test(o))!;
  const storeName = withStock.split(' — ')[0]!;
  await storeSelect.selectOption({ label: withStock });
  const before = Number(/(\d+) available$/.exec(withStock)![1]);
  await page.getByRole('radio', { name: `Pick up at ${storeName}` }).check();
  await page.getByRole('button', { name: 'Add to bag' }).click();
  await page.getByRole('dialog', { name: 'Added to your bag' }).getByRole('link', { name: 'View bag' }).click();
  await page.getByRole('link', { name: 'Checkout' }).click();
  const email = uniqueEmail('cancel');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  const orderUrl = page.url();
  const url = new URL(orderUrl);
  const placed = (await (await request.get(`/api${url.pathname}${url.search}`)).json()) as {
    lines: { variantId: string }[];
    pickup: { storeId: string };
  };
  // Read live, as the store's count stands (the page's own reads may come from the service worker's cache).
  const unitsAt = async () => {
    const query = `variantId=${placed.lines[0]!.variantId}&storeId=${placed.pickup.storeId}`;
    const stock = (await (await request.get(`/api/availability?${query}`)).json()) as {
      stores: { storeId: string; available: number }[];
    };
    return stock.stores.find((s) => s.storeId === placed.pickup.storeId)!.available;
  };

  const progress = page.getByRole('region', { name: 'Order progress' }).getByRole('list');
  await expect(progress.getByRole('listitem')).toHaveCount(3);
  await expect(progress.getByRole('listitem').nth(0)).toHaveAttribute('aria-current', 'step');
  await expect(progress.getByRole('listitem').nth(0)).toContainText('Order placed');
  await expect(progress.getByRole('listitem').nth(1)).toContainText(`Ready for pickup at ${storeName}`);
  await expect(progress.getByRole('listitem').nth(1)).toContainText('Not yet');
  await expect(progress.getByRole('listitem').nth(2)).toContainText('Collected');
  await expectNoViolations(page);

  expect(await unitsAt()).toBe(before - 1);

  await page.goto(orderUrl);
  await page.getByRole('button', { name: 'Cancel order' }).click();
  const dialog = page.getByRole('dialog', { name: /Cancel order/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep my order' })).toBeFocused();
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Yes, cancel the order' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Cancelled');
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expect(progress.getByRole('listitem')).toHaveCount(2);
  await expect(progress.getByRole('listitem').nth(1)).toContainText('Cancelled');
  await expect(progress.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
  await expectNoViolations(page);

  expect(await unitsAt()).toBe(before);
  const told = await mailsTo(request, email, 'order_cancelled');
  expect(told).toHaveLength(1);

  // Cancelling again changes nothing and tells nobody twice.
  const again = await request.post(`${url.pathname}/cancel${url.search}`.replace('/orders/', '/api/orders/'));
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { status: string }).status).toBe('cancelled');
  expect(await mailsTo(request, email, 'order_cancelled')).toHaveLength(1);
});

const HELP = [
  ['Delivery', 'Delivery and store pickup', '배송 안내', '배송 및 매장 픽업 안내'],
  ['Returns and exchanges', 'Returns and exchanges', '교환·반품 안내', '교환·반품 안내'],
  ['Contact us', 'Contact us', '고객센터 문의', '고객센터'],
  ['Terms of use', 'Terms of use', '이용약관', '이용약관'],
  ['Privacy policy', 'Privacy policy', '개인정보처리방침', '개인정보처리방침'],
  ['Business information', 'Business information', '사업자 정보', '사업자 정보'],
] as const;

for (const locale of ['en', 'ko'] as const) {
  test(`footer pages in ${locale}: delivery, returns, contact, terms, privacy and business details`, async ({
    page,
    context,
    baseURL,
  }) => {
    // Twelve page loads, each checked by axe.
    test.setTimeout(180_000);
    await context.addCookies([{ name: 'aisle-locale', value: locale, url: baseURL! }]);
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    // The business details are on every page.
    await expect(footer).toContainText('123-45-67890');
    await expect(footer).toContainText(locale === 'ko' ? '제2026-서울성동-0000호' : '2026-Seoul Seongdong-0000');
    for (const [enLink, enTitle, koLink, koTitle] of HELP) {
      await page.goto('/');
      await footer.getByRole('link', { name: locale === 'ko' ? koLink : enLink, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: locale === 'ko' ? koTitle : enTitle })).toBeVisible();
      // A client-side navigation writes the new page's <title> just after its content.
      await expect(page).toHaveTitle(new RegExp(locale === 'ko' ? koTitle : enTitle));
      await expectNoViolations(page);
    }
    await expect(page.getByRole('main')).toContainText(locale === 'ko' ? '한서윤' : 'Han Seoyun');
  });
}
