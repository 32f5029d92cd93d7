import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe tags of WCAG 2.0, 2.1 and 2.2, levels A and AA: the level Aisle holds itself to. */
export const WCAG22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails on any WCAG 2.2 A/AA violation, of any impact, on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG22_AA_TAGS).analyze();
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `axe (WCAG 2.2 AA) on ${page.url()}`).toEqual([]);
}

/** Every <img> on the page has loaded real pixels. */
export async function expectImagesLoaded(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const broken = await page.$$eval('img', (imgs) =>
    imgs.filter((i) => i.loading !== 'lazy' && (!i.complete || i.naturalWidth === 0)).map((i) => i.src),
  );
  expect(broken).toEqual([]);
}
