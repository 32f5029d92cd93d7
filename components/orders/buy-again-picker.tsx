'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newActionKey, useBuyAgain, useCart, wasQueued } from '@/lib/cart/client';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import type { Cart, Fulfillment } from '@/lib/cart/schema';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/schema';
import { Button } from '@/components/ui/button';

type Item = { variantId: string | null; title: string; details: string; quantity: number };

/** The order's items, one per variant (a variant bought twice counts once, with both quantities). */
function itemsOf(order: Order): Item[] {
  const items: Item[] = [];
  for (const l of order.lines) {
    const same = l.variantId ? items.find((i) => i.variantId === l.variantId) : undefined;
    if (same) same.quantity += l.quantity;
    else
      items.push({
        variantId: l.variantId,
        title: l.title,
        details: [l.optionLabels?.color?.text ?? l.options.color, l.optionLabels?.size?.text ?? l.options.size]
          .filter(Boolean)
          .join(' · '),
        quantity: l.quantity,
      });
  }
  return items;
}

/** What the reorder did, at the place chosen: added, cut to what there is, or not there at all. */
function summary(cart: Cart, place: string, t: Translate): string {
  const notices = cart.notices ?? [];
  const added = notices.reduce(
    (n, x) => n + (x.code === 'added' ? (x.count ?? 0) : x.code === 'quantity_capped' ? (x.kept ?? 0) : 0),
    0,
  );
  const short = notices
    .filter((x) => x.code === 'quantity_capped')
    .map((x) =>
      t('order.buyAgainShort', { kept: x.kept ?? 0, requested: x.requested ?? 0, item: x.title ?? '', place }),
    );
  const missing = notices.filter((x) => x.code === 'unavailable').map((x) => x.title ?? x.sku ?? '');
  return [
    added > 0 ? t('order.buyAgainAdded', { count: added }) : t('order.buyAgainNone'),
    ...short,
    missing.length ? t('order.buyAgainUnavailableAt', { place, items: missing.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * "Buy again": the shopper picks which items and how many, and whether to pick them up at their
 * own store (the bag's, never the old order's) or have them delivered; then the server checks
 * stock there and the answer says what was short.
 */
export function BuyAgainPicker({ order, token }: { order: Order; token?: string }) {
  const { t } = useI18n();
  const { data } = useCart();
  const buy = useBuyAgain();
  const formId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const items = itemsOf(order);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [how, setHow] = useState<'pickup' | 'ship' | null>(null);
  const [nothing, setNothing] = useState(false);
  const [place, setPlace] = useState('');
  const store = data?.cart.pickupStore ?? null;
  const method = how === 'pickup' && store ? 'pickup' : how === 'ship' || !store ? 'ship' : 'pickup';

  const show = () => {
    setChosen(
      Object.fromEntries(
        items.flatMap((i) => (i.variantId ? [[i.variantId, Math.min(i.quantity, MAX_LINE_QUANTITY)]] : [])),
      ),
    );
    setNothing(false);
    buy.reset();
    setOpen(true);
    requestAnimationFrame(() => firstRef.current?.focus());
  };
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lines = Object.entries(chosen)
      .filter(([, q]) => q > 0)
      .map(([variantId, quantity]) => ({ variantId, quantity }));
    if (lines.length === 0) return setNothing(true);
    const fulfillment: Fulfillment =
      method === 'pickup' && store ? { type: 'pickup', storeId: store.id } : { type: 'ship' };
    setPlace(fulfillment.type === 'pickup' ? (store?.name ?? '') : t('order.buyAgainDelivery'));
    buy.mutate({ orderId: order.id, token, key: newActionKey(), lines, fulfillment }, { onSuccess: close });
  };

  return (
    <div className="flex w-full flex-col items-start gap-2 sm:w-auto sm:items-end">
      <Button
        ref={toggleRef}
        type="button"
        aria-label={t('order.buyAgainLabel', { number: order.number })}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : show())}
        variant="outline"
        size="md"
      >
        {t('order.buyAgain')}
      </Button>
      {open && (
        <form
          id={formId}
          onSubmit={submit}
          aria-labelledby={`${formId}-title`}
          className="w-full rounded-xl border border-line bg-white p-4 text-sm sm:w-[26rem]"
        >
          <h2 id={`${formId}-title`} className="font-semibold">
            {t('order.buyAgainTitle')}
          </h2>
          <ul className="mt-3 divide-y divide-line">
            {items.map((item, index) => {
              const id = item.variantId;
              const on = id ? (chosen[id] ?? 0) > 0 : false;
              return (
                <li key={id ?? `gone-${index}`} className="flex items-center justify-between gap-3 py-2">
                  <label className="flex min-h-6 flex-1 items-start gap-2">
                    <input
                      ref={index === 0 ? firstRef : undefined}
                      type="checkbox"
                      className="mt-1"
                      checked={on}
                      disabled={!id}
                      onChange={(e) => id && setChosen((c) => ({ ...c, [id]: e.target.checked ? item.quantity : 0 }))}
                    />
                    <span>
                      {item.title}
                      <span className="block text-muted">{id ? item.details : t('order.buyAgainNotSold')}</span>
                    </span>
                  </label>
                  {id && (
                    <label className="shrink-0">
                      <span className="sr-only">{t('order.buyAgainQuantity', { item: item.title })}</span>
                      <select
                        value={chosen[id] || item.quantity}
                        disabled={!on}
                        onChange={(e) => setChosen((c) => ({ ...c, [id]: Number(e.target.value) }))}
                        className="rounded border border-line bg-white px-2 py-1.5"
                      >
                        {Array.from({ length: MAX_LINE_QUANTITY }, (_, i) => i + 1).map((n) => (
                          <option key={n} value={n}>
                            {n}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
          <fieldset className="mt-3">
            <legend className="font-medium">{t('order.buyAgainHow')}</legend>
            <label className="mt-2 flex min-h-6 items-center gap-2">
              <input
                type="radio"
                name={`${formId}-how`}
                checked={method === 'pickup'}
                disabled={!store}
                onChange={() => setHow('pickup')}
              />
              {store ? t('order.buyAgainPickup', { store: store.name }) : t('pickup.optionPickupNone')}
            </label>
            {!store && (
              <p className="ml-6 text-muted">
                {t('order.buyAgainNoStore')}{' '}
                <LocaleLink href="/stores" className="font-medium text-ink underline">
                  {t('order.buyAgainChooseStore')}
                </LocaleLink>
              </p>
            )}
            <label className="mt-1 flex min-h-6 items-center gap-2">
              <input type="radio" name={`${formId}-how`} checked={method === 'ship'} onChange={() => setHow('ship')} />
              {t('order.buyAgainShip')}
            </label>
          </fieldset>
          {nothing && (
            <p role="alert" className="mt-3 text-red-800">
              {t('order.buyAgainNothing')}
            </p>
          )}
          {buy.isError && (
            <p role="alert" className="mt-3 text-red-800">
              {submitFailureMessage(t, buy.error, 'order.buyAgainFailed')}
            </p>
          )}
          <div className="mt-4 flex gap-3">
            <Button type="submit" disabled={buy.isPending} size="md">
              {buy.isPending ? t('account.working') : t('order.buyAgainSubmit')}
            </Button>
            <Button type="button" variant="outline" size="md" onClick={close}>
              {t('order.buyAgainCancel')}
            </Button>
          </div>
        </form>
      )}
      <div role="status" className="text-sm">
        {!open && buy.isSuccess && !wasQueued(buy.data) && (
          <>
            {summary(buy.data, place, t)}{' '}
            <LocaleLink href="/cart" className="font-medium underline">
              {t('order.viewBag')}
            </LocaleLink>
          </>
        )}
      </div>
    </div>
  );
}
