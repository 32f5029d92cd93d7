'use client';

import { useI18n } from '@/lib/i18n/client';

/** Where the bag goes: delivery (from the warehouse, or from a store: shipFrom), or pickup at a store. */
export type Place = 'ship' | { shipFrom: string } | { storeId: string };
export type PlaceStore = { id: string; name: string; pickup: boolean };

export const isDelivery = (place: Place) => place === 'ship' || 'shipFrom' in place;

/**
 * How the customer gets the bag. "Deliver from <store>" is offered for each store that has the
 * whole bag free to promise, as the search showed it (and for the one chosen, so a choice never
 * vanishes under the associate's finger); the server checks the store's stock again and reserves it.
 */
export function AislePlace({
  storeId,
  stores,
  place,
  onPlace,
  hasWholeBag,
}: {
  storeId: string;
  stores: PlaceStore[];
  place: Place;
  onPlace: (place: Place) => void;
  hasWholeBag: (storeId: string) => boolean;
}) {
  const { t } = useI18n();
  const label = (s: PlaceStore) => (s.id === storeId ? t('staffEndlessAisle.thisStore', { name: s.name }) : s.name);
  const chosen = (key: 'shipFrom' | 'storeId', id: string) =>
    place !== 'ship' && key in place && (place as Record<string, string>)[key] === id;
  const shipStores = stores.filter((s) => hasWholeBag(s.id) || chosen('shipFrom', s.id));
  // Offered only when placing the order (hasWholeBag is false for a link).
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium">{t('staffEndlessAisle.fulfillmentLabel')}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name="place" checked={place === 'ship'} onChange={() => onPlace('ship')} />
        {t('staffEndlessAisle.ship')}
      </label>
      {shipStores.map((s) => (
        <label key={`ship-${s.id}`} className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="place"
            checked={chosen('shipFrom', s.id)}
            onChange={() => onPlace({ shipFrom: s.id })}
          />
          {t('staffEndlessAisle.shipFrom', { store: label(s) })}
        </label>
      ))}
      {stores
        .filter((s) => s.pickup)
        .map((s) => (
          <label key={`pickup-${s.id}`} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="place"
              checked={chosen('storeId', s.id)}
              onChange={() => onPlace({ storeId: s.id })}
            />
            {t('staffEndlessAisle.pickupAt', { store: label(s) })}
          </label>
        ))}
    </fieldset>
  );
}
