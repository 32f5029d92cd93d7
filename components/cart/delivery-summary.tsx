'use client';

import type { CartDelivery } from '@/lib/delivery/schema';
import { deliveryName, estimateText } from '@/lib/delivery/format';
import { useI18n } from '@/lib/i18n/client';
import { formatMoney } from '@/lib/money';

const quoteOf = (delivery: CartDelivery) => delivery.options.find((o) => o.option === delivery.option);

/** The bag's delivery row (inside its `<dl>`): the first option's fee (or Free) and when it arrives. */
export function DeliveryRow({ delivery }: { delivery: CartDelivery }) {
  const { t, intlLocale } = useI18n();
  const quote = quoteOf(delivery);
  if (!quote) {
    return (
      <div className="flex justify-between gap-3" data-testid="cart-delivery">
        <dt>{t('delivery.title')}</dt>
        <dd className="text-warn">{t('delivery.unavailable')}</dd>
      </div>
    );
  }
  return (
    <div className="flex justify-between gap-3" data-testid="cart-delivery">
      <dt>
        {deliveryName(quote.option, t)}
        <span className="block text-xs text-muted">{estimateText(quote.estimate, t, intlLocale)}</span>
      </dt>
      <dd className="shrink-0" data-testid="cart-delivery-fee">
        {quote.fee.amount === 0 ? t('delivery.free') : formatMoney(quote.fee, intlLocale)}
      </dd>
    </div>
  );
}

/** "₩11,000 more for free delivery", or that the order already travels free. */
export function FreeDeliveryHint({ delivery, className = '' }: { delivery: CartDelivery; className?: string }) {
  const { t, intlLocale } = useI18n();
  const quote = quoteOf(delivery);
  if (!quote?.freeFrom) return null;
  return quote.spendMore ? (
    <p className={`rounded-lg bg-amber-50 px-3 py-2 text-sm ${className}`} data-testid="free-delivery-hint">
      {t('delivery.spendMore', { amount: formatMoney(quote.spendMore, intlLocale) })}
    </p>
  ) : (
    <p className={`text-sm text-ok ${className}`} data-testid="free-delivery-hint">
      {t('delivery.freeReached')}
    </p>
  );
}
