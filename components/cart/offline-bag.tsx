'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { cartKeys, type CartData } from '@/lib/cart/client';
import { readBagSnapshot, type BagSnapshot } from '@/lib/offline/bag-snapshot';
import { CartOwnerProvider, useCartOwner } from '@/lib/offline/client';
import { CartView, type StoreOption } from './cart-view';

/**
 * The bag on the page the worker serves offline for /cart: the bag this browser saw last, with
 * the changes waiting to sync, changeable as on the live page. The page was rendered for no one
 * (`g.new`), so the changes made here are queued for the snapshot's owner.
 */
export function OfflineBag({ stores }: { stores: StoreOption[] }) {
  const qc = useQueryClient();
  const pageOwner = useCartOwner();
  const [snapshot, setSnapshot] = useState<BagSnapshot | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const seed = (found: BagSnapshot | null) => {
      if (!live) return;
      // No ETag: once online, the server's bag is read in full.
      if (found && !qc.getQueryData(cartKeys.all))
        qc.setQueryData<CartData>(cartKeys.all, { cart: found.cart, etag: null });
      setSnapshot(found);
    };
    readBagSnapshot().then(seed, () => seed(null));
    return () => {
      live = false;
    };
  }, [qc]);
  if (snapshot === undefined) return <div className="min-h-[75vh]" />;
  return (
    <CartOwnerProvider owner={snapshot?.owner ?? pageOwner}>
      <CartView stores={stores} />
    </CartOwnerProvider>
  );
}
