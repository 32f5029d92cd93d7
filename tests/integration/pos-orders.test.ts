import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/lib/db/schema';
import { buildOpenApiDocument } from '@/lib/http/openapi-document';
import { operations } from '@/lib/http/contract';
import type { Order } from '@/lib/orders/schema';
import { api, type CallOptions, type TillOptions } from '../support/api';
import { pickStoreVariant, setStock, stockAt, tillSale } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
let item: Awaited<ReturnType<typeof pickStoreVariant>> & { sku: string };
beforeAll(async () => {
  item = await pickStoreVariant(db.db, 20);
});

/** A till's POST of a sale (`raw`: bytes sent instead of the JSON of `body`; `signed`: a forger's signature). */
const post = (body: unknown, opts: TillOptions & CallOptions = {}) =>
  api.till(opts).post<{ order: Order }>('/api/pos/orders', body, opts);

/** An hour ago, fixed for the file: a repeat of a sale must be the same body. */
const placedAt = new Date(Date.now() - 3_600_000).toISOString();
const sale = (externalId: string, quantity = 2, phone = '010-3456-7890') =>
  tillSale({ externalId, storeId: item.storeId, sku: item.sku, phone, quantity, placedAt });

describe(`POS order ingestion (${DB_LABEL})`, () => {
  it('records a sale once: 201, then 200 with the same order, stock decremented once', async () => {
    await setStock(db.db, item.locationId, item.variantId, 10);
    const first = await post(sale('till-1001'));
    expect(first.status).toBe(201);
    expect(first.body.order).toMatchObject({ channel: 'store', storeId: item.storeId, phone: '+821034567890' });
    const again = await post(sale('till-1001'));
    expect(again.status).toBe(200);
    expect(again.body.order.id).toBe(first.body.order.id);
    expect((await stockAt(db.db, item.locationId, item.variantId)).onHand).toBe(8);
    const other = await post({ ...sale('till-1001'), phone: '010-9999-0000' });
    expect(other.status).toBe(409);
    expect(other.body.error?.code).toBe('external_id_conflict');
  });

  it('turns 20 parallel identical posts into one order', async () => {
    await setStock(db.db, item.locationId, item.variantId, 10);
    const results = await Promise.all(Array.from({ length: 20 }, () => post(sale('till-2002', 1))));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.body.order.id)).size).toBe(1);
    const rows = await db.db.select().from(orders).where(eq(orders.externalId, 'till-2002'));
    expect(rows).toHaveLength(1);
    expect((await stockAt(db.db, item.locationId, item.variantId)).onHand).toBe(9);
  });

  it('refuses a bad signature or a timestamp 6 minutes old, changing nothing', async () => {
    await setStock(db.db, item.locationId, item.variantId, 10);
    expect((await post(sale('till-3003'), { secret: 'not-the-pos-secret' })).status).toBe(401);
    expect((await post(sale('till-3003'), { at: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect(await db.db.select().from(orders).where(eq(orders.externalId, 'till-3003'))).toHaveLength(0);
    expect((await stockAt(db.db, item.locationId, item.variantId)).onHand).toBe(10);
  });

  it('keeps an over-sale the till already made, flagged, and stores an invalid phone as none', async () => {
    await setStock(db.db, item.locationId, item.variantId, 3);
    const res = await post(sale('till-4004', 5, 'not a phone'));
    expect(res.status).toBe(201);
    expect(res.body.order.phone).toBeNull();
    expect(res.body.order.lines[0]).toMatchObject({ quantity: 5, oversold: 2 });
    expect(await stockAt(db.db, item.locationId, item.variantId)).toMatchObject({ onHand: 0, reserved: 0 });
  });

  it('answers malformed, oversized or invalid bodies with 4xx JSON errors', async () => {
    expect((await post(null, { raw: '{"externalId":' })).status).toBe(400);
    expect((await post(null, { raw: JSON.stringify({ pad: 'x'.repeat(70_000) }) })).status).toBe(413);
    expect((await post({ ...sale('till-5005'), lines: [] })).status).toBe(422);
    expect((await post({ ...sale('till-5005'), lines: [{ sku: 'NOPE', quantity: 1, unitPrice: 1 }] })).status).toBe(
      422,
    );
    expect((await post({ ...sale('till-5005'), storeId: 'str_nope' })).status).toBe(422);
    // Text PostgreSQL cannot store is refused at the edge, naming the field, before any query.
    const nul = await post({ ...sale('till-5005'), storeId: `${item.storeId}\u0000` });
    expect(nul.status).toBe(422);
    expect(nul.body.error?.fields).toHaveProperty('storeId');
  });
});

describe(`POS signature over the bytes sent (${DB_LABEL})`, () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(text)]);

  it('accepts a body with a BOM signed over its exact bytes, and refuses it signed over the decoded text', async () => {
    await setStock(db.db, item.locationId, item.variantId, 10);
    const text = JSON.stringify(sale('till-6006', 1));
    const forged = await post(null, { raw: withBom(text), signed: text });
    expect(forged.status).toBe(401);
    const signed = await post(null, { raw: withBom(text) });
    expect(signed.status).toBe(201);
    const [row] = await db.db.select().from(orders).where(eq(orders.externalId, 'till-6006'));
    expect(row?.id).toBe(signed.body.order.id);
  });

  it('refuses invalid UTF-8 signed over U+FFFD text (401) and, signed over its bytes, as a 400 that writes nothing', async () => {
    await setStock(db.db, item.locationId, item.variantId, 10);
    const [before, after] = JSON.stringify(sale('till-7007', 1, 'PHONE')).split('PHONE') as [string, string];
    const raw = new Uint8Array([...bytesOf(before), 0xff, 0xfe, ...bytesOf(after)]);
    const replaced = new TextDecoder().decode(raw);
    expect(replaced).toContain('\uFFFD');
    expect((await post(null, { raw, signed: replaced })).status).toBe(401);
    const invalid = await post(null, { raw });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error?.code).toBe('invalid_json');
    expect(await db.db.select().from(orders).where(eq(orders.externalId, 'till-7007'))).toHaveLength(0);
    expect((await stockAt(db.db, item.locationId, item.variantId)).onHand).toBe(10);
  });
});

