'use client';

import { useEffect, useRef } from 'react';
import { newActionKey, useSetPickupStore } from '@/lib/cart/client';
import { useI18n } from '@/lib/i18n/client';
import type { Availability } from '@/lib/inventory/schema';
import { CommitSelect } from '@/components/ui/commit-select';

const km = (m?: number) => (m === undefined ? '' : (m / 1000).toFixed(1));

/**
 * Availability at the chosen store and the nearest others; choosing a store makes it the bag's.
 * When the item is only in stores and neither a position nor a store is known, it asks for one
 * (the shopper's location, or a store from the list) instead of guessing a "nearest" store.
 */
export function PickupPanel({
  availability,
  storeId,
  location,
  onPickup,
}: {
  availability: Availability | undefined;
  storeId: string | null;
  /** The shopper's position: asked for only when they press the button. */
  location: { status: 'idle' | 'locating' | 'denied'; locate: () => void };
  /** The shopper chose to pick up at a store (the fulfilment follows); `moveFocus` when the control they used goes away. */
  onPickup: (moveFocus: boolean) => void;
}) {
  const { t } = useI18n();
  const setStore = useSetPickupStore();
  const pickRef = useRef<HTMLButtonElement>(null);
  const askedForLocation = useRef(false);
  const choose = (id: string, moveFocus = false) => {
    const name = availability?.stores.find((s) => s.storeId === id)?.name;
    setStore.mutate({ storeId: id || null, storeName: name, key: newActionKey() });
    if (id) onPickup(moveFocus);
  };
  // Once the position the shopper gave arrives, the nearest store's button takes the focus.
  const nearestDistance = availability?.stores.find((s) => s.available > 0)?.distanceMeters;
  useEffect(() => {
    if (askedForLocation.current && nearestDistance !== undefined && pickRef.current) {
      askedForLocation.current = false;
      pickRef.current.focus();
    }
  }, [nearestDistance]);
  if (!availability) return null;
  const chosen = availability.stores.find((s) => s.storeId === storeId);
  const others = availability.stores.filter((s) => s.storeId !== storeId && s.available > 0).slice(0, 3);
  const nearestWithStock = availability.stores.find((s) => s.available > 0);
  return (
    <section aria-labelledby="pickup-heading" className="mt-4 rounded-lg border border-line bg-white p-4 text-sm">
      <h2 id="pickup-heading" className="font-medium">
        {t('pickup.title')}
      </h2>
      <label className="mt-2 block">
        <span className="sr-only">{t('pickup.store')}</span>
        <CommitSelect
          value={storeId ?? ''}
          onCommit={choose}
          className="w-full rounded border border-line bg-white px-2 py-2"
        >
          <option value="">{t('pickup.chooseStore')}</option>
          {availability.stores.map((s) => (
            <option key={s.storeId} value={s.storeId}>
              {s.name} — {s.available > 0 ? t('pickup.unitsAvailable', { count: s.available }) : t('pickup.outShort')}
            </option>
          ))}
        </CommitSelect>
      </label>
      {chosen && (
        <p
          className={`mt-2 font-medium ${chosen.available === 0 ? 'text-muted' : chosen.available <= 3 ? 'text-warn' : 'text-ok'}`}
          data-testid="store-availability"
        >
          {chosen.available === 0
            ? t('pickup.outAt', { store: chosen.name })
            : chosen.available <= 3
              ? t('pickup.fewAt', { store: chosen.name, count: chosen.available })
              : t('pickup.inStockAt', { store: chosen.name })}
        </p>
      )}
      {availability.ship.available === 0 &&
        nearestWithStock &&
        nearestWithStock.storeId !== storeId &&
        (chosen?.available ?? 0) === 0 && (
          <div className="mt-3 rounded-md bg-amber-50 p-3" role="status">
            {nearestWithStock.distanceMeters !== undefined ? (
              <>
                <p>
                  {t('pickup.onlyInStores', {
                    store: nearestWithStock.name,
                    km: km(nearestWithStock.distanceMeters),
                  })}
                </p>
                <button
                  ref={pickRef}
                  type="button"
                  onClick={() => choose(nearestWithStock.storeId, true)}
                  className="mt-2 min-h-6 font-medium underline"
                >
                  {t('pickup.pickThere', { store: nearestWithStock.name })}
                </button>
              </>
            ) : (
              <>
                <p>{t('pickup.askLocation', { count: availability.stores.filter((s) => s.available > 0).length })}</p>
                <button
                  type="button"
                  onClick={() => {
                    askedForLocation.current = true;
                    location.locate();
                  }}
                  className="mt-2 min-h-6 font-medium underline"
                >
                  {location.status === 'locating' ? t('pickup.locating') : t('pickup.useLocation')}
                </button>
                {location.status === 'denied' && <p className="mt-2 text-red-800">{t('pickup.locationDenied')}</p>}
              </>
            )}
          </div>
        )}
      {chosen && others.length > 0 && (
        <div className="mt-3">
          <p className="text-muted">{t('pickup.nearby')}</p>
          <ul className="mt-1 space-y-1">
            {others.map((s) => (
              <li key={s.storeId} className="flex justify-between gap-2">
                <span>
                  {s.name}
                  {s.distanceMeters !== undefined && (
                    <span className="text-muted"> · {t('pickup.distance', { km: km(s.distanceMeters) })}</span>
                  )}
                </span>
                <span className="text-muted">{t('pickup.unitsAvailable', { count: s.available })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
