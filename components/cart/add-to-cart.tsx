'use client';

import Image from 'next/image';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { newActionKey, useAddLine, useCart, wasQueued } from '@/lib/cart/client';
import type { CartLine, Fulfillment } from '@/lib/cart/schema';
import { useI18n } from '@/lib/i18n/client';
import { ApiError } from '@/lib/http/client-fetch';
import { formatMoney } from '@/lib/money';
import { Button, buttonClass } from '@/components/ui/button';

type Display = Omit<CartLine, 'id' | 'quantity' | 'lineTotal' | 'fulfillment'>;

/** Adds the chosen variant to the bag and confirms in a dialog with the bag's new total. */
export function AddToCart({
  display,
  disabled,
  fulfillment,
}: {
  display: Display | null;
  disabled: boolean;
  fulfillment: Fulfillment;
}) {
  const { t, intlLocale } = useI18n();
  const add = useAddLine();
  const { data } = useCart();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [queued, setQueued] = useState(false);

  const onAdd = () => {
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
      <Button
        type="button"
        onClick={onAdd}
        disabled={disabled || !display || add.isPending}
        size="2xl"
        className="w-full disabled:cursor-not-allowed"
      >
        {add.isPending ? t('cart.adding') : t('cart.addToBag')}
      </Button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
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
                <Image
                  src={display.image.url}
                  alt=""
                  width={80}
                  height={100}
                  unoptimized
                  className="rounded-md bg-stone-100"
                />
              )}
              <div className="text-sm">
                <p className="font-medium">{display.title}</p>
                <p className="text-muted">
                  {[display.options.color, display.options.size].filter(Boolean).join(' · ')}
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
              <Link prefetch={false} href="/cart" className={buttonClass({ size: 'dialog' }, 'flex-1 text-center')}>
                {t('cart.viewBag')}
              </Link>
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
