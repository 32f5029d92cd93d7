import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cartKeys, cartWriteOptions, cartWrites, type CartData } from '@/lib/cart/client';
import { withTotals } from '@/lib/cart/predict-cart';
import type { Cart } from '@/lib/cart/schema';
import { cartLine, cartOf, krw } from '../support/cart-fixtures';

const tote = cartLine({ id: 'l1', variantId: 'v1', sku: 'TOTE-NAT' });
const empty = cartOf([]);

/** A server that answers the next cart write after `gate` resolves. */
function serverAnswering(status: number, body: unknown) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const fetch = vi.fn(async () => {
    await gate;
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, answer: () => open() };
}

function setUp(cart: Cart) {
  const qc = new QueryClient();
  qc.setQueryData<CartData>(cartKeys.all, { cart, etag: '"c1-1"' });
  const add = new MutationObserver(qc, cartWriteOptions(qc, 'u.owner', cartWrites.addLine));
  const cached = () => qc.getQueryData<CartData>(cartKeys.all)!;
  return { qc, add, cached };
}

const addTote = {
  key: 'k-1',
  variantId: 'v1',
  quantity: 2,
  fulfillment: { type: 'ship' as const },
  display: (({ id: _i, quantity: _q, lineTotal: _t, fulfillment: _f, ...display }) => display)(tote),
};

beforeEach(() => {
  vi.stubGlobal('navigator', { onLine: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cart writes in the TanStack Query cache', () => {
  it('shows the predicted cart at once, then the server cart with its ETag', async () => {
    const served = withTotals({ ...empty, version: 2 }, [{ ...tote, quantity: 2, lineTotal: krw(20_000) }]);
    const server = serverAnswering(201, served);
    const { add, cached } = setUp(empty);

    const done = add.mutate(addTote);
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalled());
    expect(cached().cart.lines.map((l) => [l.id, l.quantity])).toEqual([['pending-v1', 2]]);
    expect(cached().cart.total.amount).toBe(20_000);
    expect(cached().etag).toBe('"c1-1"');

    server.answer();
    await done;
    expect(cached().cart).toEqual(served);
    expect(cached().etag).not.toBe('"c1-1"');

    const [path, init] = server.fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/cart/lines');
    expect(init.headers).toMatchObject({ 'idempotency-key': 'k-1', 'x-aisle-owner': 'u.owner' });
    expect(JSON.parse(String(init.body))).toEqual({ variantId: 'v1', quantity: 2, fulfillment: { type: 'ship' } });
  });

  it('rolls the prediction back when the server refuses', async () => {
    const before = withTotals(empty, [tote]);
    const server = serverAnswering(409, { error: { code: 'insufficient_stock', message: 'Only 2 left' } });
    const { add, cached } = setUp(before);

    const done = add.mutate(addTote);
    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalled());
    expect(cached().cart.lines.map((l) => l.quantity)).toEqual([3]);

    server.answer();
    await expect(done).rejects.toMatchObject({ status: 409, code: 'insufficient_stock' });
    expect(cached().cart).toEqual(before);
  });

  it('a reorder caches the server cart without the notices said beside its button', async () => {
    const served = { ...withTotals(empty, [tote]), notices: [{ code: 'merged' as const }, { code: 'added' as const }] };
    const server = serverAnswering(200, served);
    const { qc, cached } = setUp(empty);
    const buyAgain = new MutationObserver(qc, cartWriteOptions(qc, 'u.owner', cartWrites.buyAgain));

    server.answer();
    const body = { lines: [{ variantId: 'var_1', quantity: 2 }], fulfillment: { type: 'ship' as const } };
    const result = await buyAgain.mutate({ key: 'k-2', orderId: 'o/1', token: 't 1', ...body });
    expect(result).toEqual(served);
    expect(cached().cart.notices).toEqual([{ code: 'merged' }]);
    const [path, init] = server.fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/orders/o%2F1/buy-again?token=t%201');
    // What the shopper picked is what is sent: the items, their quantities and the one place.
    expect(JSON.parse(String(init.body))).toEqual(body);
  });
});
