import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

/**
 * Keyboard-only journeys, browse → filter → product → choose store → add → checkout, on a desktop
 * and a phone. After every key press focus is on something (never the body) that is fully in view
 * and not under the sticky header (WCAG 2.4.3, 2.4.11); no select acts on an arrow key (3.2.2).
 */

type Focus = { tag: string; name: string; covered: boolean; top: number; bottom: number };

async function focusState(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const header = document.querySelector('header');
    const rect = el?.getBoundingClientRect();
    // What is drawn where the focused element's top edge is: the header means it hides under it.
    const probe =
      rect && rect.width > 0 ? document.elementFromPoint(rect.left + rect.width / 2, Math.max(0, rect.top + 2)) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      name: (el?.getAttribute('aria-label') || el?.textContent || (el as HTMLInputElement | null)?.value || '')
        .trim()
        .slice(0, 60),
      covered: Boolean(header && el && probe && header.contains(probe) && !header.contains(el)),
      top: rect?.top ?? 0,
      bottom: rect?.bottom ?? 0,
    };
  });
}

/** Focus is on an element, and that element is in view, not under the sticky header. */
async function expectFocusSeen(page: Page, step: string) {
  // Scrolling a focused element into view can take a frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const f = await focusState(page);
  const where = `${step}: focus on <${f.tag}> "${f.name}"`;
  expect(f.tag, `${where} dropped to the body`).not.toBe('body');
  expect(f.covered, `${where} is under the sticky header`).toBe(false);
  const viewport = page.viewportSize()!;
  expect(f.top, `${where} is above the viewport`).toBeGreaterThanOrEqual(-1);
  expect(f.bottom, `${where} is below the fold`).toBeLessThanOrEqual(viewport.height + 1);
}

/** Presses a key until `target` has focus, checking focus after each press; returns the presses. */
async function pressUntil(page: Page, key: string, target: Locator, max: number): Promise<number> {
  // Already there (a dialog focuses its first control on opening).
  if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return 0;
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    await expectFocusSeen(page, `${key} #${n}`);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return n;
  }
  throw new Error(`${key} did not reach the target in ${max} presses`);
}

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

