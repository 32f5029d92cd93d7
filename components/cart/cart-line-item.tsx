'use client';

import { LocaleLink } from '@/components/i18n/locale-link';
import type { CartLine, Fulfillment } from '@/lib/cart/schema';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import { useI18n } from '@/lib/i18n/client';
import { formatMoney } from '@/lib/money';
import { ShopImage } from '@/components/ui/shop-image';
import { LineOptions } from '@/components/catalog/line-options';

export function CartLineItem(props: {
  line: CartLine;
  pickupStore: { id: string; name: string } | null;
  storeName: (id: string) => string;
  onQuantity: (quantity: number) => void;
  onFulfillment: (f: Fulfillment) => void;
  onRemove: () => void;
}) {
  const { t, intlLocale } = useI18n();
  const { line } = props;
  const pending = line.id.startsWith('pending-');
  const fulfillmentName = `fulfillment-${line.id}`;
  const pickupStore =
    line.fulfillment.type === 'pickup'
      ? { id: line.fulfillment.storeId, name: props.storeName(line.fulfillment.storeId) }
      : props.pickupStore;
  return (
    <li className="flex gap-4 py-5" aria-busy={pending}>
      <LocaleLink href={`/p/${line.handle}`} className="shrink-0" tabIndex={-1} aria-hidden>
        {line.image ? (
          <ShopImage src={line.image.url} alt="" width={96} height={120} className="rounded-md bg-stone-100" />
        ) : (
          <span className="block h-[120px] w-24 rounded-md bg-stone-100" />
        )}
      </LocaleLink>
      <div className="flex flex-1 flex-col gap-2 text-sm">
        <div className="flex justify-between gap-4">
          <div>
            <h3 className="font-medium">
              <LocaleLink href={`/p/${line.handle}`} className="hover:underline" lang={line.titleLang}>
                {line.title}
              </LocaleLink>
            </h3>
            <p className="text-muted">
              <LineOptions options={line.options} labels={line.optionLabels} />
            </p>
          </div>
          <p className="font-medium whitespace-nowrap" data-testid="line-total">
            {formatMoney(line.lineTotal, intlLocale)}
          </p>
        </div>
        {line.available < line.quantity && (
          <p className="text-warn">
            {line.available === 0 ? t('cart.outOfStock') : t('cart.lowStock', { count: line.available })}
          </p>
        )}
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="sr-only">{t('cart.fulfillment')}</legend>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name={fulfillmentName}
              checked={line.fulfillment.type === 'ship'}
              disabled={pending}
              onChange={() => props.onFulfillment({ type: 'ship' })}
            />
            {t('cart.ship')}
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name={fulfillmentName}
              checked={line.fulfillment.type === 'pickup'}
              disabled={pending || !pickupStore}
              onChange={() => pickupStore && props.onFulfillment({ type: 'pickup', storeId: pickupStore.id })}
            />
            {pickupStore ? t('cart.pickupAt', { store: pickupStore.name }) : t('cart.pickupNoStore')}
          </label>
        </fieldset>
        <div className="flex items-center gap-4">
          <label className="flex items-center gap-2">
            <span className="sr-only">{t('cart.quantityFor', { title: line.title })}</span>
            <span aria-hidden className="text-muted">
              {t('cart.quantity')}
            </span>
            <select
              value={line.quantity}
              disabled={pending}
              onChange={(e) => props.onQuantity(Number(e.target.value))}
              className="rounded border border-line bg-white px-2 py-1"
            >
              {Array.from({ length: Math.max(MAX_LINE_QUANTITY, line.quantity) }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={props.onRemove}
            disabled={pending}
            aria-label={t('cart.removeItem', { title: line.title })}
            className="text-muted underline hover:text-ink"
          >
            {t('cart.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
