import type { Translate } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { DeliveryRule } from './engine';

/**
 * The home page's delivery promise, from the same rule the bag charges by: the first option
 * (standard), its free threshold and its days. No delivery rule, no promise.
 */
export function deliveryPromise(rules: DeliveryRule[], t: Translate, intlLocale: string): [string, string][] {
  const rule = rules[0];
  if (!rule) return [];
  const money = (amount: number) => formatMoney({ amount, currency: rule.currency }, intlLocale);
  const days = rule.minDays === rule.maxDays ? String(rule.maxDays) : `${rule.minDays}–${rule.maxDays}`;
  return [
    [
      rule.freeFrom !== null
        ? t('home.promiseShipTitle', { amount: money(rule.freeFrom) })
        : t('home.promiseShipTitleFee', { fee: money(rule.fee) }),
      t('home.promiseShipBody', { fee: money(rule.fee), days }),
    ],
  ];
}
