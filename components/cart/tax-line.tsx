'use client';

import type { Cart } from '@/lib/cart/schema';
import { useI18n } from '@/lib/i18n/client';
import type { MarketCode } from '@/lib/markets/markets';
import { formatMoney } from '@/lib/money';

/**
 * The bag's or checkout's tax as its market shows it: a note under the total where prices
 * include it (KR VAT, JP consumption tax, SG GST), a line of its own where it is added (US).
 */
export function TaxLine({ tax, market, as = 'dl' }: { tax: Cart['tax']; market: MarketCode; as?: 'dl' | 'p' }) {
  const { t, intlLocale } = useI18n();
  const amount = formatMoney(tax.amount, intlLocale);
  if (tax.included) {
    const key = market === 'JP' ? 'tax.includedJP' : market === 'SG' ? 'tax.includedSG' : 'tax.includedKR';
    const note = t(key, { amount });
    return as === 'dl' ? (
      <div className="text-right text-xs text-muted" data-testid="cart-tax">
        <dt>{note}</dt>
        <dd className="sr-only">{amount}</dd>
      </div>
    ) : (
      <p className="mt-1 text-right text-xs text-muted" data-testid="checkout-tax">
        {note}
      </p>
    );
  }
  const label = tax.estimated ? t('tax.salesTaxEstimated') : t('tax.salesTax');
  return as === 'dl' ? (
    <div className="flex justify-between" data-testid="cart-tax">
      <dt>
        {label}
        {tax.estimated && <span className="block text-xs text-muted">{t('tax.estimatedHint')}</span>}
      </dt>
      <dd>{amount}</dd>
    </div>
  ) : (
    <p className="mt-2 flex justify-between gap-3 text-sm" data-testid="checkout-tax">
      <span>{label}</span>
      <span>{amount}</span>
    </p>
  );
}
