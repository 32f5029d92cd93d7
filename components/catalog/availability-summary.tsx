'use client';

import { useI18n } from '@/lib/i18n/client';

/** Shipping and store availability for the chosen variant, from real stock counts. */
export function AvailabilitySummary({
  variantSku,
  stock,
}: {
  variantSku?: string;
  stock?: { ship: number; stores: number };
}) {
  const { t } = useI18n();
  if (!variantSku || !stock) {
    return <p className="mt-6 text-sm text-muted">{t('product.unavailable')}</p>;
  }
  const ship =
    stock.ship === 0
      ? { text: t('product.shipOut'), tone: 'text-muted', dot: 'bg-stone-400' }
      : stock.ship <= 3
        ? { text: t('product.shipLow', { count: stock.ship }), tone: 'text-warn', dot: 'bg-amber-600' }
        : { text: t('product.shipInStock'), tone: 'text-ok', dot: 'bg-green-700' };
  return (
    <section
      aria-labelledby="availability-heading"
      className="mt-6 rounded-lg border border-line bg-white p-4"
      aria-live="polite"
    >
      <h2 id="availability-heading" className="sr-only">
        {t('product.availability')}
      </h2>
      <p className={`flex items-center gap-2 text-sm font-medium ${ship.tone}`} data-testid="ship-availability">
        <span aria-hidden className={`size-2 rounded-full ${ship.dot}`} />
        {ship.text}
      </p>
      <p className="mt-1 text-sm text-muted">
        {stock.stores > 0 ? t('product.storesWithStock', { count: stock.stores }) : t('product.storesNone')}
      </p>
      <p className="mt-2 text-xs text-muted">{t('product.sku', { sku: variantSku })}</p>
    </section>
  );
}
