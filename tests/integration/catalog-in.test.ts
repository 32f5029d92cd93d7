import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_MAX_BYTES } from '@/lib/catalog/import/contract';
import { apiImageSource, resolveImage, type ImageSource } from '@/lib/catalog/import/media';
import type { BulkResult, IntegrationProduct } from '@/lib/catalog/import/schema';
import type { ProductDetail, ProductList } from '@/lib/catalog/schema';
import type { Cart } from '@/lib/cart/schema';
import { categories, inventoryLocations, media, products, productTranslations, variants } from '@/lib/db/schema';
import { readEnv, type Env } from '@/lib/env';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import type { Order } from '@/lib/orders/schema';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { setStock } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let token: string;
let imageServer: Server;
let imageBase: string;
let red: Buffer;

/** A product as an integrator would send it: two sizes × one colour, priced in the shop market. */
function payload(over: Record<string, unknown> = {}) {
  return {
    title: { en: 'Harbour Wool Coat', ko: '하버 울 코트' },
    description: { en: 'A long coat in boiled wool.', ko: '보일드 울 롱코트.' },
    category: 'Outerwear Imports',
    tags: ['wool', 'winter'],
    status: 'active',
    options: [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Color', values: ['Navy'] },
    ],
    variants: [
      { sku: 'HWC-NAVY-S', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 189_000 }] },
      { sku: 'HWC-NAVY-M', options: { Size: 'M', Color: 'Navy' }, prices: [{ market: 'KR', amount: 189_000 }] },
    ],
    images: [],
    ...over,
  };
}

const shipCheckout = {
  contact: { email: 'archive@example.com' },
  payment: { method: 'test_card', cardNumber: '4242 4242 4242 4242' },
  shippingAddress: { name: 'Jiho Kim', line1: '17 Yeonmujang-gil', city: 'Seoul', postalCode: '04782' },
};

const put = (handle: string, body: unknown, key = token) =>
  api.key(key).put<IntegrationProduct>(`/api/integrations/products/${handle}`, body);

/** Every row a product owns, to show a write changed nothing. */
async function rowsOfProduct(handle: string) {
  const [p] = await db.db.select().from(products).where(eq(products.handle, handle));
  if (!p) return null;
  return {
    product: p,
    variants: await db.db.select().from(variants).where(eq(variants.productId, p.id)),
    texts: await db.db.select().from(productTranslations).where(eq(productTranslations.productId, p.id)),
  };
}

