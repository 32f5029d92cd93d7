import { describe, expect, it } from 'vitest';
import { keysOfNotice } from '@/lib/cart/events';
import { StreamSlots } from '@/lib/cart/stream-slots';

const limits = { perBag: 2, perAddress: 3, perInstance: 4 };

describe('cart event streams: places and routing', () => {
  it('counts per bag, per address and in all, and gives a place back once', () => {
    const slots = new StreamSlots();
    const a1 = slots.take('user:a', '10.0.0.1', limits);
    const a2 = slots.take('user:a', '10.0.0.1', limits);
    expect(slots.take('user:a', '10.0.0.2', limits)).toEqual({ refused: 'bag' });
    slots.take('user:b', '10.0.0.1', limits);
    expect(slots.take('user:c', '10.0.0.1', limits)).toEqual({ refused: 'address' });
    slots.take('user:c', '10.0.0.2', limits);
    expect(slots.take('user:d', '10.0.0.3', limits)).toEqual({ refused: 'instance' });
    expect(slots.open).toBe(4);
    if (!('release' in a1) || !('release' in a2)) throw new Error('expected places');
    a1.release();
    a1.release();
    expect(slots.open).toBe(3);
    expect('release' in slots.take('user:a', '10.0.0.9', limits)).toBe(true);
  });

  it('routes an announcement to its bag and its account, and ignores what is not one', () => {
    expect(keysOfNotice('{"cart":"crt_1","user":"usr_1"}')).toEqual(['cart:crt_1', 'user:usr_1']);
    expect(keysOfNotice('{"cart":"crt_2","user":null}')).toEqual(['cart:crt_2']);
    expect(keysOfNotice('not json')).toEqual([]);
    expect(keysOfNotice('null')).toEqual([]);
  });
});
