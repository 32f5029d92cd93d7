import { describe, expect, it } from 'vitest';
import type { ProductItem } from '@/lib/catalog/import/product-item';
import { htmlToText, parsePrice, productsFromShopifyRows, type CsvRow } from '@/lib/catalog/import/shopify-csv';

/** Rows as csv-parse hands them over: headers lower-cased, missing cells absent. */
function rows(...cells: Record<string, string>[]): CsvRow[] {
  return cells.map((c, i) => ({
    line: i + 2,
    cells: Object.fromEntries(Object.entries(c).map(([k, v]) => [k.toLowerCase(), v])),
  }));
}

async function group(input: CsvRow[]): Promise<ProductItem[]> {
  const out: ProductItem[] = [];
  for await (const item of productsFromShopifyRows(
    (async function* () {
      yield* input;
    })(),
  ))
    out.push(item);
  return out;
}

const product = (handle: string, over: Record<string, string> = {}) => ({
  Handle: handle,
  Title: `T ${handle}`,
  Type: 'Bags',
  'Option1 Name': 'Color',
  'Option1 Value': 'Black',
  'Variant SKU': `${handle}-1`,
  'Variant Price': '10000',
  ...over,
});

describe('Shopify CSV prices', () => {
  it.each([
    ['59000', 59_000],
    ['59000.00', 59_000],
    ['0', 0],
    ['  1234.0 ', 1234],
  ])('%s in KRW is %d', (text, amount) => expect(parsePrice(text)).toBe(amount));

  it.each(['59000.50', '1,000', '-5', '', 'abc', '1e3', '99999999999'])('refuses %j in KRW', (text) =>
    expect(parsePrice(text)).toBeNull(),
  );

  it('reads minor units from the text in a currency that has them, never through a float', () => {
    expect(parsePrice('19.99', 'USD')).toBe(1999);
    expect(parsePrice('0.29', 'USD')).toBe(29);
    expect(parsePrice('1.005', 'USD')).toBeNull();
    expect(parsePrice('12.5', 'SGD')).toBe(1250);
  });
});

describe('Shopify CSV rows', () => {
  it('makes one product of consecutive rows by Handle: variants, image-only rows, options in order', async () => {
    const items = await group(
      rows(
        product('a', {
          'Option2 Name': 'Size',
          'Option2 Value': 'S',
          'Image Src': 'https://x/1.png',
          'Image Position': '1',
        }),
        {
          Handle: 'a',
          'Option1 Value': 'Black',
          'Option2 Value': 'M',
          'Variant SKU': 'a-2',
          'Variant Price': '12000.00',
        },
        { Handle: 'a', 'Option1 Value': 'Red', 'Option2 Value': 'S', 'Variant SKU': 'a-3', 'Variant Price': '10000' },
        { Handle: 'a', 'Image Src': 'https://x/2.png', 'Image Position': '2', 'Image Alt Text': 'Back' },
        product('b', { 'Option1 Name': 'Title', 'Option1 Value': 'Default Title', 'Variant SKU': '' }),
      ),
    );
    expect(items.map((i) => [i.line, i.handle, 'error' in i ? i.error.message : 'ok'])).toEqual([
      [2, 'a', 'ok'],
      [6, 'b', 'ok'],
    ]);
    const a = items[0]!.input!;
    expect(a.options).toEqual([
      { name: 'Color', values: ['Black', 'Red'] },
      { name: 'Size', values: ['S', 'M'] },
    ]);
    expect(a.variants.map((v) => [v.sku, v.options, v.prices[0]!.amount])).toEqual([
      ['a-1', { Color: 'Black', Size: 'S' }, 10_000],
      ['a-2', { Color: 'Black', Size: 'M' }, 12_000],
      ['a-3', { Color: 'Red', Size: 'S' }, 10_000],
    ]);
    expect(a.images).toEqual([{ src: 'https://x/1.png' }, { src: 'https://x/2.png', alt: { en: 'Back' } }]);
    // No options, and no SKU: one variant with a SKU made from the handle.
    expect(items[1]!.input!.options).toEqual([]);
    expect(items[1]!.input!.variants.map((v) => v.sku)).toEqual(['B']);
  });

  it("fails a product on its bad row's line and goes on; a Handle met again later is refused", async () => {
    const items = await group(
      rows(
        product('a'),
        { Handle: 'a', 'Option1 Value': 'Red', 'Variant SKU': 'a-2', 'Variant Price': '12,000' },
        product('b'),
        product('a', { 'Variant SKU': 'a-9' }),
        { ...product('c'), Handle: '' },
        product('d', { Status: 'draft' }),
      ),
    );
    expect(items.map((i) => [i.line, i.handle, i.input ? 'ok' : i.error.message])).toEqual([
      [3, 'a', 'Variant Price "12,000" is not a price in KRW'],
      [4, 'b', 'ok'],
      [5, 'a', "Handle a was already imported from line 2: a product's rows must be together"],
      [6, null, 'The row has no Handle'],
      [7, 'd', 'ok'],
    ]);
    expect(items[4]!.input!.status).toBe('archived');
  });
});

describe('Body (HTML) to text', () => {
  it('keeps paragraphs, breaks and list items, drops markup and decodes entities', () => {
    expect(
      htmlToText(
        '<p>One, "two"</p>\n<p>Three<br>four &amp; <b>five</b>&#33;</p><ul><li>a</li>\n<li>b</li></ul><script>x()</script>',
      ),
    ).toBe('One, "two"\n\nThree\nfour & five!\n\n• a\n• b');
    expect(htmlToText('Plain text\nkeeps its lines')).toBe('Plain text\nkeeps its lines');
  });
});
