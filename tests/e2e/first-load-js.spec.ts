import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { firstLoadScripts, SHOP_PAGES } from '../../bench/lib/first-load-js';
import { E2E_BASE_URL } from '../../playwright.config';

/** bench/budgets.json: each shop page's first-load JS as it stands (a ratchet), in kB. */
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { firstLoadJsKb: Record<string, number> };

// Not a timing: the bytes the production build makes a first visit download, gzip-compressed,
// which only a change to the code or its dependencies moves.
test.describe('first-load JS budget', () => {
  test('every shop page has a budget', () => {
    expect(Object.keys(budgets.firstLoadJsKb).sort()).toEqual(SHOP_PAGES.map((p) => p.name).sort());
  });
  for (const page of SHOP_PAGES) {
    const budget = budgets.firstLoadJsKb[page.name]!;
    test(`${page.name} (${page.path}) loads at most ${budget} kB of JS up front`, async () => {
      const scripts = await firstLoadScripts(E2E_BASE_URL, page.path);
      expect(scripts.length, 'the page loads its scripts').toBeGreaterThan(0);
      const kb = scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
      const largest = [...scripts]
        .sort((a, b) => b.gzipBytes - a.gzipBytes)
        .slice(0, 5)
        .map((s) => `${(s.gzipBytes / 1024).toFixed(1)} kB ${s.src}`);
      expect(kb, `first-load JS of ${page.path}; the largest scripts:\n${largest.join('\n')}`).toBeLessThanOrEqual(
        budget,
      );
    });
  }
});
