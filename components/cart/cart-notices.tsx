'use client';

import { newActionKey, useCart, useDismissNotices } from '@/lib/cart/client';
import type { CartNotice } from '@/lib/cart/schema';
import { useI18n } from '@/lib/i18n/client';
import type { Translate } from '@/lib/i18n/translate';
import { marketNoticeText } from './market-notice-text';

export function noticeText(n: CartNotice, t: Translate, intlLocale: string): string {
  const vars = {
    sku: n.sku ?? '',
    title: n.title ?? n.sku ?? '',
    requested: n.requested ?? 0,
    kept: n.kept ?? 0,
    count: n.count ?? 0,
  };
  const market = marketNoticeText(n, t, vars, intlLocale);
  if (market) return market;
  if (n.code === 'merged') return t('cart.mergedNotice', vars);
  if (n.code === 'quantity_capped') return t('cart.cappedNotice', vars);
  if (n.code === 'added') return t('cart.addedNotice', vars);
  if (n.code === 'unavailable') return t('cart.unavailableNotice', vars);
  if (n.code === 'moved_to_delivery') return t('cart.movedToDeliveryNotice', vars);
  if (n.code === 'discontinued') return t('cart.discontinuedNotice', vars);
  return t('cart.availabilityNotice', vars);
}

/** What the server has to tell about the bag (a merge at sign-in, a cap), until dismissed. */
export function CartNotices() {
  const { t, intlLocale } = useI18n();
  const { data } = useCart();
  const dismiss = useDismissNotices();
  const notices = data?.cart.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <div role="status" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-7xl items-start gap-4 px-4 py-3 text-sm sm:px-6">
        <ul className="flex-1 space-y-1">
          {notices.map((n, i) => (
            <li key={i}>{noticeText(n, t, intlLocale)}</li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => dismiss.mutate({ key: newActionKey() })}
          className="rounded px-2 py-0.5 underline"
        >
          {t('cart.dismiss')}
        </button>
      </div>
    </div>
  );
}
