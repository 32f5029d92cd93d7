'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { CardList } from '@/components/catalog/card-list';
import { useProductPicks } from '@/lib/catalog/client';
import { useCart } from '@/lib/cart/client';
import { formatDistance } from '@/lib/geo/distance';
import { useI18n } from '@/lib/i18n/client';
import { useOffersHere, useShopperLocation } from '@/lib/offers/client';
import { useStores } from '@/lib/stores/client';
import { OfferSummary } from './offer-summary';
import { Button } from '@/components/ui/button';

/**
 * "Near you": the nearest store (by the position the shopper allows, else their chosen
 * store), whether it is open, a few things in stock there, and the offers that apply there.
 * Location is asked for only when the shopper presses the button.
 */
export function NearYou() {
  const { t, intlLocale } = useI18n();
  const { point, status, locate, forget } = useShopperLocation();
  const { data: cartData } = useCart();
  const chosenStoreId = cartData?.cart.pickupStoreId ?? null;
  const stores = useStores(point, { enabled: Boolean(point || chosenStoreId) });
  const store = point ? stores.data?.[0] : stores.data?.find((s) => s.id === chosenStoreId);
  const offers = useOffersHere(point, point ? null : chosenStoreId);
  // A cold region lifts outerwear: it leads the picks from that store.
  const boosted = store?.climate === 'cold';
  const products = useProductPicks(
    store ? { storeId: store.id, limit: 4, ...(boosted ? { category: 'outerwear' } : {}) } : null,
  );

  return (
    <section aria-labelledby="near-you-heading" className="mt-12 rounded-2xl border border-line bg-white p-6 sm:p-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 id="near-you-heading" className="text-2xl font-semibold tracking-tight">
            {t('offers.nearYou')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('offers.nearYouIntro')}</p>
        </div>
        {point ? (
          <button type="button" onClick={forget} className="text-sm underline">
            {t('offers.forgetLocation')}
          </button>
        ) : (
          <div className="sm:text-right">
            <Button type="button" onClick={locate} disabled={status === 'locating'} size="lg">
              {status === 'locating' ? t('offers.locating') : t('offers.useLocation')}
            </Button>
            <p className="mt-1 max-w-64 text-xs text-muted">{t('offers.locationHint')}</p>
          </div>
        )}
      </div>
      {status === 'denied' && (
        <p role="alert" className="mt-4 text-sm text-red-800">
          {t('offers.locationDenied')}{' '}
          <LocaleLink href="/stores" className="underline">
            {t('site.footerStores')}
          </LocaleLink>
        </p>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-[20rem_1fr]">
        <div className="space-y-4">
          {store && (
            <div data-testid="nearest-store">
              <p className="text-xs font-medium tracking-wide text-muted uppercase">{t('offers.nearestStore')}</p>
              <p className="mt-1 text-lg font-semibold">{store.name}</p>
              <p className="text-sm text-muted">
                {store.distanceMeters !== undefined ? `${formatDistance(store.distanceMeters, intlLocale)} · ` : ''}
                <span className={store.openNow ? 'text-ok' : 'text-warn'}>
                  {store.openNow ? t('stores.openNow') : t('stores.closedNow')}
                </span>
              </p>
              <p className="text-sm text-muted">{store.address.street}</p>
            </div>
          )}
          <div aria-live="polite">
            {offers.data && offers.data.length > 0 ? (
              <ul className="space-y-3" aria-label={t('offers.nearYou')}>
                {offers.data.slice(0, 3).map((o) => (
                  <OfferSummary key={o.id} offer={o} />
                ))}
              </ul>
            ) : offers.data ? (
              <p className="text-sm text-muted">{t('offers.noOffersHere')}</p>
            ) : null}
          </div>
        </div>
        {store && products.data && products.data.items.length > 0 && (
          <div>
            <p className="mb-3 text-sm font-medium">
              {boosted ? t('offers.boostedOuterwear') : t('offers.inStockThere')}
            </p>
            <CardList products={products.data.items} className="grid grid-cols-2 gap-x-4 gap-y-6 sm:grid-cols-4" />
          </div>
        )}
      </div>
    </section>
  );
}
