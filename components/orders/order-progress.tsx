import type { MessageKey, Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/schema';
import { dateTimeFormat } from '@/lib/i18n/formatters';

type Step = { key: string; label: string; at: string | null; state: 'done' | 'current' | 'upcoming' };

const STATE_TEXT: Record<Step['state'], MessageKey> = {
  done: 'tracking.done',
  current: 'tracking.current',
  upcoming: 'tracking.upcoming',
};

/**
 * An online order's steps as the shop knows them (SPEC 3.3): placed → ready for pickup →
 * collected for each pickup, placed → shipped → delivered for delivery; a cancelled or
 * expired order ends where it stopped.
 */
export function orderSteps(order: Order, t: Translate): Step[] {
  const steps: Omit<Step, 'state'>[] = [{ key: 'placed', label: t('tracking.placed'), at: order.placedAt }];
  const ended = order.status === 'cancelled' || order.status === 'expired';
  for (const p of order.pickups) {
    if (!ended || p.readyAt)
      steps.push({
        key: `ready-${p.storeId}`,
        label: t('tracking.ready', { store: p.storeName }),
        at: p.readyAt ?? null,
      });
    if (!ended)
      steps.push({ key: `collected-${p.storeId}`, label: t('tracking.collected'), at: p.collectedAt ?? null });
  }
  const ships = order.lines.some((l) => l.fulfillment.type === 'ship');
  if (ships && !ended) {
    // Delivery has no tracked steps yet beyond placing: both stay ahead until a carrier reports.
    steps.push({ key: 'shipped', label: t('tracking.shipped'), at: null });
    steps.push({ key: 'delivered', label: t('tracking.delivered'), at: null });
  }
  if (order.status === 'cancelled')
    steps.push({ key: 'cancelled', label: t('tracking.cancelled'), at: order.cancelledAt ?? null });
  if (order.status === 'expired') {
    const expiredAt = order.pickups.map((p) => p.expiredAt).find(Boolean) ?? null;
    steps.push({ key: 'expired', label: t('tracking.expired'), at: expiredAt });
  }
  // The last step reached is the current one; everything before it is done.
  const reached = ended ? steps.length - 1 : steps.reduce((last, s, i) => (s.at ? i : last), 0);
  return steps.map((s, i) => ({ ...s, state: i < reached ? 'done' : i === reached ? 'current' : 'upcoming' }));
}

export function OrderProgress({ order, t, intlLocale }: { order: Order; t: Translate; intlLocale: string }) {
  const steps = orderSteps(order, t);
  const when = (iso: string) =>
    dateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' }).format(
      new Date(iso),
    );
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading" className="font-semibold">
        {t('tracking.title')}
      </h2>
      <ol className="mt-3 space-y-0" data-testid="order-progress">
        {steps.map((s, i) => (
          <li
            key={s.key}
            aria-current={s.state === 'current' ? 'step' : undefined}
            className="relative flex gap-3 pb-5 last:pb-0"
          >
            {i < steps.length - 1 && (
              <span
                aria-hidden="true"
                className={`absolute top-6 left-[11px] h-[calc(100%-1.5rem)] w-0.5 ${s.state === 'upcoming' ? 'bg-line' : 'bg-ink'}`}
              />
            )}
            <span
              aria-hidden="true"
              className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border-2 text-xs font-semibold ${
                s.state === 'upcoming' ? 'border-line bg-white text-muted' : 'border-ink bg-ink text-white'
              }`}
            >
              {s.state === 'done' ? '✓' : i + 1}
            </span>
            <span className="text-sm">
              <span className="sr-only">{t('tracking.stepOf', { n: i + 1, total: steps.length })}: </span>
              <span className={`block ${s.state === 'upcoming' ? 'text-muted' : 'font-medium'}`}>{s.label}</span>
              <span className="block text-muted">
                {s.at ? <time dateTime={s.at}>{when(s.at)}</time> : null}
                <span className={s.at ? 'sr-only' : ''}>
                  {s.at ? ', ' : ''}
                  {t(STATE_TEXT[s.state])}
                </span>
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
