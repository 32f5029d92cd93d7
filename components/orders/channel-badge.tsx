import type { Translate } from '@/lib/i18n/translate';
import type { Order } from '@/lib/orders/schema';

/** Whether an order was bought online or at a till, as a small pill (amber for the store). */
export function ChannelBadge({ channel, t }: { channel: Order['channel']; t: Translate }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${channel === 'store' ? 'bg-amber-100 text-amber-900' : 'bg-stone-200 text-ink'}`}
    >
      {t(channel === 'store' ? 'order.channelStore' : 'order.channelOnline')}
    </span>
  );
}