async function journey(page: Page) {
  await page.goto('/c/outerwear');
  // A mark on the window: gone if the page reloads.
  await page.evaluate(() => ((window as unknown as { journey: boolean }).journey = true));
  const stillSamePage = () => page.evaluate(() => (window as unknown as { journey?: boolean }).journey === true);

  // From the top, a skip link passes the filters: the first product is a few presses away, not 52.
  const skip = page.getByRole('link', { name: 'Skip to results' });
  const toSkip = await pressUntil(page, 'Tab', skip, 30);
  await page.keyboard.press('Enter');
  const firstCard = page
    .getByRole('region', { name: /\d+ products/ })
    .getByRole('listitem')
    .first()
    .getByRole('link');
  const toCard = await pressUntil(page, 'Tab', firstCard, 2);
  expect(toSkip + 1 + toCard).toBeLessThanOrEqual(30);

  // Back through the filters with Shift+Tab: nothing focused hides under the sticky header.
  // On a phone the filters are folded away: open them first.
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  const panel = page.locator('summary');
  const phone = await panel.isVisible();
  if (phone) {
    await pressUntil(page, 'Shift+Tab', panel, 10);
    await page.keyboard.press('Enter');
    await pressUntil(page, 'Tab', sort, 3);
  } else {
    await pressUntil(page, 'Shift+Tab', sort, 120);
  }

  // The Sort list moves on ArrowDown but applies only on Enter; focus stays on it.
  const before = page.url();
  await page.keyboard.press('ArrowDown');
  await expect(sort).toHaveValue('newest');
  await page.waitForTimeout(300); // a navigation would have started by now
  expect(page.url()).toBe(before);
  expect(await isFocused(sort)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=newest/);
  expect(await isFocused(sort)).toBe(true);

  // A colour filter applies in place: no reload, no scroll jump, focus stays on the checkbox.
  const colours = page.getByRole('group', { name: 'Colour' }).getByRole('checkbox');
  const colour = colours.first();
  const colourName = (await colour.getAttribute('value'))!;
  await pressUntil(page, 'Tab', colour, 60);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`color=${encodeURIComponent(colourName).replace(/%20/g, '(\\+|%20)')}`));
  await expect(colour).toBeChecked();
  await expect(page.getByRole('link', { name: `Remove filter: ${colourName}` })).toBeVisible();
  expect(await stillSamePage()).toBe(true);
  expect(await isFocused(colour)).toBe(true);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThanOrEqual(2);
  await expectFocusSeen(page, 'after the filter applied');
  await expectAccessible(page);
  if (phone) {
    // Folded again, the panel still says what is on, and the chip stays in view above the results.
    await pressUntil(page, 'Shift+Tab', panel, 60);
    await page.keyboard.press('Enter');
    await expect(panel).toHaveText('Filters (1)');
    await expect(page.getByRole('link', { name: `Remove filter: ${colourName}` })).toBeVisible();
  }

  // Back to the skip link, then to the first card, which shows (and links to) the chosen colour.
  await pressUntil(page, 'Shift+Tab', skip, 120);
  await page.keyboard.press('Enter');
  await pressUntil(page, 'Tab', firstCard, 4); // past the chip, "Clear all" and the card's wishlist heart
  await expect(firstCard).toHaveAttribute('href', new RegExp(`color=`));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: /Colour/ }).getByRole('radio', { checked: true })).toHaveAttribute(
    'value',
    colourName,
  );

  // No size is chosen for the shopper: choose one (Space on the first size radio).
  const sizeGroup = page.getByRole('group', { name: /^Size/ });
  if ((await sizeGroup.count()) > 0) {
    const firstSize = sizeGroup.getByRole('radio').first();
    await pressUntil(page, 'Tab', firstSize, 40);
    await page.keyboard.press('Space');
    await expect(firstSize).toBeChecked();
  }

  // The pickup-store list: ArrowDown only moves the choice; Enter makes it the bag's store.
  const store = page.getByRole('combobox', { name: 'Pickup store' });
  await pressUntil(page, 'Tab', store, 40);
  let chosen = '';
  for (let i = 0; i < 12 && !chosen; i++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(150);
    expect(await isFocused(store), 'focus stays on the store list').toBe(true);
    await expect(page.getByTestId('store-availability')).toHaveCount(0); // nothing chosen yet
    const text = await store.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? '');
    if (/ available$/.test(text)) chosen = text.split(' — ')[0]!;
  }
  expect(chosen, 'a store near the top of the list has the item').not.toBe('');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('store-availability')).toContainText(chosen);
  expect(await isFocused(store), 'focus stays on the store list after choosing').toBe(true);
  await expectFocusSeen(page, 'after choosing a store');

  // Pick up there (arrow keys in a radio group choose, as they should), then add to the bag.
  const ship = page.getByRole('radio', { name: 'Ship to me' });
  const pickup = page.getByRole('radio', { name: `Pick up at ${chosen}` });
  const firstMethod = (await ship.isEnabled()) ? ship : pickup;
  await pressUntil(page, 'Tab', firstMethod, 10);
  // From "Ship to me" the arrow moves the choice; with shipping unavailable, Space picks the focused option.
  await page.keyboard.press(firstMethod === ship ? 'ArrowDown' : 'Space');
  await expect(pickup).toBeChecked();
  await expectAccessible(page);
  const add = page.getByRole('button', { name: 'Add to bag' });
  await pressUntil(page, 'Tab', add, 5);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Added to your bag' });
  await expect(dialog).toBeVisible();
  // One thing in the bag is "1 item", not "1 items".
  await expect(page.getByRole('link', { name: 'Bag, 1 item' })).toBeVisible();
  const viewBag = dialog.getByRole('link', { name: 'View bag' });
  await pressUntil(page, 'Tab', viewBag, 6);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /bag/i })).toBeVisible();
  const checkout = page.getByRole('link', { name: 'Checkout' });
  await pressUntil(page, 'Tab', checkout, 60);
  await page.keyboard.press('Enter');

  const email = page.getByLabel('E-mail');
  await pressUntil(page, 'Tab', email, 30);
  await page.keyboard.type('keyboard-shopper@example.com');
  const phoneField = page.getByLabel(/Mobile phone/);
  await pressUntil(page, 'Tab', phoneField, 3);
  await page.keyboard.type('010-5555-0199');
  await expectAccessible(page);
  const place = page.getByRole('button', { name: 'Place order' });
  await pressUntil(page, 'Tab', place, 15);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Thank you — your order is placed.')).toBeVisible();
  await expect(page).toHaveTitle(/^Order AI-\d{6}-[2-9A-Z]{5}/);
  await expectAccessible(page);
}

test('keyboard only on a desktop: browse, filter, product, store, bag, checkout', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await journey(page);
});

test('keyboard only on a phone: browse, filter, product, store, bag, checkout @phone', async ({ page }) => {
  test.setTimeout(120_000);
  await journey(page);
});

test('the language list switches only when the choice is made', async ({ page }) => {
  await page.goto('/');
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await expect(language).toHaveValue('ko');
  await page.waitForTimeout(500);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await isFocused(language)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('combobox', { name: '언어' })).toBeFocused();
});
