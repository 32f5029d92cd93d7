import { LocaleLink } from '@/components/i18n/locale-link';
import { BuyAgainPicker } from '@/components/orders/buy-again-picker';
import { ChannelBadge } from '@/components/orders/channel-badge';
import type { Translate } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import type { Order } from '@/lib/orders/schema';
import { dateTimeFormat } from '@/lib/i18n/formatters';

const day = (iso: string, intlLocale: string) =>
  dateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'Asia/Seoul' }).format(new Date(iso));

/** The account's orders, online and in store, each marked with its channel and store. */
export function OrderList({ orders, t, intlLocale }: { orders: Order[]; t: Translate; intlLocale: string }) {
  return (
    <ul className="divide-y divide-line border-y border-line">
      {orders.map((o) => {
        const where =
          o.channel === 'store'
            ? t('order.boughtAt', { store: o.storeName ?? '' })
            : o.pickup
              ? t('order.pickupAt', { store: o.pickup.storeName })
              : null;
        const items = o.lines.reduce((n, l) => n + l.quantity, 0);
        return (
          <li key={o.id} className="flex flex-col gap-3 py-5 text-sm sm:flex-row sm:items-center sm:justify-between">
            <div className="space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <ChannelBadge channel={o.channel} t={t} />
                <LocaleLink
                  href={`/orders/${o.id}`}
                  className="font-medium underline"
                  aria-label={t('order.view', { number: o.number })}
                >
                  {o.number}
                </LocaleLink>
              </p>
              <p className="text-muted">
                {day(o.placedAt, intlLocale)}
                {where ? ` · ${where}` : ''}
              </p>
              <p className="text-muted">
                {o.lines
                  .slice(0, 2)
                  .map((l) => l.title)
                  .join(', ')}
                {o.lines.length > 2 ? ` +${o.lines.length - 2}` : ''} · {t('cart.itemCount', { count: items })}
              </p>
            </div>
            <div className="flex items-center justify-between gap-4 sm:flex-col sm:items-end">
              <span className="font-medium">{formatMoney(o.total, intlLocale)}</span>
              <BuyAgainPicker order={o} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