describe(`POS sales are what they add up to (${DB_LABEL})`, () => {
  const storedAs = (externalId: string) => db.db.select().from(orders).where(eq(orders.externalId, externalId));

  it('refuses a total that is not the lines less the stated discount (422 total_mismatch), writing nothing', async () => {
    await setStock(db.db, item.locationId, item.variantId, 10);
    const cheap = await post({ ...sale('till-8001', 1), total: 1 });
    expect(cheap.status).toBe(422);
    expect(cheap.body.error).toMatchObject({ code: 'total_mismatch', fields: { total: [expect.any(String)] } });
    expect(await storedAs('till-8001')).toHaveLength(0);
    expect((await stockAt(db.db, item.locationId, item.variantId)).onHand).toBe(10);

    const discounted = await post({ ...sale('till-8002', 2), discount: 7_800, total: 78_000 - 7_800 });
    expect(discounted.status).toBe(201);
    expect(discounted.body.order).toMatchObject({ subtotal: { amount: 78_000 }, total: { amount: 70_200 } });
    expect((await storedAs('till-8002'))[0]).toMatchObject({ subtotal: 78_000, discountTotal: 7_800, total: 70_200 });
    const unstated = await post({ ...sale('till-8003', 2), total: 70_200 });
    expect(unstated.body.error?.code).toBe('total_mismatch');
    const tooMuch = await post({ ...sale('till-8004', 1), discount: 40_000, total: 0 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error?.fields).toHaveProperty('discount');
  });

  it('takes placedAt only from the last 5 years up to 5 minutes ahead of the clock', async () => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const future = await post({ ...sale('till-8101', 1), placedAt: '9999-12-31T23:59:59Z' });
    expect(future.status).toBe(422);
    expect(future.body.error?.fields).toHaveProperty('placedAt');
    expect((await post({ ...sale('till-8102', 1), placedAt: at(6 * 60_000) })).status).toBe(422);
    expect((await post({ ...sale('till-8103', 1), placedAt: at(4 * 60_000) })).status).toBe(201);
    expect((await post({ ...sale('till-8104', 1), placedAt: '1970-01-01T00:00:00Z' })).status).toBe(422);
    expect((await post({ ...sale('till-8105', 1), placedAt: at(-6 * 365 * 86_400_000) })).status).toBe(422);
    expect((await post({ ...sale('till-8106', 1), placedAt: at(-4 * 365 * 86_400_000) })).status).toBe(201);
    expect(await storedAs('till-8101')).toHaveLength(0);
  });

  it('stores a sale at the largest total the OpenAPI document allows, and refuses one past it by name', async () => {
    type Schema = { properties: Record<string, { maximum?: number; items?: Schema }> };
    const doc = buildOpenApiDocument(operations, { version: 'test' }) as unknown as {
      paths: Record<string, { post: { requestBody: { content: { 'application/json': { schema: Schema } } } } }>;
    };
    const body = doc.paths['/api/pos/orders']!.post.requestBody.content['application/json'].schema;
    const maxTotal = body.properties.total!.maximum!;
    const maxUnit = body.properties.lines!.items!.properties.unitPrice!.maximum!;
    const whole = Math.floor(maxTotal / maxUnit);
    const lines = [
      { sku: item.sku, quantity: whole, unitPrice: maxUnit },
      ...(maxTotal % maxUnit ? [{ sku: item.sku, quantity: 1, unitPrice: maxTotal % maxUnit }] : []),
    ];
    const largest = await post({ ...sale('till-8201'), lines, total: maxTotal });
    expect(largest.status).toBe(201);
    expect((await storedAs('till-8201'))[0]?.total).toBe(maxTotal);

    const past = await post({
      ...sale('till-8202'),
      lines: [...lines, { sku: item.sku, quantity: 1, unitPrice: 1 }],
      total: maxTotal + 1,
    });
    expect(past.status).toBe(422);
    expect(past.body.error?.fields).toHaveProperty('total');
  });
});
