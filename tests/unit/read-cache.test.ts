import { describe, expect, it } from 'vitest';
import { readCache } from '@/lib/cache/read-cache';

function setup(opts: { ttlMs?: number; maxEntries?: number } = {}) {
  let clock = 0;
  const calls: string[] = [];
  let fail = false;
  const load = async (owner: { name: string }, key: string) => {
    calls.push(`${owner.name}:${key}`);
    await Promise.resolve();
    if (fail) throw new Error('database down');
    return { owner: owner.name, key, at: clock };
  };
  const cached = readCache(load, (key: string) => key, {
    ttlMs: () => opts.ttlMs ?? 1000,
    maxEntries: opts.maxEntries ?? 10,
    now: () => clock,
  });
  return {
    cached,
    calls,
    tick: (ms: number) => (clock += ms),
    failNext: (value: boolean) => (fail = value),
  };
}

describe('readCache', () => {
  it('answers from memory within the time to live and loads again after it', async () => {
    const { cached, calls, tick } = setup({ ttlMs: 1000 });
    const db = { name: 'a' };
    expect(await cached(db, 'tote')).toEqual({ owner: 'a', key: 'tote', at: 0 });
    tick(999);
    expect(await cached(db, 'tote')).toEqual({ owner: 'a', key: 'tote', at: 0 });
    expect(calls).toEqual(['a:tote']);
    tick(1);
    expect(await cached(db, 'tote')).toEqual({ owner: 'a', key: 'tote', at: 1000 });
    expect(calls).toEqual(['a:tote', 'a:tote']);
  });

  it('keeps two owners (databases) apart', async () => {
    const { cached, calls } = setup();
    expect((await cached({ name: 'a' }, 'tote')).owner).toBe('a');
    expect((await cached({ name: 'b' }, 'tote')).owner).toBe('b');
    expect(calls).toEqual(['a:tote', 'b:tote']);
  });

  it('shares one load among concurrent misses', async () => {
    const { cached, calls } = setup();
    const db = { name: 'a' };
    await Promise.all(Array.from({ length: 20 }, () => cached(db, 'tote')));
    expect(calls).toEqual(['a:tote']);
  });

  it('never keeps a failed load', async () => {
    const { cached, calls, failNext } = setup();
    const db = { name: 'a' };
    failNext(true);
    await expect(cached(db, 'tote')).rejects.toThrow('database down');
    failNext(false);
    expect((await cached(db, 'tote')).key).toBe('tote');
    expect(calls).toEqual(['a:tote', 'a:tote']);
  });

  it('keeps nothing when the time to live is 0', async () => {
    const { cached, calls } = setup({ ttlMs: 0 });
    const db = { name: 'a' };
    await cached(db, 'tote');
    await cached(db, 'tote');
    expect(calls).toHaveLength(2);
  });

  it('evicts the least recently used answer past the limit', async () => {
    const { cached, calls } = setup({ maxEntries: 2 });
    const db = { name: 'a' };
    await cached(db, 'one');
    await cached(db, 'two');
    await cached(db, 'one'); // now 'two' is the least recently used
    await cached(db, 'three');
    await cached(db, 'one');
    expect(calls).toEqual(['a:one', 'a:two', 'a:three']);
    await cached(db, 'two');
    expect(calls).toEqual(['a:one', 'a:two', 'a:three', 'a:two']);
  });

  it('a write forgotten in one copy of a cache drops the answers of every other copy (Next bundles pages apart)', async () => {
    const pages = setup({});
    const routes = setup({});
    const db = { name: 'a' };
    await pages.cached(db, 'tote');
    await pages.cached(db, 'tote');
    expect(pages.calls).toEqual(['a:tote']);
    routes.cached.forget(db);
    await pages.cached(db, 'tote');
    expect(pages.calls).toEqual(['a:tote', 'a:tote']);
  });
});
