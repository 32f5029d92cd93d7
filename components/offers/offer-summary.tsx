'use client';

import { useI18n } from '@/lib/i18n/client';
import { formatMoney } from '@/lib/money';
import { discountText, reasonText } from '@/lib/offers/reason';
import type { Offer } from '@/lib/offers/schema';

/** One offer as a shopper reads it: what it takes off, why it applies here, and its code. */
export function OfferSummary({ offer }: { offer: Offer }) {
  const { t, locale, intlLocale } = useI18n();
  const amount = discountText(offer.discount, t, intlLocale);
  const conditions = [
    offer.minSubtotal ? t('offers.minSpend', { amount: formatMoney(offer.minSubtotal, intlLocale) }) : null,
    offer.audience === 'first_order'
      ? t('offers.firstOrder')
      : offer.audience === 'returning'
        ? t('offers.returning')
        : null,
  ].filter(Boolean);
  return (
    <li className="rounded-xl border border-amber-200 bg-amber-50 p-4">
      <p className="text-xs font-semibold tracking-wide text-accent uppercase">{amount}</p>
      <p className="mt-1 font-medium" lang={offer.titleLang}>
        {offer.title}
      </p>
      <p className="mt-1 text-sm text-muted" lang={offer.descriptionLang}>
        {offer.description}
      </p>
      <p className="mt-2 text-sm font-medium" data-testid="offer-reason">
        {reasonText(offer.reasonDetail, t, locale, intlLocale)}
      </p>
      {conditions.length > 0 && <p className="text-xs text-muted">{conditions.join(' · ')}</p>}
      {offer.code && <p className="mt-2 text-sm">{t('offers.useCode', { code: offer.code })}</p>}
    </li>
  );
}
