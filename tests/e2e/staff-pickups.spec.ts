import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { E2E_BASE_URL, E2E_LAUNCH } from '../../playwright.config';
import { expectAccessible } from './support/axe';
import { chooseAvailableSize, uniqueEmail } from './support/account';
import { inviteAssociate, signInStaff, type StaffLogin } from './support/staff-floor';

/** Products no other journey touches: their stock at Seongsu is this spec's own. */
const SHIRT = 'chambray-work-shirt';
const BEANIE = 'cashmere-beanie';
const STORE = 'Aisle Seongsu';

// One worker for both journeys: the admin's authenticator is enrolled once, and its codes are single use.
test.describe.configure({ mode: 'serial' });
let associate: Promise<StaffLogin> | undefined;
/** Seongsu's associate, invited on first use. */
const seongsuAssociate = () => (associate ??= inviteAssociate('seongsu', 'associate'));

type Product = { title: string; variants: { id: string; sku: string; options: { color?: string; size?: string } }[] };

async function storeIdOf(page: Page, name: string): Promise<string> {
  const { stores } = (await (await page.request.get('/api/stores')).json()) as {
    stores: { id: string; name: string }[];
  };
  return stores.find((s) => s.name === name)!.id;
}

/** The page at tablet portrait and at desktop width, saved for a person to look at. */
async function screenshots(page: Page, name: string) {
  for (const [label, size] of [
    ['tablet', { width: 820, height: 1180 }],
    ['desktop', { width: 1440, height: 1000 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: test.info().outputPath(`${name}-${label}.png`), fullPage: true });
  }
}

/** A still of `png` as Chromium's fake camera plays it: a Y4M video, the code centred on white. */
function cameraVideoOf(png: string): string {
  const out = path.join(path.dirname(png), 'camera.y4m');
  execFileSync('ffmpeg', [
    '-loglevel', 'error', '-y', '-loop', '1', '-i', png,
    '-vf', 'scale=320:-2:flags=neighbor,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p',
    '-t', '3', '-r', '10', out,
  ]); // prettier-ignore
  return out;
}

test('an associate marks a web pickup order ready and collects it by scanning its QR with the camera', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const storeId = await storeIdOf(page, STORE);
  const shirt = (await (await page.request.get(`/api/products/${SHIRT}`)).json()) as Product;
  const variant = shirt.variants[0]!;
  expect(
    (await page.request.post('/api/dev/stock', { data: { storeId, variantId: variant.id, count: 4 } })).status(),
  ).toBe(200);

  // The shopper reserves the shirt at Seongsu and pays at pickup.
  const qs = new URLSearchParams({ color: variant.options.color ?? '', size: variant.options.size ?? '' });
  await page.goto(`/p/${SHIRT}?${qs}`);
  await page.getByRole('combobox', { name: 'Pickup store' }).selectOption(storeId);
  await chooseAvailableSize(page);
  await page.getByRole('radio', { name: `Pick up at ${STORE}` }).check();
  await page.getByRole('button', { name: 'Add to bag' }).first().click();
  await page.getByRole('dialog', { name: 'Added to your bag' }).getByRole('link', { name: 'View bag' }).click();
  await page.getByRole('link', { name: 'Checkout' }).click();
  const email = uniqueEmail('staff-pickup');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  const code = (await page.getByTestId('pickup-code').textContent())!.trim();
  const qr = page.getByRole('img', { name: `QR code for pickup code ${code}` });
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-qr-'));
  await qr.screenshot({ path: path.join(dir, 'qr.png') });
  const video = cameraVideoOf(path.join(dir, 'qr.png'));
  const number = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/AI-\d{6}-\w{5}/)![0];

  // The associate's tablet: its own browser, whose camera films the shopper's phone.
  const tablet = await chromium.launch({
    ...E2E_LAUNCH,
    args: [
      ...E2E_LAUNCH.args,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await tablet.newContext({ baseURL: E2E_BASE_URL, viewport: { width: 820, height: 1180 } });
    await context.grantPermissions(['camera'], { origin: E2E_BASE_URL });
    const staff = await context.newPage();
    await signInStaff(staff, await seongsuAssociate());
    // Only the console may ask for the camera; the shop never does.
    const policy = async (p: Page, url: string) => (await p.request.get(url)).headers()['permissions-policy'];
    expect(await policy(staff, `/staff/stores/${storeId}/pickups`)).toContain('camera=(self)');
    expect(await policy(page, `/p/${SHIRT}`)).toContain('camera=()');
    await staff.goto(`/staff/stores/${storeId}/pickups`);
    await expect(staff.getByRole('heading', { level: 1, name: 'Pickups' })).toBeVisible();
    // The order arrived before the page opened.
    const card = staff.getByRole('article', { name: `Order ${number}` });
    await expect(card).toBeVisible();
    await expect(card.getByRole('cell', { name: variant.sku })).toBeVisible();
    await expect(card).toContainText('Customer: guest');
    await expect(card).toContainText('Held until');
    // A second order placed while the queue is open appears without a reload.
    const headers = (key: string) => ({ 'idempotency-key': `${key}-${Date.now()}` });
    const added = await page.request.post('/api/cart/lines', {
      data: { variantId: variant.id, quantity: 1, fulfillment: { type: 'pickup', storeId } },
      headers: headers('staff-line'),
    });
    expect(added.status(), await added.text()).toBeLessThan(300);
    const second = await page.request.post('/api/checkout', {
      data: { contact: { email: uniqueEmail('staff-pickup-2') }, payment: { method: 'pay_at_pickup' } },
      headers: headers('staff-checkout'),
    });
    expect(second.status(), await second.text()).toBe(201);
    const secondNumber = ((await second.json()) as { order: { number: string } }).order.number;
    await expect(staff.getByRole('article', { name: `Order ${secondNumber}` })).toBeVisible({ timeout: 15_000 });
    await expectAccessible(staff);
    await screenshots(staff, 'pickups-new');

    await card.getByRole('button', { name: 'Mark ready' }).click();
    await expect(
      staff.getByRole('status').filter({ hasText: `Order ${number} is ready; the customer was told.` }),
    ).toBeVisible();
    const outbox = (await (await page.request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as {
      messages: { body: string }[];
    };
    expect(outbox.messages.some((m) => m.body.includes(`order ${number} is ready for pickup`))).toBe(true);
    await page.reload();
    await expect(page.getByTestId('order-status')).toHaveText('Ready for pickup');

    await staff.getByRole('link', { name: 'Ready' }).click();
    await expect(staff).toHaveURL(/status=ready/);
    const readyCard = staff.getByRole('article', { name: `Order ${number}` });
    await readyCard.getByRole('button', { name: 'Collect' }).click();
    const dialog = staff.getByRole('dialog', { name: `Collect order ${number}` });
    await expect(dialog).toBeVisible();
    await expectAccessible(staff);
    // A wrong code typed by hand is refused and says why.
    await dialog.getByLabel('Pickup code').fill(code === '222222' ? '333333' : '222222');
    await dialog.getByRole('button', { name: 'Confirm collection' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/not the pickup code of this order/);
    await screenshots(staff, 'collect-dialog');
    // The camera reads the QR on the shopper's screen, and the order is handed over.
    await dialog.getByRole('button', { name: 'Scan with camera' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(staff.getByRole('status').filter({ hasText: `Order ${number} was collected.` })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('order-status')).toHaveText('Collected');
    await staff.getByRole('link', { name: 'Collected' }).click();
    await expect(staff.getByRole('article', { name: `Order ${number}` })).toBeVisible();
    await context.close();
  } finally {
    await tablet.close();
  }
});

test('a stock count brings a sold-out item back to "in stock at this store" on the shop', async ({ page, browser }) => {
  const storeId = await storeIdOf(page, STORE);
  const beanie = (await (await page.request.get(`/api/products/${BEANIE}`)).json()) as Product;
  const variant = beanie.variants[0]!;
  const staffContext = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  const staff = await staffContext.newPage();
  await signInStaff(staff, await seongsuAssociate());
  await staff.goto(`/staff/stores/${storeId}/counts`);
  await expect(staff.getByRole('heading', { level: 1, name: 'Stock count' })).toBeVisible();
  await expectAccessible(staff);

  const count = async (onHand: number) => {
    await staff.getByLabel('SKU').fill(variant.sku.toLowerCase());
    await staff.getByRole('button', { name: 'Look up' }).click();
    await expect(staff.getByRole('heading', { level: 2, name: beanie.title })).toBeVisible();
    await staff.getByLabel('Units counted').fill(String(onHand));
    await staff.getByRole('button', { name: 'Post count' }).click();
    await expect(staff.getByRole('status').filter({ hasText: /Count posted/ })).toBeVisible();
  };
  await count(0);
  const qs = new URLSearchParams({ color: variant.options.color ?? '', size: variant.options.size ?? '' });
  await page.goto(`/p/${BEANIE}?${qs}`);
  await page.getByRole('combobox', { name: 'Pickup store' }).selectOption(storeId);
  await expect(page.getByTestId('store-availability')).not.toContainText(`In stock at ${STORE}`);

  await count(6);
  const numbers = staff.getByRole('region', { name: beanie.title });
  await expect(numbers.getByRole('definition').first()).toHaveText('6');
  await expectAccessible(staff);
  await screenshots(staff, 'counts');
  await page.reload();
  await page.getByRole('combobox', { name: 'Pickup store' }).selectOption(storeId);
  await expect(page.getByTestId('store-availability')).toContainText(`In stock at ${STORE}`);
  await staffContext.close();
});