/** A guest bag holding one unit of `sku` for delivery; the browser that holds it. */
async function bagWith(sku: string) {
  const [v] = await db.db.select().from(variants).where(eq(variants.sku, sku));
  const [warehouse] = await db.db.select().from(inventoryLocations).where(eq(inventoryLocations.id, 'loc_online'));
  await setStock(db.db, warehouse!.id, v!.id, 20);
  const shopper = api.guest();
  const added = await shopper.post<Cart>('/api/cart/lines', {
    variantId: v!.id,
    quantity: 1,
    fulfillment: { type: 'ship' },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(200);
  return shopper;
}

beforeAll(async () => {
  token = await keyWith(db, ['catalog:write']);
  red = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer();
  imageServer = createServer((req, res) => {
    if (req.url === '/red.png') res.writeHead(200, { 'content-type': 'image/png' }).end(red);
    else if (req.url === '/moved') res.writeHead(301, { location: '/red.png' }).end();
    else if (req.url === '/to-metadata')
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (req.url === '/text') res.writeHead(200, { 'content-type': 'image/png' }).end('not an image');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => imageServer.listen(0, '127.0.0.1', resolve));
  imageBase = `http://127.0.0.1:${(imageServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => imageServer.close(() => resolve())));

describe(`catalog in: PUT /api/integrations/products/{handle} (${DB_LABEL})`, () => {
  it('creates, then reports the same payload unchanged and writes nothing, then updates variants by SKU', async () => {
    const created = await put('harbour-wool-coat', payload());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.result).toBe('created');
    expect(created.body.title).toEqual({ en: 'Harbour Wool Coat', ko: '하버 울 코트' });
    expect(created.body.category.name).toBe('Outerwear Imports');
    expect(created.body.variants.map((v) => [v.sku, v.options, v.price])).toEqual([
      ['HWC-NAVY-S', { Size: 'S', Color: 'Navy' }, { amount: 189_000, currency: 'KRW' }],
      ['HWC-NAVY-M', { Size: 'M', Color: 'Navy' }, { amount: 189_000, currency: 'KRW' }],
    ]);
    // The unknown category was made, with a slug from its name; the shop shows the product.
    const [category] = await db.db.select().from(categories).where(eq(categories.slug, 'outerwear-imports'));
    expect(category?.name).toBe('Outerwear Imports');
    const page = await api.get<ProductDetail>('/api/products/harbour-wool-coat');
    expect(page.status).toBe(200);
    expect(page.body.variants.map((v) => v.options)).toEqual([
      { size: 'S', color: 'Navy' },
      { size: 'M', color: 'Navy' },
    ]);

    const before = await rowsOfProduct('harbour-wool-coat');
    // The same product, its keys in another order: unchanged, and not one row touched.
    const reordered = Object.fromEntries(Object.entries(payload()).reverse());
    const again = await put('harbour-wool-coat', reordered);
    expect(again.status).toBe(200);
    expect(again.body.result).toBe('unchanged');
    expect(await rowsOfProduct('harbour-wool-coat')).toEqual(before);

    // M's price changes, S is dropped, L is new.
    const changed = await put(
      'harbour-wool-coat',
      payload({
        options: [
          { name: 'Size', values: ['M', 'L'] },
          { name: 'Color', values: ['Navy'] },
        ],
        variants: [
          { sku: 'HWC-NAVY-M', options: { Size: 'M', Color: 'Navy' }, prices: [{ market: 'KR', amount: 169_000 }] },
          { sku: 'HWC-NAVY-L', options: { Size: 'L', Color: 'Navy' }, prices: [{ market: 'KR', amount: 169_000 }] },
        ],
      }),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.result).toBe('updated');
    const bySku = new Map(changed.body.variants.map((v) => [v.sku, v]));
    const oldM = before!.variants.find((v) => v.sku === 'HWC-NAVY-M')!;
    expect(bySku.get('HWC-NAVY-M')).toMatchObject({ id: oldM.id, price: { amount: 169_000 }, archived: false });
    expect(bySku.get('HWC-NAVY-S')?.archived).toBe(true);
    expect(bySku.get('HWC-NAVY-L')?.archived).toBe(false);
  });

  it('refuses a request without a key (401), with a key of another scope (403), and a bad body (422), writing nothing', async () => {
    const noKey = await api.put('/api/integrations/products/refused-coat', payload());
    expect(noKey.status).toBe(401);
    const stockKey = await keyWith(db, ['stock:write']);
    const wrongScope = await put('refused-coat', payload(), stockKey);
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.body.error?.code).toBe('insufficient_scope');
    const japan = payload({
      variants: [{ sku: 'RC-1', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'JP', amount: 19_000 }] }],
    });
    // A JP price alone: the base (KR) price, which every other market converts from, is missing.
    const noBase = await put('refused-coat', japan);
    expect(noBase.status).toBe(422);
    expect(noBase.body.error?.fields?.['variants.0.prices']?.[0]).toMatch(/KR/);
    const badMarket = await put(
      'refused-coat',
      payload({
        variants: [
          {
            sku: 'RC-1',
            options: { Size: 'S', Color: 'Navy' },
            prices: [
              { market: 'KR', amount: 190_000 },
              { market: 'FR', amount: 19_000 },
            ],
          },
        ],
      }),
    );
    expect(badMarket.status).toBe(422);
    expect(badMarket.body.error?.fields?.['variants.0.prices.1.market']?.[0]).toMatch(/KR, JP, SG, US/);
    const undeclared = payload({
      variants: [{ sku: 'RC-1', options: { Size: 'XL', Color: 'Navy' }, prices: [{ market: 'KR', amount: 1 }] }],
    });
    expect((await put('refused-coat', undeclared)).body.error?.fields?.['variants.0.options.Size']).toBeDefined();
    // A SKU another product owns.
    const stolen = payload({
      variants: [{ sku: 'HWC-NAVY-M', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 1 }] }],
    });
    const taken = await put('refused-coat', stolen);
    expect(taken.status).toBe(422);
    expect(taken.body.error?.fields?.['variants.0.sku']?.[0]).toContain('harbour-wool-coat');
    expect(await rowsOfProduct('refused-coat')).toBeNull();
  });

  it('takes a product of 300 variants (past the default 64 KB body), and refuses a body past 1 MB unread', async () => {
    const sizes = Array.from({ length: 30 }, (_, i) => `W${i}`);
    const colors = Array.from({ length: 10 }, (_, i) => `Shade ${i}`);
    const big = payload({
      description: { en: 'Long. '.repeat(2_000) },
      options: [
        { name: 'Size', values: sizes },
        { name: 'Color', values: colors },
      ],
      variants: sizes.flatMap((size) =>
        colors.map((color) => ({
          sku: `BIG-${size}-${color.replace(' ', '')}`,
          options: { Size: size, Color: color },
          prices: [{ market: 'KR', amount: 50_000 }],
        })),
      ),
    });
    const made = await put('big-catalog-coat', big);
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201);
    expect(made.body.variants).toHaveLength(300);
    const huge = await api.key(token).put('/api/integrations/products/huge-catalog-coat', undefined, {
      raw: JSON.stringify({ ...big, pad: 'x'.repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await rowsOfProduct('huge-catalog-coat')).toBeNull();
  });

  it('stores an image fetched from a URL and serves it itself; an image that fails is a 422 naming it', async () => {
    const withImage = await put(
      'red-scarf',
      payload({
        variants: [{ sku: 'RS-1', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 29_000 }] }],
        images: [{ src: `${imageBase}/red.png`, alt: { en: 'Red scarf', ko: '빨간 목도리' }, color: 'Navy' }],
      }),
    );
    expect(withImage.status, JSON.stringify(withImage.body)).toBe(201);
    const image = withImage.body.images[0]!;
    expect(image.url).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    expect(image.alt).toEqual({ en: 'Red scarf', ko: '빨간 목도리' });
    const { GET } = await import('@/app/media/[file]/route');
    const served = await GET(new Request(`http://aisle.test${image.url}`), {
      params: Promise.resolve({ file: image.url.slice('/media/'.length) }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(red)).toBe(true);
    expect(await db.db.select({ hash: media.hash }).from(media)).toHaveLength(1);

    for (const src of [`${imageBase}/missing.png`, `${imageBase}/text`, '/etc/passwd']) {
      const failed = await put(
        'broken-image',
        payload({
          variants: [{ sku: 'BI-1', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 1 }] }],
          images: [{ src }],
        }),
      );
      expect(failed.status, src).toBe(422);
      expect(failed.body.error?.fields?.['images.0.src'], src).toBeDefined();
    }
    expect(await rowsOfProduct('broken-image')).toBeNull();
  });

  it('follows redirects one at a time, checking each host; in production the API fetches only public hosts', async () => {
    // Here 127.0.0.1 stands for a public CDN: only the metadata address counts as inside the network.
    const source: ImageSource = {
      files: null,
      checkDestination: async (url) => (url.hostname.startsWith('169.254.') ? 'inside the network' : null),
    };
    expect(await resolveImage(db.db, `${imageBase}/moved`, source)).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    await expect(resolveImage(db.db, `${imageBase}/to-metadata`, source)).rejects.toThrow(
      /to-metadata: refused, inside the network/,
    );
    await expect(resolveImage(db.db, `${imageBase}/loop`, source)).rejects.toThrow(/more than 5 redirects/);

    const env = (over: Partial<Env>) => ({ ...readEnv(), ...over }) as Env;
    const production = apiImageSource(env({ NODE_ENV: 'production', AISLE_IMAGE_LOCAL_SOURCES: '0' }));
    await expect(resolveImage(db.db, `${imageBase}/red.png`, production)).rejects.toThrow(
      /refused, 127\.0\.0\.1 is inside the network/,
    );
    const testRun = apiImageSource(env({ NODE_ENV: 'production', AISLE_IMAGE_LOCAL_SOURCES: '1' }));
    expect(await resolveImage(db.db, `${imageBase}/red.png`, testRun)).toMatch(/^\/media\//);
    expect(apiImageSource(env({ NODE_ENV: 'development' })).checkDestination).toBeUndefined();
  });

  it('a changed price reaches the bag on its next read, also past a cached ETag', async () => {
    await put(
      'price-tee',
      payload({
        variants: [{ sku: 'PT-1', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 20_000 }] }],
      }),
    );
    const shopper = await bagWith('PT-1');
    const first = await shopper.get<Cart>('/api/cart');
    expect(first.body.lines[0]?.unitPrice.amount).toBe(20_000);
    await put(
      'price-tee',
      payload({
        variants: [{ sku: 'PT-1', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 15_000 }] }],
      }),
    );
    const next = await shopper.get<Cart>('/api/cart', { ifNoneMatch: first.headers.get('etag')! });
    expect(next.status).toBe(200);
    expect(next.body.lines[0]?.unitPrice.amount).toBe(15_000);
    expect(next.body.subtotal.amount).toBe(15_000);
  });

  it('archiving hides the product from the shop, turns its cart lines into notices, and keeps it in past orders', async () => {
    const body = payload({
      title: { en: 'Quillon Archive Parka' },
      variants: [{ sku: 'QAP-1', options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount: 99_000 }] }],
    });
    expect((await put('quillon-archive-parka', body)).status).toBe(201);
    // A past order of it, and a bag that holds it.
    const buyer = await bagWith('QAP-1');
    const placed = await buyer.post<{ order: Order }>('/api/checkout', shipCheckout, {
      idempotencyKey: 'archive-order',
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const orderId = placed.body.order.id;
    const holder = await bagWith('QAP-1');

    const archived = await put('quillon-archive-parka', { ...body, status: 'archived' });
    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe('archived');

    expect((await api.get('/api/products/quillon-archive-parka')).status).toBe(404);
    const search = await api.get<ProductList>('/api/products?q=quillon');
    expect(search.body.items.map((i) => i.handle)).not.toContain('quillon-archive-parka');
    const listed = await api.get<ProductList>('/api/products?category=outerwear-imports&limit=60');
    expect(listed.body.items.map((i) => i.handle)).not.toContain('quillon-archive-parka');

    const bag = await holder.get<Cart>('/api/cart');
    expect(bag.body.lines).toEqual([]);
    expect(bag.body.notices).toEqual([
      { code: 'discontinued', sku: 'QAP-1', title: 'Quillon Archive Parka', count: 1 },
    ]);
    const [variant] = await db.db.select().from(variants).where(eq(variants.sku, 'QAP-1'));
    const readd = await holder.post('/api/cart/lines', {
      variantId: variant!.id,
      quantity: 1,
      fulfillment: { type: 'ship' },
    });
    expect(readd.status).toBe(422);

    const order = await getOrderOrThrow(db.db, orderId);
    expect(order.lines.map((l) => [l.sku, l.title])).toEqual([['QAP-1', 'Quillon Archive Parka']]);
  });
});

