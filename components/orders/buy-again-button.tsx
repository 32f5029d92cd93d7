'use client';

import Link from 'next/link';
import { newActionKey, useBuyAgain, wasQueued } from '@/lib/cart/client';
import type { Cart } from '@/lib/cart/schema';
import { submitFailureMessage } from '@/lib/http/use-submit';
import { useI18n } from '@/lib/i18n/client';
import type { Translate } from '@/lib/i18n/translate';
import { Button } from '@/components/ui/button';

function summary(cart: Cart, t: Translate): string {
  const notices = cart.notices ?? [];
  const added = notices.reduce(
    (n, x) => n + (x.code === 'added' ? (x.count ?? 0) : x.code === 'quantity_capped' ? (x.kept ?? 0) : 0),
    0,
  );
  const missing = notices.filter((x) => x.code === 'unavailable').map((x) => x.title ?? x.sku ?? '');
  return [
    added > 0 ? t('order.buyAgainAdded', { count: added }) : t('order.buyAgainNone'),
    missing.length ? t('order.buyAgainUnavailable', { items: missing.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Puts the order's still-available items in the bag and says what was added and what was not. */
export function BuyAgainButton({ orderId, number, token }: { orderId: string; number: string; token?: string }) {
  const { t } = useI18n();
  const buy = useBuyAgain();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        type="button"
        aria-label={t('order.buyAgainLabel', { number })}
        disabled={buy.isPending}
        onClick={() => buy.mutate({ orderId, token, key: newActionKey() })}
        variant="outline"
        size="md"
      >
        {buy.isPending ? t('account.working') : t('order.buyAgain')}
      </Button>
      <div role="status" className="text-sm">
        {buy.isSuccess && !wasQueued(buy.data) && (
          <>
            {summary(buy.data, t)}{' '}
            <Link prefetch={false} href="/cart" className="font-medium underline">
              {t('order.viewBag')}
            </Link>
          </>
        )}
        {buy.isError && (
          <span className="text-red-800">{submitFailureMessage(t, buy.error, 'order.buyAgainFailed')}</span>
        )}
      </div>
    </div>
  );
}
