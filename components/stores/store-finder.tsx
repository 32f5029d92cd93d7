'use client';

import { useMemo, useState } from 'react';
import { DirectionsLinks } from './directions-links';
// Drawn on the server with the list (an SVG of the pins, no map library): loaded after, it pushed the page down.
import StoreMap from './store-map';
import { newActionKey, useCart, useSetPickupStore } from '@/lib/cart/client';
import { distanceMeters, type LatLng } from '@/lib/geo/distance';
import { useI18n } from '@/lib/i18n/client';
import type { Store } from '@/lib/stores/schema';
import { addressLine } from '@/lib/stores/store-text';
import { Button } from '@/components/ui/button';

export function StoreFinder({ stores }: { stores: Store[] }) {
  const { t, locale } = useI18n();
  const { data } = useCart();
  const setStore = useSetPickupStore();
  const myStoreId = data?.cart.pickupStoreId ?? null;
  // What the last "make this my store" did, announced; the button keeps focus (it stays in place).
  const [made, setMade] = useState<{ name: string; ok: boolean } | null>(null);
  const makeMine = (s: Store) => {
    if (s.id === myStoreId) return;
    setMade(null);
    setStore.mutate(
      { storeId: s.id, storeName: s.name, key: newActionKey() },
      { onSuccess: () => setMade({ name: s.name, ok: true }), onError: () => setMade({ name: s.name, ok: false }) },
    );
  };
  const [origin, setOrigin] = useState<LatLng | null>(null);
  const [city, setCity] = useState('');
  const [status, setStatus] = useState<'idle' | 'locating' | 'denied'>('idle');
  const cities = [...new Set(stores.map((s) => s.address.city))].sort();
  const days = t('stores.weekdays').split(',');

  const locate = () => {
    // Asked only when the shopper presses the button; the position never leaves the browser.
    if (!navigator.geolocation) return setStatus('denied');
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setOrigin({ lat: pos.coords.latitude, lng: pos.coords.longitude });
        setCity('');
        setStatus('idle');
      },
      () => setStatus('denied'),
      { maximumAge: 300_000, timeout: 10_000 },
    );
  };

  const chooseCity = (value: string) => {
    setCity(value);
    const first = stores.find((s) => s.address.city === value);
    setOrigin(first ? { lat: first.lat, lng: first.lng } : null);
  };

  const sorted = useMemo(
    () =>
      stores
        .map((s) => ({ ...s, distance: origin ? distanceMeters(origin, s) : undefined }))
        .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.name.localeCompare(b.name)),
    [stores, origin],
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_28rem]">
      <div>
        <div className="flex flex-wrap items-end gap-3">
          <Button type="button" onClick={locate} size="lg">
            {status === 'locating' ? t('stores.locating') : t('stores.useLocation')}
          </Button>
          <label className="text-sm">
            <span className="mb-1 block font-medium">{t('stores.city')}</span>
            <select
              value={city}
              onChange={(e) => chooseCity(e.target.value)}
              className="rounded border border-line bg-white px-2 py-2"
            >
              <option value="">{t('stores.allCities')}</option>
              {cities.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="mt-2 text-xs text-muted" role={status === 'denied' ? 'alert' : undefined}>
          {status === 'denied' ? t('stores.locationDenied') : t('stores.locationPrivacy')}
        </p>
        <p role="status" className="mt-4 text-sm font-medium">
          {made && (made.ok ? t('stores.nowYourStore', { store: made.name }) : t('stores.makeMineFailed'))}
        </p>
        <ul className="mt-4 space-y-4">
          {sorted.map((s) => (
            <li key={s.id} className="rounded-xl border border-line bg-white p-5">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="font-semibold">
                    <span lang={s.nameLang}>{s.name}</span>
                    {s.id === myStoreId && (
                      <span className="ml-2 rounded-full bg-accent px-2 py-0.5 text-xs text-white">
                        {t('stores.yourStore')}
                      </span>
                    )}
                  </h2>
                  <p className="text-sm text-muted" lang={s.addressLang}>
                    {addressLine(s.address, s.addressLang ?? locale)}
                  </p>
                  <p className="mt-1 text-sm">
                    <span className={s.openNow ? 'text-ok' : 'text-muted'}>
                      {s.openNow ? t('stores.openNow') : t('stores.closedNow')}
                    </span>
                    {s.distance !== undefined && (
                      <span className="text-muted">
                        {' '}
                        · {t('stores.distanceAway', { km: (s.distance / 1000).toFixed(1) })}
                      </span>
                    )}
                    {s.phone && (
                      <>
                        {' · '}
                        <a
                          href={`tel:${s.phone}`}
                          className="underline"
                          aria-label={t('stores.call', { phone: s.phone })}
                        >
                          {s.phoneDisplay}
                        </a>
                      </>
                    )}
                  </p>
                </div>
                {!s.pickup && s.id !== myStoreId ? (
                  <p className="text-sm text-muted">{t('stores.noPickup')}</p>
                ) : (
                  <Button
                    type="button"
                    onClick={() => makeMine(s)}
                    variant="outline"
                    size="md"
                    // Stays focusable once chosen, so focus never drops to the page.
                    aria-disabled={s.id === myStoreId}
                    aria-label={
                      s.id === myStoreId
                        ? t('stores.yourStoreLabel', { store: s.name })
                        : `${t('stores.makeMine')}${t('site.colon')}${s.name}`
                    }
                    className={s.id === myStoreId ? 'cursor-default' : undefined}
                  >
                    {s.id === myStoreId ? `✓ ${t('stores.yourStore')}` : t('stores.makeMine')}
                  </Button>
                )}
              </div>
              <div className="mt-3">
                <DirectionsLinks store={s} t={t} />
              </div>
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer text-muted">{t('stores.hours')}</summary>
                <table className="mt-2">
                  <tbody>
                    {s.hours.map((h, i) => (
                      <tr key={i}>
                        <th scope="row" className="pr-4 text-left font-normal text-muted">
                          {days[i]}
                        </th>
                        <td>{h ? `${h.open}–${h.close}` : t('stores.closed')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </li>
          ))}
        </ul>
      </div>
      <div className="lg:sticky lg:top-32 lg:h-fit">
        <StoreMap
          pins={stores.map((s) => ({ id: s.id, name: s.name, lat: s.lat, lng: s.lng, mine: s.id === myStoreId }))}
        />
      </div>
    </div>
  );
}
