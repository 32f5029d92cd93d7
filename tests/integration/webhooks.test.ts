import { count, eq, inArray } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/schema';
import { addLine } from '@/lib/cart/mutate-cart';
import { findOrCreateCartId } from '@/lib/cart/find-cart';
import { newGuestToken } from '@/lib/cart/guest-cookie';
import { inTransaction } from '@/lib/db/in-transaction';
import { integrationEvents, webhookDeliveries, webhooks } from '@/lib/db/schema';
import { authSecret, readEnv } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { emitEvent, type EventType } from '@/lib/integrations/events';
import { releaseExpiredPickups } from '@/lib/orders/pickup-lifecycle';
import { placeOrder } from '@/lib/orders/place-order';
import { getOrderOrThrow } from '@/lib/orders/read-order';
import type { Order } from '@/lib/orders/schema';
import { deliverWebhooks, type DeliveryOptions } from '@/lib/webhooks/deliver';
import type { DeliveryView } from '@/lib/webhooks/schema';
import { createWebhook } from '@/lib/webhooks/subscriptions';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { pickStoreVariant, setStock, tillSale } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';
import { startWebhookReceiver } from '../support/webhook-receiver';

const db = useTestDb();
const AUTH = authSecret(readEnv());
let integration: ReturnType<typeof api.key>;
let shopper: SessionUser;
let item: Awaited<ReturnType<typeof pickStoreVariant>>;
let receivers: { close: () => Promise<void> }[] = [];
let sequence = 0;

beforeAll(async () => {
  integration = api.key(await keyWith(db, ['webhooks:write']));
  shopper = await makeUser(db.db, 'webhook-shopper@example.com');
  item = await pickStoreVariant(db.db, 40);
  await setStock(db.db, item.locationId, item.variantId, 500);
});

afterEach(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
  // Webhooks are the retailer's, all of them: each test starts with none.
  await db.db.delete(webhooks);
});

afterAll(async () => {
  await db.db.delete(webhooks);
});

