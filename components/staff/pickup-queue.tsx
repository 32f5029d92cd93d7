'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ApiError } from '@/lib/http/client-fetch';
import { formatDateTime, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';
import { useI18n } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n/translate';
import { useMarkReady, usePickupQueue } from '@/lib/staff-pickups/client';
import type { PickupActionResponse, QueuedPickup } from '@/lib/staff-pickups/schema';
import { PICKUP_QUEUE_STATUSES, type PickupQueueStatus } from '@/lib/staff-pickups/statuses';
import { CollectDialog } from './collect-dialog';
import { PickupCard } from './pickup-card';
import { pickupErrorText } from './pickup-error-text';

const TAB: Record<PickupQueueStatus, MessageKey> = {
  new: 'staffPickups.tabNew',
  ready: 'staffPickups.tabReady',
  collected: 'staffPickups.tabCollected',
  expired: 'staffPickups.tabExpired',
};

const DONE: Record<PickupActionResponse['outcome'], MessageKey> = {
  ready: 'staffPickups.readyDone',
  already_ready: 'staffPickups.readyAlready',
  collected: 'staffPickups.collectedDone',
  already_collected: 'staffPickups.collectedAlready',
};

/** The store's pickups in one state, kept fresh by polling; actions announce their outcome politely. */
export function PickupQueue({
  storeId,
  status,
  initial,
  renderedAt,
}: {
  storeId: string;
  status: PickupQueueStatus;
  initial: QueuedPickup[];
  /** When the server read `initial` (ms): the queue polls on from there. */
  renderedAt: number;
}) {
  const { t, intlLocale } = useI18n();
  const queue = usePickupQueue(storeId, status, { pickups: initial, at: renderedAt });
  const ready = useMarkReady(storeId);
  const [collecting, setCollecting] = useState<QueuedPickup | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);

  const done = (result: PickupActionResponse) =>
    setNotice({ text: t(DONE[result.outcome], { number: result.pickup.number }), error: false });
  const failed = (error: Error) =>
    setNotice({ text: pickupErrorText(t, error instanceof ApiError ? error : null, error.message), error: true });

  const pickups = queue.data ?? [];
  return (
    <div className="space-y-5">
      <nav aria-label={t('staffPickups.tabsLabel')}>
        <ul className="flex flex-wrap gap-1 border-b border-line">
          {PICKUP_QUEUE_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`?status=${s}`}
                prefetch={false}
                aria-current={s === status ? 'page' : undefined}
                className="-mb-px inline-block border-b-2 border-transparent px-4 py-3 text-sm font-medium text-muted hover:text-ink aria-[current=page]:border-ink aria-[current=page]:text-ink"
              >
                {t(TAB[s])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div aria-live="polite" role="status" className="text-sm">
        {notice && !notice.error && <p className="font-medium text-emerald-800">{notice.text}</p>}
      </div>
      {notice?.error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {notice.text}
        </p>
      )}
      {queue.isError && (
        <p role="alert" className="text-sm text-red-800">
          {t('staffPickups.loadFailed')}
        </p>
      )}
      {/* The time of the last answer: the server's render and the browser's first paint may differ by a second. */}
      <p className="text-xs text-muted" suppressHydrationWarning>
        {t('staffPickups.updatedAt', {
          time: formatDateTime(
            intlLocale,
            { timeZone: SHOP_TIME_ZONE, hour: 'numeric', minute: '2-digit', second: '2-digit' },
            new Date(queue.dataUpdatedAt || renderedAt),
          ),
        })}
      </p>
      {pickups.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line p-8 text-center text-muted">
          {status === 'new' || status === 'ready' ? t('staffPickups.empty') : t('staffPickups.emptyDone')}
        </p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {pickups.map((p) => (
            <li key={`${p.orderId}-${p.storeId}`}>
              <PickupCard
                pickup={p}
                readying={ready.isPending && ready.variables === p.orderId}
                onReady={() => ready.mutate(p.orderId, { onSuccess: done, onError: failed })}
                onCollect={() => {
                  setNotice(null);
                  setCollecting(p);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {collecting && <CollectDialog pickup={collecting} onClose={() => setCollecting(null)} onDone={done} />}
    </div>
  );
}
