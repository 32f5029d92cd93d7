'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { ProductSuggestions } from '@/components/catalog/product-suggestions';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  cartKeys,
  newActionKey,
  useCart,
  useRemoveLine,
  useSetPickupStore,
  useUpdateLine,
  type CartData,
} from '@/lib/cart/client';
import { ApiError } from '@/lib/http/client-fetch';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import type { MarketCode } from '@/lib/markets/markets';
import { formatMoney } from '@/lib/money';
import { reasonText } from '@/lib/offers/reason';
import { useCartOwner, usePendingWrites } from '@/lib/offline/client';
import { useOnline } from '@/lib/pwa/client';
import { CartLineItem } from './cart-line-item';
import { OfferCodeForm } from './offer-code-form';
import { DeliveryRow, FreeDeliveryHint } from './delivery-summary';
import { OfferHints } from './offer-hints';
import { buttonClass } from '@/components/ui/button';
import { TaxLine } from './tax-line';

/**
 * A store the bag may name: one of the bag's market that takes pickups now; another is listed
 * only while the bag still names it.
 */
export type StoreOption = { id: string; name: string; city: string; pickup: boolean; market: MarketCode };

const noChange = () => () => {};

export function CartView({ stores, initial = null }: { stores: StoreOption[]; initial?: CartData | null }) {
  const { t, locale, intlLocale } = useI18n();
  const query = useCart();
  // The bag the server read for this page shows until the browser's own read answers (the same
  // bag, with the shopper's position's offers), and seeds the cache should that read not have yet.
  const data = query.data ?? initial ?? undefined;
  const isPending = query.isPending && !initial;
  const hydrated = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const qc = useQueryClient();
  useEffect(() => {
    if (initial && !qc.getQueryData(cartKeys.all)) qc.setQueryData(cartKeys.all, initial);
  }, [initial, qc]);
  const update = useUpdateLine();
  const remove = useRemoveLine();
  const setStore = useSetPickupStore();
  const [error, setError] = useState<string | null>(null);
  const pending = usePendingWrites();
  // Signed in, the bag already is the account's: the note is only for guests.
  const isGuest = !useCartOwner().startsWith('u.');
  const online = useOnline();

  const onError = (e: Error) =>
    setError(
      e instanceof ApiError && e.code === 'insufficient_stock'
        ? t('cart.errorStock', { message: e.message })
        : e instanceof ApiError && e.code === 'line_limit_exceeded'
          ? t('cart.errorLimit')
          : submitFailureMessage(t, e, 'cart.errorGeneric'),
    );
  const run = <V,>(m: { mutate: (v: V & { key: string }, o: { onError: (e: Error) => void }) => void }, v: V) => {
    setError(null);
    m.mutate({ ...v, key: newActionKey() }, { onError });
  };
  const storeName = (id: string) => stores.find((s) => s.id === id)?.name ?? '';

  const waiting = pending.length > 0 && (
    <div className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm" data-testid="pending-writes">
      <p className="font-medium">{t('pwa.pendingTitle')}</p>
      <ul className="mt-1 list-disc pl-5">
        {pending.map((w) => (
          <li key={w.key}>{w.label}</li>
        ))}
      </ul>
      <p className="mt-1 text-muted">{t('pwa.pendingHint')}</p>
    </div>
  );

  // Offline with no bag kept on this device: say so, with what waits to sync.
  if (!data && !online)
    return (
      <div className="min-h-[75vh]">
        {waiting}
        <p className="rounded-xl border border-dashed border-line bg-white p-10 text-center">{t('pwa.bagNotSaved')}</p>
      </div>
    );
  // No bag from the server (see readPageCart): its space is held while the browser reads it, so the footer does not jump.
  if (isPending || !data) return <p className="min-h-[75vh] py-16 text-center text-muted">{t('cart.syncing')}</p>;
  const { cart } = data;
  return (
    // Drawn by the server, the bag's controls wait for the page's script: a change made before it
    // runs would be lost (or made twice when it is replayed).
    <fieldset disabled={!hydrated} className="contents">
      <div className="grid min-h-[75vh] content-start gap-10 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="bag-lines">
          <h2 id="bag-lines" className="sr-only">
            {t('cart.itemCount', { count: cart.itemCount })}
          </h2>
          {error && (
            <p role="alert" className="mb-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
              {error}
            </p>
          )}
          {waiting}
          {cart.lines.length === 0 ? (
            <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
              <p className="font-medium">{t('cart.empty')}</p>
              <p className="mt-1 text-sm text-muted">{t('cart.emptyHint')}</p>
              <LocaleLink href="/" className={buttonClass({}, 'mt-6 inline-block')}>
                {t('cart.continueShopping')}
              </LocaleLink>
            </div>
          ) : null}
          {cart.lines.length > 0 && (
            <ul className="divide-y divide-line border-y border-line">
              {cart.lines.map((line) => (
                <CartLineItem
                  key={line.id}
                  line={line}
                  pickupStore={cart.pickupStore}
                  storeName={storeName}
                  onQuantity={(quantity) =>
                    run(update, { lineId: line.id, quantity, label: `${line.title} × ${quantity}` })
                  }
                  onFulfillment={(fulfillment) => run(update, { lineId: line.id, fulfillment, label: line.title })}
                  onRemove={() => run(remove, { lineId: line.id, label: line.title })}
                />
              ))}
            </ul>
          )}
        </section>
        <aside aria-labelledby="summary-heading" className="h-fit rounded-xl border border-line bg-white p-5">
          <h2 id="summary-heading" className="font-semibold">
            {t('cart.title')}
          </h2>
          <label className="mt-4 block text-sm">
            <span className="mb-1 block font-medium">{t('cart.pickupStore')}</span>
            <select
              value={cart.pickupStoreId ?? ''}
              onChange={(e) => run(setStore, { storeId: e.target.value || null, storeName: storeName(e.target.value) })}
              className="w-full rounded border border-line bg-white px-2 py-2"
            >
              <option value="">{t('cart.noPickupStore')}</option>
              {stores
                .filter((s) => (s.pickup && s.market === cart.market) || s.id === cart.pickupStoreId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} — {s.city}
                  </option>
                ))}
            </select>
          </label>
          <dl className="mt-5 space-y-2 border-t border-line pt-4 text-sm">
            <div className="flex justify-between">
              <dt>{t('cart.subtotal')}</dt>
              <dd data-testid="cart-subtotal">{formatMoney(cart.subtotal, intlLocale)}</dd>
            </div>
            {cart.discounts.map((d) => (
              <div key={d.offerId} className="flex justify-between gap-3 text-ok" data-testid="cart-discount">
                <dt>
                  <span lang={d.titleLang}>{d.title}</span>
                  <span className="block text-xs text-muted">{reasonText(d.reason, t, locale, intlLocale)}</span>
                </dt>
                <dd className="shrink-0">−{formatMoney(d.amount, intlLocale)}</dd>
              </div>
            ))}
            {cart.delivery && <DeliveryRow delivery={cart.delivery} />}
            {!cart.tax.included && <TaxLine tax={cart.tax} market={cart.market} />}
            <div className="flex justify-between text-base font-semibold">
              <dt>{t('cart.total')}</dt>
              <dd data-testid="cart-total">{formatMoney(cart.total, intlLocale)}</dd>
            </div>
            {cart.tax.included && cart.lines.length > 0 && <TaxLine tax={cart.tax} market={cart.market} />}
          </dl>
          {cart.delivery && <FreeDeliveryHint delivery={cart.delivery} className="mt-3" />}
          <OfferHints hints={cart.offerHints} />
          {cart.lines.length > 0 && <OfferCodeForm cart={cart} />}
          {cart.lines.length > 0 && (
            <LocaleLink href="/checkout" className={buttonClass({ size: '2xl' }, 'mt-5 block text-center')}>
              {t('checkout.checkout')}
            </LocaleLink>
          )}
          {isGuest && <p className="mt-4 text-xs text-muted">{t('cart.mergeRule')}</p>}
        </aside>
        {/* After the summary, across both columns: suggestions arrive later and push nothing the shopper is reading. */}
        {cart.lines.length === 0 && (
          <div className="-mt-10 lg:col-span-2">
            <ProductSuggestions />
          </div>
        )}
      </div>
    </fieldset>
  );
}
