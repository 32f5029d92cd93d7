'use client';

import { useRef, useState } from 'react';
import { newActionKey } from '@/lib/cart/client';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import { useAisleAction } from '@/lib/endless-aisle/client';
import type { EndlessAisleBody } from '@/lib/endless-aisle/schema';
import { AisleBag, type BagLine } from './aisle-bag';
import { AisleOutcome } from './aisle-outcome';
import type { Place } from './aisle-place';
import { AisleSearch, type PickedItem } from './aisle-search';

type Store = { id: string; name: string; pickup: boolean };

/**
 * The endless aisle at the counter: search on one side, the customer's bag and what to do with
 * it on the other (stacked on a tablet in portrait). The bag lives in this page's state; the
 * server checks everything again. One Idempotency-Key per attempt: a retry of the same bag after
 * a dropped answer reuses it, any change to the bag makes a new one.
 */
export function AisleConsole({ storeId, stores }: { storeId: string; stores: Store[] }) {
  const [lines, setLines] = useState<BagLine[]>([]);
  const [place, setPlace] = useState<Place>('ship');
  const key = useRef(newActionKey());
  const act = useAisleAction();
  const changed = () => {
    key.current = newActionKey();
    act.reset();
  };
  const add = (item: PickedItem) => {
    changed();
    setLines((ls) =>
      ls.some((l) => l.variant.id === item.variant.id)
        ? ls.map((l) =>
            l.variant.id === item.variant.id ? { ...l, quantity: Math.min(MAX_LINE_QUANTITY, l.quantity + 1) } : l,
          )
        : [...ls, { ...item, quantity: 1 }],
    );
  };
  const stockAt = (l: BagLine, at: string | null) =>
    l.variant.stock.find((s) => (at === null ? s.kind === 'warehouse' : s.storeId === at))?.available ?? 0;
  const available = (l: BagLine) =>
    stockAt(l, place === 'ship' ? null : 'shipFrom' in place ? place.shipFrom : place.storeId);
  // Ship-from-store is offered for a store only when it has every line in the quantity asked.
  const hasWholeBag = (id: string) => lines.length > 0 && lines.every((l) => stockAt(l, id) >= l.quantity);
  const bag: Pick<EndlessAisleBody, 'lines' | 'fulfillment'> = {
    lines: lines.map((l) => ({ variantId: l.variant.id, quantity: l.quantity })),
    fulfillment:
      place === 'ship'
        ? { type: 'ship' }
        : 'shipFrom' in place
          ? { type: 'ship', from: place.shipFrom }
          : { type: 'pickup', storeId: place.storeId },
  };
  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <AisleSearch storeId={storeId} onAdd={add} />
      <div className="space-y-6">
        <AisleBag
          lines={lines}
          available={available}
          onQuantity={(id, quantity) => {
            changed();
            setLines((ls) => ls.map((l) => (l.variant.id === id ? { ...l, quantity } : l)));
          }}
          onRemove={(id) => {
            changed();
            setLines((ls) => ls.filter((l) => l.variant.id !== id));
          }}
        />
        <AisleOutcome
          storeId={storeId}
          stores={stores}
          place={place}
          hasWholeBag={hasWholeBag}
          onPlace={(p) => {
            changed();
            setPlace(p);
          }}
          bag={bag}
          pending={act.isPending}
          error={act.error}
          result={act.data}
          onSubmit={(body) => act.mutate({ key: key.current, body })}
          onNewBag={() => {
            setLines([]);
            changed();
          }}
        />
      </div>
    </div>
  );
}