/** A receiver verifying with `standardwebhooks`, and a webhook subscribed to it through the API. */
async function subscribe(events: EventType[], respond?: Parameters<typeof startWebhookReceiver>[0]['respond']) {
  let secret = '';
  const receiver = await startWebhookReceiver({ secret: () => secret, respond });
  receivers.push(receiver);
  const made = await integration.post<{ id: string; secret: string }>('/api/integrations/webhooks', {
    url: receiver.url,
    events,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  secret = made.body.secret;
  return { ...receiver, id: made.body.id, secret };
}

/** Runs the worker until nothing more is due at `now`. */
async function drain(now = new Date(), options: Partial<DeliveryOptions> = {}) {
  let delivered = 0;
  for (let pass = 0; pass < 20; pass++) {
    const result = await deliverWebhooks(db.db, now, { authSecret: AUTH, ...options });
    delivered += result.delivered;
    if (result.claimed === 0) return delivered;
  }
  throw new Error('The worker kept finding due deliveries');
}

const log = async (webhookId: string) => {
  const answer = await integration.get<{ deliveries: DeliveryView[] }>(
    `/api/integrations/webhooks/${webhookId}/deliveries`,
  );
  expect(answer.status).toBe(200);
  return answer.body.deliveries;
};

/** A guest's bag of one unit for pickup at the item's store. */
async function pickupBag(now = new Date()) {
  const cartId = await findOrCreateCartId(db.db, { guestToken: newGuestToken() }, now);
  await addLine(
    db.db,
    cartId,
    { variantId: item.variantId, quantity: 1, fulfillment: { type: 'pickup', storeId: item.storeId } },
    { now },
  );
  return cartId;
}

/** A guest's pickup order of one unit at the item's store, placed in `on` (a transaction, maybe). */
async function placePickup(on = db.db, bag?: string, now = new Date()) {
  const cartId = bag ?? (await pickupBag(now));
  const { orderId, accessToken } = await placeOrder(on, {
    cartId,
    userId: null,
    body: {
      contact: { email: 'private-person@example.com', phone: `010-4444-${String(1000 + ++sequence).slice(-4)}` },
      payment: { method: 'pay_at_pickup' },
    },
    now,
  });
  return { orderId, accessToken };
}

const eventsOf = (orderId: string) =>
  db.db
    .select()
    .from(integrationEvents)
    .then((rows) => rows.filter((e) => (e.data as { orderId?: string }).orderId === orderId));

describe(`webhooks: subscriptions (${DB_LABEL})`, () => {
  it('subscribes with a whsec_ secret shown once, lists without secrets, and deletes (its pending deliveries too)', async () => {
    const made = await integration.post<{ id: string; secret: string; url: string; events: string[] }>(
      '/api/integrations/webhooks',
      { url: 'https://hooks.example.com/aisle', events: ['order.created', 'order.created', 'stock.low'] },
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ url: 'https://hooks.example.com/aisle', events: ['order.created', 'stock.low'] });
    expect(made.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(made.body.secret.slice(6), 'base64')).toHaveLength(32);

    const listed = await integration.get<{ webhooks: { id: string }[] }>('/api/integrations/webhooks');
    expect(listed.status).toBe(200);
    expect(listed.body.webhooks.map((w) => w.id)).toEqual([made.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain(made.body.secret.slice(6));
    expect(listed.body.webhooks[0]).not.toHaveProperty('secret');
    // Sealed at rest: the stored column is not the secret.
    const [row] = await db.db.select().from(webhooks).where(eq(webhooks.id, made.body.id));
    expect(row!.secretSealed).not.toContain(made.body.secret.slice(6));

    // Any key with the scope manages the retailer's webhooks, not only the one that made it.
    const other = api.key(await keyWith(db, ['webhooks:write']));
    await inTransaction(db.db, (tx) => emitEvent(tx, { type: 'stock.low', data: { sku: 'X' } }, new Date()));
    expect(await db.db.select().from(webhookDeliveries)).toHaveLength(1);
    expect((await other.delete(`/api/integrations/webhooks/${made.body.id}`)).status).toBe(200);
    expect(await db.db.select().from(webhookDeliveries)).toHaveLength(0);
    expect((await integration.get<{ webhooks: unknown[] }>('/api/integrations/webhooks')).body.webhooks).toEqual([]);
    expect((await other.delete(`/api/integrations/webhooks/${made.body.id}`)).status).toBe(404);
    expect((await integration.get(`/api/integrations/webhooks/${made.body.id}/deliveries`)).status).toBe(404);
  });

  it('refuses a URL that is not https (http only to localhost outside production) or an unknown event: 422, nothing written', async () => {
    const refused = [
      { url: 'ftp://hooks.example.com/aisle', events: ['order.created'] },
      { url: 'http://hooks.example.com/aisle', events: ['order.created'] },
      { url: 'http://10.0.0.8/aisle', events: ['order.created'] },
      { url: 'https://user:pass@hooks.example.com/aisle', events: ['order.created'] },
      { url: 'not a url', events: ['order.created'] },
      { url: 'https://hooks.example.com/aisle', events: ['order.shipped'] },
      { url: 'https://hooks.example.com/aisle', events: [] },
      { url: 'https://hooks.example.com/aisle' },
      { events: ['order.created'] },
    ];
    for (const body of refused) {
      const answer = await integration.post('/api/integrations/webhooks', body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.body.error?.code).toBe('invalid_request');
    }
    // In production, not even to this machine.
    const production = createWebhook(
      db.db,
      { url: 'http://127.0.0.1:9/hooks', events: ['order.created'] },
      { now: new Date(), production: true, authSecret: AUTH, keyId: null },
    );
    await expect(production).rejects.toBeInstanceOf(AppError);
    expect(await db.db.select({ n: count() }).from(webhooks)).toEqual([{ n: 0 }]);
    for (const url of ['http://localhost:4000/hooks', 'http://127.0.0.1:4000/hooks']) {
      expect((await integration.post('/api/integrations/webhooks', { url, events: ['order.created'] })).status).toBe(
        201,
      );
    }
  });

  it('makes one webhook for retries with one Idempotency-Key, answering the same id and secret', async () => {
    const body = { url: 'https://hooks.example.com/aisle', events: ['order.created'] };
    const send = (client: typeof integration, key: string, b: unknown = body) =>
      client.post<{ id: string; secret: string }>('/api/integrations/webhooks', b, { idempotencyKey: key });
    const first = await send(integration, 'wh-create-1');
    const retry = await send(integration, 'wh-create-1');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const other = await send(integration, 'wh-create-1', { ...body, events: ['order.cancelled'] });
    expect(other.status).toBe(422);
    expect(other.body.error?.code).toBe('idempotency_key_reused');
    // Another integration's key of the same name is its own.
    const elsewhere = await send(api.key(await keyWith(db, ['webhooks:write'])), 'wh-create-1');
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.id).not.toBe(first.body.id);
    expect(await db.db.select({ n: count() }).from(webhooks)).toEqual([{ n: 2 }]);
  });

  it('refuses callers without a webhooks:write key (401, 403), writing nothing', async () => {
    const body = { url: 'https://hooks.example.com/aisle', events: ['order.created'] };
    const underScoped = api.key(await keyWith(db, ['orders:read', 'stock:write']));
    expect((await api.post('/api/integrations/webhooks', body)).status).toBe(401);
    expect((await api.as(shopper).post('/api/integrations/webhooks', body)).status).toBe(401);
    expect((await underScoped.post('/api/integrations/webhooks', body)).status).toBe(403);
    expect((await underScoped.get('/api/integrations/webhooks')).status).toBe(403);
    expect(await db.db.select({ n: count() }).from(webhooks)).toEqual([{ n: 0 }]);
  });
});

describe(`webhooks: events (${DB_LABEL})`, () => {
  it('emits each order event in the transaction that causes it, one delivery per subscribed webhook, with no personal data', async () => {
    const all = await subscribe([
      'order.created',
      'order.ready_for_pickup',
      'order.collected',
      'order.expired',
      'order.cancelled',
      'store_sale.recorded',
    ]);
    const createdOnly = await subscribe(['order.created']);

    // Placed, ready, collected.
    const first = await placePickup();
    const order = await getOrderOrThrow(db.db, first.orderId);
    const till = api.till();
    expect((await till.post(`/api/pos/pickups/${first.orderId}/ready`, { storeId: item.storeId })).status).toBe(200);
    const collected = await till.post(`/api/pos/pickups/${first.orderId}/collected`, {
      storeId: item.storeId,
      code: order.pickup!.code,
    });
    expect(collected.status).toBe(200);
    expect((await eventsOf(first.orderId)).map((e) => e.type)).toEqual([
      'order.created',
      'order.ready_for_pickup',
      'order.collected',
    ]);
    // Repeating a step changes nothing, so tells nothing.
    const again = await till.post(`/api/pos/pickups/${first.orderId}/collected`, {
      storeId: item.storeId,
      code: order.pickup!.code,
    });
    expect(again.status).toBe(200);
    expect((await till.post(`/api/pos/pickups/${first.orderId}/ready`, { storeId: item.storeId })).status).toBe(412);
    expect(await eventsOf(first.orderId)).toHaveLength(3);

    // Cancelled by the shopper (twice: the repeat tells nothing).
    const second = await placePickup();
    for (let i = 0; i < 2; i++) {
      const cancelled = await api.post<Order>(`/api/orders/${second.orderId}/cancel?token=${second.accessToken}`);
      expect(cancelled.status).toBe(200);
    }
    // Expired: placed a month ago, its hold is over when the sweeper runs.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3_600_000);
    const third = await placePickup(db.db, await pickupBag(monthAgo), monthAgo);
    expect(await releaseExpiredPickups(db.db, new Date())).toBeGreaterThan(0);
    // An in-store sale, posted twice: recorded once.
    const sale = tillSale({ externalId: 'wh-sale-1', storeId: item.storeId, sku: item.sku, phone: '010-5555-1234' });
    const posted = await till.post<{ order: Order }>('/api/pos/orders', sale);
    expect(posted.status).toBe(201);
    expect((await till.post('/api/pos/orders', sale)).status).toBe(200);

    expect((await eventsOf(second.orderId)).map((e) => e.type)).toEqual(['order.created', 'order.cancelled']);
    expect((await eventsOf(third.orderId)).map((e) => e.type)).toEqual(['order.created', 'order.expired']);
    const saleEvents = await eventsOf(posted.body.order.id);
    expect(saleEvents.map((e) => e.type)).toEqual(['store_sale.recorded']);
    expect(saleEvents[0]!.data).toMatchObject({
      orderId: posted.body.order.id,
      channel: 'store',
      storeId: item.storeId,
      status: 'collected',
      total: { amount: 39_000, currency: 'KRW' },
      lines: [{ sku: item.sku, quantity: 1, fulfillment: 'in_store' }],
    });
    const [ready] = (await eventsOf(first.orderId)).filter((e) => e.type === 'order.ready_for_pickup');
    expect(ready!.data).toMatchObject({
      orderId: first.orderId,
      number: order.number,
      storeId: item.storeId,
      status: 'ready',
    });

    // Delivered: our 8 events to the first webhook (the sweep may have expired others' pickups
    // too), the 3 order.created to the second, each verified. (The month-old order.created is
    // sent now: the worker sends what is due, whenever the event happened.)
    const ours = [first, second, third, { orderId: posted.body.order.id }];
    const ourEvents = (await Promise.all(ours.map((o) => eventsOf(o.orderId)))).flat();
    expect(ourEvents).toHaveLength(8);
    await drain();
    const sent = (r: { verified: unknown }) => (r.verified as { id: string }).id;
    expect(all.received.map(sent)).toEqual(expect.arrayContaining(ourEvents.map((e) => e.id)));
    expect(createdOnly.received).toHaveLength(3);
    for (const r of [...all.received, ...createdOnly.received]) {
      expect(r.error).toBeNull();
      expect(r.headers['content-type']).toBe('application/json');
      // Nothing that names the shopper: not the e-mail, not the phone (as typed or as stored).
      expect(r.body).not.toMatch(/private-person|example\.com|\+8210|010-?4444|010-?5555|1055551234/);
    }
    expect(createdOnly.received.map((r) => (r.verified as { type: string }).type)).toEqual([
      'order.created',
      'order.created',
      'order.created',
    ]);
    const body = all.received.find((r) => (r.verified as { id: string }).id === ready!.id)!.verified;
    expect(body).toEqual({
      id: ready!.id,
      type: 'order.ready_for_pickup',
      timestamp: ready!.createdAt.toISOString(),
      data: ready!.data,
    });
  });

  it('writes no event and no delivery for an order whose transaction rolls back', async () => {
    await subscribe(['order.created']);
    const before = await db.db.select({ n: count() }).from(integrationEvents);
    let placed: string | undefined;
    const bag = await pickupBag();
    const attempt = inTransaction(db.db, async (tx) => {
      placed = (await placePickup(tx, bag)).orderId;
      expect(await tx.select().from(webhookDeliveries)).toHaveLength(1);
      throw new Error('the checkout failed after the order was written');
    });
    await expect(attempt).rejects.toThrow('the checkout failed');
    expect(placed).toBeDefined();
    expect(await eventsOf(placed!)).toEqual([]);
    expect(await db.db.select({ n: count() }).from(integrationEvents)).toEqual(before);
    expect(await db.db.select().from(webhookDeliveries)).toEqual([]);
  });
});

describe(`webhooks: delivery (${DB_LABEL})`, () => {
  const emit = (type: EventType = 'order.created') =>
    inTransaction(db.db, (tx) => emitEvent(tx, { type, data: { orderId: `ord_${++sequence}` } }, new Date()));

  it('signs per Standard Webhooks, retries a 500 later with the same webhook-id, logs every try, and re-sends', async () => {
    const hook = await subscribe(['order.created'], (_, nth) => (nth === 1 ? 500 : 200));
    const eventId = await emit();
    const now = new Date();
    expect(await drain(now)).toBe(0);
    const [failedOnce] = await log(hook.id);
    expect(failedOnce).toMatchObject({
      eventId,
      eventType: 'order.created',
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      deliveredAt: null,
    });
    const next = new Date(failedOnce!.nextAttemptAt!);
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    // Not due before its time.
    expect(await deliverWebhooks(db.db, now, { authSecret: AUTH })).toEqual({ claimed: 0, delivered: 0 });

    expect(await drain(next)).toBe(1);
    expect(hook.received).toHaveLength(2);
    const [one, two] = hook.received;
    expect(one!.error).toBeNull();
    expect(two!.error).toBeNull();
    expect(one!.headers['webhook-id']).toBe(eventId);
    expect(two!.headers['webhook-id']).toBe(eventId);
    expect(two!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(one!.body).toBe(two!.body);
    const [succeeded] = await log(hook.id);
    expect(succeeded).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200, lastError: null });
    expect(succeeded!.deliveredAt).not.toBeNull();
    expect(succeeded!.nextAttemptAt).toBeNull();

    // A signature made with another secret, or over another body, does not verify.
    const headers = two!.headers as Record<string, string>;
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(two!.body, headers)).toThrow();
    expect(() =>
      new Webhook(hook.secret).verify(two!.body.replace('order.created', 'order.cancelled'), headers),
    ).toThrow();

    const resent = await integration.post<DeliveryView>(
      `/api/integrations/webhooks/${hook.id}/deliveries/${succeeded!.id}/resend`,
    );
    expect(resent.status).toBe(202);
    expect(resent.body).toMatchObject({ id: succeeded!.id, status: 'pending', attempts: 0 });
    expect(await drain()).toBe(1);
    expect(hook.received).toHaveLength(3);
    expect(hook.received[2]!.headers['webhook-id']).toBe(eventId);
    expect(hook.received[2]!.error).toBeNull();
    expect((await log(hook.id))[0]).toMatchObject({ status: 'succeeded', attempts: 1 });

    const other = await subscribe(['order.created']);
    const wrong = `/api/integrations/webhooks/${other.id}/deliveries/${succeeded!.id}/resend`;
    expect((await integration.post(wrong)).status).toBe(404);
  });

  it('gives up after the set number of tries; a redirect is not followed; a silent receiver times out', async () => {
    const down = await subscribe(['order.created'], () => 503);
    const moved = await subscribe(['order.created'], () => ({ status: 302, location: '/elsewhere' }));
    const silent = await subscribe(['order.created'], () => 'hang');
    await emit();
    let now = new Date();
    const options = { maxAttempts: 3, timeoutMs: 300 };
    for (let round = 0; round < 3; round++) {
      await drain(now, options);
      const due = (await db.db.select().from(webhookDeliveries)).filter((d) => d.status === 'pending');
      if (due.length === 0) break;
      now = new Date(Math.max(...due.map((d) => d.nextAttemptAt.getTime())));
    }
    const [gaveUp] = await log(down.id);
    expect(gaveUp).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 503, lastError: 'HTTP 503' });
    expect(gaveUp!.nextAttemptAt).toBeNull();
    expect(down.received).toHaveLength(3);
    expect(new Set(down.received.map((r) => r.headers['webhook-id'])).size).toBe(1);

    expect(moved.received.map((r) => r.path)).toEqual(['/hooks', '/hooks', '/hooks']);
    expect((await log(moved.id))[0]).toMatchObject({ status: 'failed', lastStatusCode: 302 });
    expect((await log(moved.id))[0]!.lastError).toMatch(/redirect 302 not followed/i);

    expect((await log(silent.id))[0]).toMatchObject({ status: 'failed', lastStatusCode: null });
    expect((await log(silent.id))[0]!.lastError).toMatch(/no answer within 0.3 s/i);

    // A page at a time, newest first.
    await emit();
    await emit();
    const page = await integration.get<{ deliveries: DeliveryView[]; nextCursor: string }>(
      `/api/integrations/webhooks/${down.id}/deliveries?limit=2`,
    );
    expect(page.body.deliveries).toHaveLength(2);
    const rest = await integration.get<{ deliveries: DeliveryView[]; nextCursor: string | null }>(
      `/api/integrations/webhooks/${down.id}/deliveries?limit=2&cursor=${page.body.nextCursor}`,
    );
    expect(rest.body.deliveries.map((d) => d.status)).toEqual(['failed']);
    expect(rest.body.nextCursor).toBeNull();
    const pending = await integration.get<{ deliveries: DeliveryView[] }>(
      `/api/integrations/webhooks/${down.id}/deliveries?status=pending`,
    );
    expect(pending.body.deliveries).toHaveLength(2);
    expect((await integration.get(`/api/integrations/webhooks/${down.id}/deliveries?cursor=forged`)).status).toBe(422);
  });

  it('in production sends nothing to a host inside the network, whatever the URL was when subscribed', async () => {
    const local = await subscribe(['order.created']);
    await emit();
    await drain(new Date(), { publicOnly: true, maxAttempts: 1 });
    expect(local.received).toHaveLength(0);
    const [refused] = await log(local.id);
    expect(refused).toMatchObject({ status: 'failed', lastStatusCode: null });
    expect(refused!.lastError).toMatch(/^Not sent: 127\.0\.0\.1 is inside the network/);
  });

  it("takes a crashed instance's claim again once its lease runs out; that instance's late answer records nothing", async () => {
    const hook = await subscribe(['order.created']);
    await emit();
    const now = new Date();
    let release: (response: Response) => void = () => undefined;
    let called = false;
    const stuck: typeof fetch = () => {
      called = true;
      return new Promise<Response>((resolve) => (release = resolve));
    };
    const crashed = deliverWebhooks(db.db, now, { authSecret: AUTH, fetch: stuck });
    while (!called) await new Promise((r) => setTimeout(r, 10));
    // Leased: another instance finds nothing to do meanwhile.
    expect(await deliverWebhooks(db.db, now, { authSecret: AUTH })).toEqual({ claimed: 0, delivered: 0 });
    expect(await drain(new Date(now.getTime() + 61_000))).toBe(1);
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.error).toBeNull();
    release(new Response('late', { status: 500 }));
    await crashed;
    expect((await log(hook.id))[0]).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 });
  });

  it('reports a secret it cannot unseal (AUTH_SECRET changed) as the error, sending nothing', async () => {
    const hook = await subscribe(['order.created']);
    await emit();
    await drain(new Date(), { authSecret: 'another-auth-secret-of-at-least-32-characters' });
    expect(hook.received).toEqual([]);
    expect((await log(hook.id))[0]!.lastError).toMatch(/AUTH_SECRET/);
    const rows = await db.db
      .select()
      .from(webhookDeliveries)
      .where(inArray(webhookDeliveries.webhookId, [hook.id]));
    expect(rows[0]!.status).toBe('pending');
  });
});
