import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '@/lib/catalog/import/import-file';
import { readIntegrationProduct } from '@/lib/catalog/import/integration-product';
import type { BulkResult } from '@/lib/catalog/import/schema';
import { media, products } from '@/lib/db/schema';
import { api } from '../support/api';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const FIXTURE = path.resolve('tests/fixtures/shopify-products.csv');
const scratch = mkdtempSync(path.join(tmpdir(), 'aisle-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(file: string) {
  const results: BulkResult[] = [];
  const summary = await importFile(db.db, file, { now: new Date(), onResult: (r) => results.push(r) });
  return { summary, results };
}

const product = async (handle: string) => (await readIntegrationProduct(db.db, handle, 'unchanged'))!;

describe(`catalog:import (${DB_LABEL})`, () => {
  it("imports Shopify's product CSV as the file says, and a second run changes nothing", async () => {
    const first = await run(FIXTURE);
    expect(first.summary).toMatchObject({ format: 'shopify-csv', created: 4, updated: 0, unchanged: 0, error: 1 });
    const bad = first.results.find((r) => r.status === 'error')!;
    expect(bad).toMatchObject({ line: 16, handle: 'bad-price-tote' });
    expect(bad.error?.message).toContain('45,000원');
    expect(await db.db.select().from(products).where(eq(products.handle, 'bad-price-tote'))).toEqual([]);

    const jacket = await product('harbour-rain-jacket');
    expect(jacket.status).toBe('active');
    expect(jacket.title).toEqual({ en: 'Harbour Rain Jacket' });
    expect(jacket.description.en).toBe(
      'A light rain jacket, "packable" into its own pocket.\n\n• Taped seams & a two-way zip\n• Weighs 320 g',
    );
    expect(jacket.category.name).toBe('Outerwear');
    expect(jacket.tags).toEqual(['rain', 'packable', 'spring']);
    expect(jacket.options).toEqual([
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Color', values: ['Navy', 'Olive'] },
    ]);
    expect(jacket.variants.map((v) => [v.sku, v.options, v.price.amount])).toEqual([
      ['HRJ-NAVY-S', { Size: 'S', Color: 'Navy' }, 129_000],
      ['HRJ-NAVY-M', { Size: 'M', Color: 'Navy' }, 129_000],
      ['HRJ-OLIVE-S', { Size: 'S', Color: 'Olive' }, 119_000],
      ['HRJ-OLIVE-M', { Size: 'M', Color: 'Olive' }, 119_000],
    ]);
    // Positions 1–3 from Image Position (one from an image-only row), then the Olive variant's image.
    expect(jacket.images.map((i) => [i.alt.en, i.color])).toEqual([
      ['Harbour Rain Jacket in navy', 'Navy'],
      ['The back, with its vent', null],
      ['Seam detail, "taped"', null],
      ['Harbour Rain Jacket', 'Olive'],
    ]);
    for (const image of jacket.images) expect(image.url).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    expect(await db.db.select({ hash: media.hash }).from(media)).toHaveLength(5);

    const shirt = await product('linen-camp-shirt');
    // "Title / Default Title" is Shopify's product without options.
    expect(shirt.options).toEqual([]);
    expect(shirt.variants.map((v) => [v.sku, v.options, v.price])).toEqual([
      ['LCS-001', {}, { amount: 59_000, currency: 'KRW' }],
    ]);
    expect(shirt.description.en).toBe('Plain linen, cut boxy.\nWash cold, dry flat.');
    expect((await api.get('/api/products/linen-camp-shirt')).status).toBe(200);

    // Draft, archived and unpublished products come in hidden.
    for (const handle of ['draft-wool-scarf', 'archived-canvas-cap']) {
      expect((await product(handle)).status, handle).toBe('archived');
      expect((await api.get(`/api/products/${handle}`)).status, handle).toBe(404);
    }

    const stamps = await db.db.select({ h: products.handle, at: products.updatedAt }).from(products);
    const second = await run(FIXTURE);
    expect(second.summary).toMatchObject({ created: 0, updated: 0, unchanged: 4, error: 1 });
    expect(await db.db.select({ h: products.handle, at: products.updatedAt }).from(products)).toEqual(stamps);
  });

  it("imports Aisle's NDJSON, reporting a bad line and landing the rest", async () => {
    const file = path.join(scratch, 'catalog.ndjson');
    const line = (handle: string, sku: string) =>
      JSON.stringify({
        handle,
        title: { en: `File ${handle}` },
        category: 'Bags',
        variants: [{ sku, prices: [{ market: 'KR', amount: 33_000 }] }],
      });
    writeFileSync(file, [line('file-tote', 'FT-1'), '{"handle":"file-bad"}', line('file-bag', 'FB-1')].join('\n'));
    const { summary, results } = await run(file);
    expect(summary).toMatchObject({ format: 'ndjson', created: 2, error: 1 });
    expect(results.map((r) => [r.line, r.status])).toEqual([
      [1, 'created'],
      [2, 'error'],
      [3, 'created'],
    ]);
    expect(results[1]?.error?.fields?.title).toBeDefined();
  });

  it('with archiveMissing, archives the active products the file does not name; sent again, one comes back', async () => {
    const file = path.join(scratch, 'only-one.ndjson');
    writeFileSync(
      file,
      JSON.stringify({
        handle: 'file-tote',
        title: { en: 'File file-tote' },
        category: 'Bags',
        variants: [{ sku: 'FT-1', prices: [{ market: 'KR', amount: 33_000 }] }],
      }),
    );
    const summary = await importFile(db.db, file, { now: new Date(), archiveMissing: true });
    expect(summary.unchanged).toBe(1);
    expect(summary.archived).toEqual(expect.arrayContaining(['file-bag', 'harbour-rain-jacket', 'linen-camp-shirt']));
    expect(summary.archived).not.toContain('file-tote');
    expect((await api.get('/api/products/harbour-rain-jacket')).status).toBe(404);
    expect((await api.get('/api/products/file-tote')).status).toBe(200);
    const again = await run(FIXTURE);
    // Archived products come back (updated, not "unchanged"); the hidden ones stay as they were.
    expect(again.summary).toMatchObject({ updated: 2, unchanged: 2, error: 1 });
    expect((await product('harbour-rain-jacket')).status).toBe('active');
  });
});

describe('npm run catalog:import', () => {
  const cli = path.join(process.cwd(), 'lib/catalog/cli/import.ts');
  const run = promisify(execFile);

  it('prints each bad line and a summary, and exits 3 when a product could not land (the others did)', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'aisle-import-cli-'));
    try {
      const failed = await run(process.execPath, ['--import', 'tsx', '--conditions=react-server', cli, FIXTURE], {
        env: { ...process.env, DATABASE_URL: '', AISLE_DATA_DIR: dataDir, AISLE_SEED: '0' },
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 3 });
      const { stdout, stderr } = failed as { stdout: string; stderr: string };
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^line 16 \(bad-price-tote\): Variant Price/)]);
      expect(stdout).toMatch(/4 created, 0 updated, 0 unchanged, 1 errors$/m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
