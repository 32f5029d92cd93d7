'use client';

import { Button } from '@/components/ui/button';
import { formatDateTime, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';
import { useI18n } from '@/lib/i18n/client';
import type { QueuedPickup } from '@/lib/staff-pickups/schema';

const WHEN: Intl.DateTimeFormatOptions = {
  timeZone: SHOP_TIME_ZONE,
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/** One order in the queue: who, when, the pick list, and what can be done with it now. */
export function PickupCard({
  pickup,
  readying,
  onReady,
  onCollect,
}: {
  pickup: QueuedPickup;
  readying: boolean;
  onReady: () => void;
  onCollect: () => void;
}) {
  const { t, intlLocale } = useI18n();
  const when = (iso: string) => formatDateTime(intlLocale, WHEN, new Date(iso));
  const headingId = `pickup-${pickup.orderId}`;
  const open = pickup.status === 'new' || pickup.status === 'ready';
  return (
    <article aria-labelledby={headingId} className="rounded-2xl border border-line bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="text-base font-semibold">
            {t('staffPickups.order', { number: pickup.number })}
          </h3>
          <p className="mt-1 text-sm">
            {pickup.customerFirstName
              ? t('staffPickups.customer', { name: pickup.customerFirstName })
              : t('staffPickups.guest')}
            {pickup.collectorFirstName && ` · ${t('staffPickups.collector', { name: pickup.collectorFirstName })}`}
          </p>
        </div>
        <span
          className={`rounded-full px-3 py-1 text-xs font-medium ${pickup.paymentDue ? 'bg-amber-100 text-amber-900' : 'bg-emerald-100 text-emerald-900'}`}
        >
          {pickup.paymentDue ? t('staffPickups.payAtPickup') : t('staffPickups.paid')}
        </span>
      </div>
      <ul className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 text-sm text-muted sm:grid-cols-2">
        <li>{t('staffPickups.placed', { time: when(pickup.placedAt) })}</li>
        {pickup.status === 'new' && pickup.readyBy && (
          <li>{t('staffPickups.readyBy', { time: when(pickup.readyBy) })}</li>
        )}
        {open && (
          <li className="font-medium text-ink">{t('staffPickups.holdUntil', { time: when(pickup.holdUntil) })}</li>
        )}
        {pickup.collectedAt && <li>{t('staffPickups.collectedAt', { time: when(pickup.collectedAt) })}</li>}
        {pickup.expiredAt && <li>{t('staffPickups.expiredAt', { time: when(pickup.expiredAt) })}</li>}
      </ul>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">{t('staffPickups.pickList')}</caption>
        <thead className="text-xs text-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t('staffPickups.item')}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t('staffPickups.sku')}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t('staffPickups.size')}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t('staffPickups.color')}
            </th>
            <th scope="col" className="py-1.5 text-right font-medium">
              {t('staffPickups.quantity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pickup.items.map((item) => (
            <tr key={item.sku} className="border-b border-line last:border-0">
              <td className="py-2 pr-3">{item.title}</td>
              <td className="py-2 pr-3 font-mono text-xs break-all">{item.sku}</td>
              <td className="py-2 pr-3">{item.size ?? '—'}</td>
              <td className="py-2 pr-3">{item.color ?? '—'}</td>
              <td className="py-2 text-right tabular-nums">{item.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <div className="mt-4 flex flex-wrap justify-end gap-3">
          {pickup.status === 'new' && (
            <Button variant="outline" size="lg" onClick={onReady} disabled={readying} aria-describedby={headingId}>
              {readying ? t('staffPickups.markingReady') : t('staffPickups.markReady')}
            </Button>
          )}
          <Button size="lg" onClick={onCollect} aria-haspopup="dialog" aria-describedby={headingId}>
            {t('staffPickups.collect')}
          </Button>
        </div>
      )}
    </article>
  );
}
