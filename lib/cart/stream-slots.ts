import 'server-only';

/**
 * How many cart event streams this instance holds open, per bag or account, per client address,
 * and in all. Counted in memory: a stream lives on one instance, and so does what it costs.
 */
export type StreamLimits = { perBag: number; perAddress: number; perInstance: number };

/** Which limit refused a stream. */
export type StreamRefusal = 'bag' | 'address' | 'instance';

export class StreamSlots {
  private total = 0;
  private readonly byBag = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();

  /** Takes a slot for a stream of `bag` from `address`: a release to call once, or the limit it meets. */
  take(bag: string, address: string, limits: StreamLimits): { release: () => void } | { refused: StreamRefusal } {
    if (this.total >= limits.perInstance) return { refused: 'instance' };
    if ((this.byBag.get(bag) ?? 0) >= limits.perBag) return { refused: 'bag' };
    if ((this.byAddress.get(address) ?? 0) >= limits.perAddress) return { refused: 'address' };
    this.total += 1;
    bump(this.byBag, bag, 1);
    bump(this.byAddress, address, 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        bump(this.byBag, bag, -1);
        bump(this.byAddress, address, -1);
      },
    };
  }

  get open(): number {
    return this.total;
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

const KEY = Symbol.for('aisle.cart-stream-slots');

/** The process's slots (on globalThis: Next may bundle the module more than once). */
export function streamSlots(): StreamSlots {
  const holder = globalThis as { [KEY]?: StreamSlots };
  return (holder[KEY] ??= new StreamSlots());
}
