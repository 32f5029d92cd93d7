'use client';

import { FreeDeliveryHint } from '@/components/cart/delivery-summary';
import type { CartDelivery } from '@/lib/delivery/schema';
import { deliveryName, estimateText } from '@/lib/delivery/format';
import { useI18n } from '@/lib/i18n/client';
import { formatMoney } from '@/lib/money';

/** The delivery options for the bag's delivered lines: fee (or Free), the dates, and what makes it free. */
export function DeliveryChoice({
  delivery,
  chosen,
  onChoose,
}: {
  delivery: CartDelivery;
  chosen: string | null;
  onChoose: (option: string) => void;
}) {
  const { t, intlLocale } = useI18n();
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-lg font-semibold">{t('delivery.title')}</legend>
      {delivery.options.length === 0 && <p className="text-sm text-warn">{t('delivery.unavailable')}</p>}
      {delivery.options.map((o) => (
        <label
          key={o.option}
          className="flex gap-3 rounded-lg border border-line bg-white p-4 text-sm has-[:checked]:border-ink"
        >
          <input
            type="radio"
            name="delivery"
            value={o.option}
            checked={o.option === chosen}
            onChange={() => onChoose(o.option)}
          />
          <span className="flex-1">
            <span className="block font-medium">{deliveryName(o.option, t)}</span>
            <span className="text-muted">{estimateText(o.estimate, t, intlLocale)}</span>
            {o.freeFrom && o.fee.amount > 0 && (
              <span className="block text-xs text-muted">
                {t('delivery.freeFrom', { amount: formatMoney(o.freeFrom, intlLocale) })}
              </span>
            )}
          </span>
          <span className="font-medium">
            {o.fee.amount === 0 ? t('delivery.free') : formatMoney(o.fee, intlLocale)}
          </span>
        </label>
      ))}
      <FreeDeliveryHint delivery={delivery} />
    </fieldset>
  );
}
