import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { signInAdmin } from './support/staff-admin';

/** 200 m north of Aisle Chungjangno (Gwangju, KR-29), and Songdo (Incheon, KR-28): no e2e journey offers there. */
const inGwangju = { latitude: 35.1489 + 200 / 111_195, longitude: 126.9159 };
const inIncheon = { latitude: 37.392, longitude: 126.6435 };
const VIEWS = { tablet: { width: 820, height: 1180 }, desktop: { width: 1280, height: 900 } };

async function shoot(page: Page, name: string) {
  for (const [view, size] of Object.entries(VIEWS)) {
    await page.setViewportSize(size);
    // Two frames: the page is laid out and painted at the new size before the capture.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: test.info().outputPath(`${name}-${view}.png`), fullPage: true });
  }
}

/** The offers the home page's "Near you" block lists for a shopper at `where`. */
async function nearYouTitles(page: Page) {
  await page.goto('/');
  const block = page.getByRole('region', { name: 'Near you' });
  await block.getByRole('button', { name: 'Use my location' }).click();
  await expect(block.getByTestId('nearest-store')).toBeVisible();
  return block;
}

test('an admin makes a region offer in the console; the shop shows it in that region only', async ({ browser }) => {
  test.slow();
  const title = `Gwangju autumn: 12% off ${Date.now() % 100_000}`;
  const staff = await browser.newContext({ viewport: VIEWS.desktop });
  const page = await staff.newPage();
  await signInAdmin(page.request);

  await page.goto('/staff/offers');
  await expect(page.getByRole('heading', { level: 1, name: 'Offers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit Welcome: 10% off your first order' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'New offer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'New offer' })).toBeVisible();
  // Submitted empty: the server's refusals are shown on their fields.
  await page.getByRole('button', { name: 'Create offer' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The offer could not be saved. Check the marked fields.' }),
  ).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter when the offer starts.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill('For shoppers in Gwangju: 12% off everything, online and in store.');
  await page.getByLabel('Percent', { exact: true }).fill('12');
  await page.getByLabel('Starts').fill('2026-01-01T00:00');
  await page.getByLabel('Minimum spend (KRW)').fill('30,000');

  // A near-store target first: the map of the radius loads, drawn without tiles.
  const where = page.getByRole('group', { name: 'Where it applies' });
  await where.getByRole('radio', { name: 'Near a store' }).check();
  await where.getByRole('combobox', { name: 'Store' }).selectOption({ label: 'Aisle Songdo' });
  await where.getByLabel('Radius in metres').fill('1500');
  await expect(where.getByRole('img', { name: 'Map of the area within 1.5 km of Aisle Songdo' })).toBeVisible();
  await expect(where.getByText('Shoppers who choose these stores get it: Aisle Songdo.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'staff-offer-radius');

  // Then the region it is for, with the stores it covers.
  await where.getByRole('radio', { name: 'A region' }).check();
  await where.getByRole('combobox', { name: 'Region' }).selectOption('KR-29');
  await expect(where.getByText('Stores in Gwangju: Aisle Chungjangno.')).toBeVisible();
  await page.getByRole('button', { name: 'Create offer' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `Edit ${title}` }) });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Gwangju');
  await expect(row).toContainText('0 uses');
  await expectAccessible(page);
  await shoot(page, 'staff-offers-list');

  const gwangju = await browser.newContext({ geolocation: inGwangju, permissions: ['geolocation'] });
  const shopper = await gwangju.newPage();
  const near = await nearYouTitles(shopper);
  const offer = near.getByRole('listitem').filter({ hasText: title });
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('offer-reason')).toHaveText('Offer for Gwangju');

  const incheon = await browser.newContext({ geolocation: inIncheon, permissions: ['geolocation'] });
  const elsewhere = await incheon.newPage();
  const far = await nearYouTitles(elsewhere);
  await expect(far.getByTestId('nearest-store')).toContainText('Aisle Songdo');
  await expect(far.getByText(title)).toHaveCount(0);

  // Ended in the console, it leaves the shop at once.
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `End now: ${title}` }).click();
  await expect(row).toContainText('Ended');
  // The shopper's tab remembers the position it was allowed: the block shows the offers at once.
  await shopper.goto('/');
  const after = shopper.getByRole('region', { name: 'Near you' });
  await expect(after.getByTestId('offer-reason').first()).toBeVisible();
  await expect(after.getByText(title)).toHaveCount(0);
  await makeSingaporeOffer(page);
  await Promise.all([staff.close(), gwangju.close(), incheon.close()]);
});

/**
 * A Singapore offer: the amount is typed in dollars and cents and stored in cents. (The admin signs
 * in once a run: TOTP is enrolled by the first sign-in, so this runs on the journey's page.)
 */
async function makeSingaporeOffer(page: Page) {
  const title = `Orchard S$12.90 off ${Date.now() % 100_000}`;
  await page.goto('/staff/offers/new');
  await page.getByRole('combobox', { name: 'Market it runs in' }).selectOption('SG');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Description').fill('S$12.90 off in Singapore.');
  await page.getByRole('radio', { name: 'Amount off (SGD)' }).check();
  // Three decimals are no Singapore money: told at the field, nothing sent.
  await page.getByLabel('Amount in SGD').fill('12.909');
  await page.getByLabel('Starts').fill('2026-01-01T00:00');
  await page.getByRole('button', { name: 'Create offer' }).click();
  await expect(page.getByText('Enter an amount in SGD, e.g. 12.90.').first()).toBeVisible();
  await expect(page.getByLabel('Amount in SGD')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Amount in SGD').fill('12.9');
  // A Korean region is no choice for a Singapore offer.
  const where = page.getByRole('group', { name: 'Where it applies' });
  await where.getByRole('radio', { name: 'A region' }).check();
  await expect(where.getByRole('combobox', { name: 'Region' }).locator('option[value="KR-11"]')).toHaveCount(0);
  await where.getByRole('radio', { name: 'Everywhere' }).check();
  await page.getByRole('button', { name: 'Create offer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `Edit ${title}` }) });
  await expect(row).toContainText('SG ·');
  await row.getByRole('link', { name: `Edit ${title}` }).click();
  await expect(page.getByLabel('Amount in SGD')).toHaveValue('12.90');
  const offers = await page.request.get('/api/staff/offers');
  const made = (
    (await offers.json()) as { offers: { title: string; discount: unknown; market: string }[] }
  ).offers.find((o) => o.title === title);
  expect(made).toMatchObject({ market: 'SG', discount: { type: 'fixed', amount: { amount: 1290, currency: 'SGD' } } });
  await expectAccessible(page);
}