describe(`catalog in: POST /api/integrations/products/bulk (${DB_LABEL})`, () => {
  const line = (handle: string, sku: string, amount = 10_000) =>
    JSON.stringify({
      handle,
      ...payload({
        title: { en: `Bulk ${handle}` },
        variants: [{ sku, options: { Size: 'S', Color: 'Navy' }, prices: [{ market: 'KR', amount }] }],
      }),
    });
  const bulk = (body: string, key = token, type = 'application/x-ndjson') =>
    api.key(key).post<{ results: BulkResult[] }>('/api/integrations/products/bulk', undefined, {
      raw: body,
      headers: { 'content-type': type },
    });

  it('applies each line on its own: a bad line in the middle is reported and the others land', async () => {
    const body = [
      line('bulk-one', 'BULK-1'),
      '{"handle": "bulk-broken", "title": ',
      line('bulk-two', 'BULK-2').replace('"KR"', '"XX"'),
      '',
      line('bulk-three', 'BULK-3'),
    ].join('\n');
    const res = await bulk(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.map((r) => [r.line, r.handle, r.status])).toEqual([
      [1, 'bulk-one', 'created'],
      [2, null, 'error'],
      [3, 'bulk-two', 'error'],
      [5, 'bulk-three', 'created'],
    ]);
    expect(res.body.results[1]?.error?.code).toBe('invalid_json');
    expect(res.body.results[2]?.error?.fields?.['variants.0.prices.0.market']).toBeDefined();
    expect(await rowsOfProduct('bulk-two')).toBeNull();

    const again = await bulk([line('bulk-one', 'BULK-1'), line('bulk-three', 'BULK-3', 12_000)].join('\n'));
    expect(again.body.results.map((r) => r.status)).toEqual(['unchanged', 'updated']);
  });

  it('checks the key and the media type before reading a line', async () => {
    const productCount = async () => (await db.db.select({ n: count() }).from(products))[0]!.n;
    const before = await productCount();
    expect((await bulk(line('bulk-nokey', 'BULK-NK'), await keyWith(db, ['orders:read']))).status).toBe(403);
    expect((await bulk(line('bulk-json', 'BULK-J'), token, 'application/json')).status).toBe(415);
    const huge = await api.key(token).post('/api/integrations/products/bulk', undefined, {
      raw: line('bulk-huge', 'BULK-H'),
      headers: { 'content-type': 'application/x-ndjson', 'content-length': String(BULK_MAX_BYTES + 1) },
    });
    expect(huge.status).toBe(413);
    expect(await productCount()).toBe(before);
  });
});
