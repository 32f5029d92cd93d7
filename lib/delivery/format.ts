import { dateTimeFormat } from '@/lib/i18n/formatters';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { DeliveryEstimate } from './engine';

const NAMES: Record<string, MessageKey> = {
  standard: 'delivery.option_standard',
  express: 'delivery.option_express',
};

/** A delivery option's name in the shopper's language (an option with no words yet reads as its code). */
export function deliveryName(code: string, t: Translate): string {
  const key = NAMES[code];
  return key ? t(key) : code;
}

/** "Arrives Thu, Dec 4" or "Arrives Thu, Dec 4 – Fri, Dec 5": the dates are already the shop's calendar days. */
export function estimateText(estimate: DeliveryEstimate, t: Translate, intlLocale: string): string {
  const day = (iso: string) =>
    dateTimeFormat(intlLocale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return estimate.earliest === estimate.latest
    ? t('delivery.arrives', { date: day(estimate.earliest) })
    : t('delivery.arrivesBetween', { from: day(estimate.earliest), to: day(estimate.latest) });
}
