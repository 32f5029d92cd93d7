'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { cartKeys } from '@/lib/cart/keys';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { apiFetch } from '@/lib/http/client-fetch';
import { useMarket } from '@/lib/markets/client';
import type { Offer } from './schema';

/**
 * The position the shopper allowed, kept in this tab's session only (rounded to about 10 m)
 * and sent with offer and cart requests; the server never stores it.
 */
const STORAGE_KEY = 'aisle-location';
export type Point = { lat: number; lng: number };

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => (typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(STORAGE_KEY));

function parse(raw: string | null): Point | null {
  const [lat, lng] = (raw ?? '').split(',').map(Number);
  return raw && Number.isFinite(lat) && Number.isFinite(lng) ? { lat: lat!, lng: lng! } : null;
}

function store(point: Point | null) {
  if (point) sessionStorage.setItem(STORAGE_KEY, `${point.lat.toFixed(4)},${point.lng.toFixed(4)}`);
  else sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((l) => l());
}

/** Headers that carry the allowed position, if any, to the BFF. */
export function locationHeaders(): Record<string, string> {
  const raw = snapshot();
  return parse(raw) ? { 'x-aisle-location': raw! } : {};
}

/** The allowed position, and the controls for it. The browser is asked only when `locate` is called. */
export function useShopperLocation() {
  const qc = useQueryClient();
  const raw = useSyncExternalStore(subscribe, snapshot, () => null);
  const [status, setStatus] = useState<'idle' | 'locating' | 'denied'>('idle');
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setStatus('denied');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        store({ lat: position.coords.latitude, lng: position.coords.longitude });
        setStatus('idle');
        // Near-store offers in the bag depend on where the shopper is.
        void qc.invalidateQueries({ queryKey: cartKeys.all });
      },
      () => setStatus('denied'),
      { maximumAge: 5 * 60_000, timeout: 15_000 },
    );
  }, [qc]);
  const forget = useCallback(() => {
    store(null);
    void qc.invalidateQueries({ queryKey: cartKeys.all });
  }, [qc]);
  return { point: parse(raw), status, locate, forget };
}

export const offerKeys = { here: (point: Point | null, storeId: string | null) => ['offers', point, storeId] as const };

/** The offers that apply where the shopper is (position, else the chosen store, else the CDN region). */
export function useOffersHere(point: Point | null, storeId: string | null) {
  const market = useMarket();
  return useQuery({
    queryKey: [...offerKeys.here(point, storeId), market],
    queryFn: () => {
      const query = new URLSearchParams({ market });
      if (point) {
        query.set('lat', String(point.lat));
        query.set('lng', String(point.lng));
      } else if (storeId) query.set('storeId', storeId);
      return apiFetch<{ offers: Offer[] }>(`/api/offers?${query}`).then((r) => r.offers);
    },
    staleTime: 60_000,
  });
}
