'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useEffect, useRef, useState } from 'react';
import { newActionKey, useAddLine, useCart, wasQueued } from '@/lib/cart/client';
import type { CartLine, Fulfillment } from '@/lib/cart/schema';
import { useI18n } from '@/lib/i18n/client';
import { ApiError } from '@/lib/http/client-fetch';
import { formatMoney } from '@/lib/money';
import { Button, buttonClass } from '@/components/ui/button';
import { ShopImage } from '@/components/ui/shop-image';
import { LineOptions } from '@/components/catalog/line-options';

type Display = Omit<CartLine, 'id' | 'quantity' | 'lineTotal' | 'fulfillment'>;

/** Adds the chosen variant to the bag and confirms in a dialog with the bag's new total. */
export function AddToCart({
  display,
  disabled,
  fulfillment,
  missingSize = false,
  onMissingSize,
  summary,
}: {
  display: Display | null;
  disabled: boolean;
  fulfillment: Fulfillment;
  /** No size chosen yet: pressing Add to bag asks for one instead of adding. */
  missingSize?: boolean;
  onMissingSize?: () => void;
  /** What the phone's sticky bar names beside its button. */
  summary?: { title: string; titleLang?: string; price: string };
}) {
  const { t, intlLocale } = useI18n();
  const add = useAddLine();
  const { data } = useCart();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [queued, setQueued] = useState(false);
  const mainButton = useRef<HTMLDivElement>(null);
  const [sticky, setSticky] = useState(false);

  // On phones, once the main button has scrolled up out of view, a bar at the bottom offers it again.
  useEffect(() => {
    const target = mainButton.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    // The viewport stretched far downwards: the button counts as "in" until it is above the top,
    // so even a jump from below it straight past it (End, a link to the reviews) crosses the line.
    const observer = new IntersectionObserver(
      (entries) => {
        // Several changes can arrive at once: the latest says where the button is now.
        const entry = entries.at(-1);
        if (entry) setSticky(!entry.isIntersecting && entry.boundingClientRect.top < 0);
      },
      { rootMargin: '0px 0px 100000px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  const onAdd = () => {
    if (missingSize) {
      onMissingSize?.();
      return;
    }
    if (!display) return;
    setError(null);
    add.mutate(
      { variantId: display.variantId, quantity: 1, fulfillment, display, key: newActionKey() },
      {
        onSuccess: (result) => {
          setQueued(wasQueued(result));
          dialog.current?.showModal();
        },
        onError: (e) =>
          setError(
            e instanceof ApiError && e.code === 'insufficient_stock'
              ? t('cart.errorStock', { message: e.message })
              : e instanceof ApiError && e.code === 'line_limit_exceeded'
                ? t('cart.errorLimit')
                : t('cart.errorGeneric'),
          ),
      },
    );
  };

  return (
    <div className="mt-6">
      <div ref={mainButton}>
        <Button
          type="button"
          onClick={onAdd}
          disabled={disabled || (!display && !missingSize) || add.isPending}
          size="2xl"
          className="w-full disabled:cursor-not-allowed"
        >
          {add.isPending ? t('cart.adding') : t('cart.addToBag')}
        </Button>
      </div>
      {error && !sticky && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {summary && (
        <div
          data-testid="sticky-add"
          data-sticky-shown={sticky || undefined}
          className={`fixed inset-x-0 bottom-0 z-20 border-t border-line bg-white/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur md:hidden ${sticky ? '' : 'hidden'}`}
        >
          <div className="flex items-center gap-3">
            <div className="min-w-0 flex-1 text-sm">
              <p className="truncate font-medium" lang={summary.titleLang}>
                {summary.title}
              </p>
              <p className="text-muted">{summary.price}</p>
            </div>
            <Button
              type="button"
              onClick={onAdd}
              disabled={disabled || (!display && !missingSize) || add.isPending}
              size="2xl"
              className="shrink-0 disabled:cursor-not-allowed"
            >
              {add.isPending ? t('cart.adding') : t('cart.addToBag')}
            </Button>
          </div>
          {error && sticky && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="added-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-black/40"
      >
        <div className="p-6">
          <h2 id="added-title" className="text-lg font-semibold">
            {queued ? t('pwa.savedOfflineTitle') : t('cart.addedTitle')}
          </h2>
          {queued && display && (
            <p className="mt-2 text-sm text-muted">{t('pwa.savedOfflineBody', { item: display.title })}</p>
          )}
          {display && (
            <div className="mt-4 flex gap-4">
              {display.image && (
                <ShopImage src={display.image.url} alt="" width={80} height={100} className="rounded-md bg-stone-100" />
              )}
              <div className="text-sm">
                <p className="font-medium" lang={display.titleLang}>
                  {display.title}
                </p>
                <p className="text-muted">
                  <LineOptions options={display.options} labels={display.optionLabels} />
                </p>
                <p className="mt-1">{formatMoney(display.unitPrice, intlLocale)}</p>
              </div>
            </div>
          )}
          {data && !queued && (
            <p className="mt-4 flex justify-between border-t border-line pt-3 text-sm">
              <span>{t('cart.itemCount', { count: data.cart.itemCount })}</span>
              <span className="font-medium">{formatMoney(data.cart.subtotal, intlLocale)}</span>
            </p>
          )}
          <div className="mt-6 flex flex-col gap-2 sm:flex-row">
            {!queued && (
              <LocaleLink href="/cart" className={buttonClass({ size: 'dialog' }, 'flex-1 text-center')}>
                {t('cart.viewBag')}
              </LocaleLink>
            )}
            <Button
              type="button"
              onClick={() => dialog.current?.close()}
              variant="outline"
              size="dialog"
              className="flex-1"
            >
              {t('cart.keepShopping')}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
