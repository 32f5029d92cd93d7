import { BuyAgainPicker } from '@/components/orders/buy-again-picker';
import { DirectionsLinks } from '@/components/stores/directions-links';
import { hoursSummary } from '@/lib/stores/hours-summary';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { ChannelBadge } from '@/components/orders/channel-badge';
import { CancelOrderButton } from '@/components/orders/cancel-order-button';
import { OrderProgress } from '@/components/orders/order-progress';
import type { Order } from '@/lib/orders/schema';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { formatDateTime, SHOP_TIME_ZONE } from '@/lib/i18n/formatters';
import { deliveryName, estimateText } from '@/lib/delivery/format';
import { LineOptions } from '@/components/catalog/line-options';

const STATUS: Record<Order['status'], MessageKey> = {
  placed: 'order.statusPlaced',
  ready: 'order.statusReady',
  collected: 'order.statusCollected',
  expired: 'order.statusExpired',
  cancelled: 'order.statusCancelled',
};

/** A moment at a store, in the store's own time zone (a pickup happens there). */
const when = (iso: string, intlLocale: string, timeZone = SHOP_TIME_ZONE) =>
  formatDateTime(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }, new Date(iso));

/** An order as its shopper sees it: status, pickup code (text and QR), lines and totals. */
export function OrderDetail(props: {
  order: Order;
  qrSvgs: Record<string, string>;
  t: Translate;
  intlLocale: string;
  fresh: boolean;
  /** A guest's access token, so "buy again" works from the confirmation link too. */
  token?: string;
}) {
  const { order, t, intlLocale } = props;
  return (
    <div className="space-y-8">
      {props.fresh && <p className="rounded-lg bg-green-50 px-4 py-3 text-sm text-ok">{t('order.thanks')}</p>}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="flex items-center gap-2 text-sm">
          <ChannelBadge channel={order.channel} t={t} />
          {order.channel === 'store' && <span>{t('order.boughtAt', { store: order.storeName ?? '' })}</span>}
        </p>
        <BuyAgainPicker order={order} token={props.token} />
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">{t('order.status')}</dt>
          <dd className="font-medium" data-testid="order-status">
            {t(STATUS[order.status])}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('order.total')}</dt>
          <dd className="font-medium">{formatMoney(order.total, intlLocale)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('checkout.payment')}</dt>
          <dd className="font-medium">
            {order.payment.method === 'in_store'
              ? t('order.paidInStore')
              : order.payment.status === 'voided'
                ? t('tracking.paymentVoided')
                : order.payment.status === 'authorized'
                  ? t('order.paymentAuthorized')
                  : t('order.paymentDue')}
          </dd>
        </div>
      </dl>
      {order.status === 'cancelled' && (
        <p role="status" className="rounded-lg border border-line bg-white px-4 py-3 text-sm">
          {t('tracking.cancelledNotice')}
        </p>
      )}
      {order.channel === 'online' && <OrderProgress order={order} t={t} intlLocale={intlLocale} />}
      {order.channel === 'online' &&
        order.status === 'placed' &&
        order.pickups.every((p) => p.status === 'reserved') && (
          <CancelOrderButton orderId={order.id} number={order.number} token={props.token} />
        )}
      {order.pickups
        .filter((p) => p.status !== 'cancelled')
        .map((p) => (
          <section
            key={p.storeId}
            aria-label={t('order.pickupAt', { store: p.storeName })}
            className="flex flex-col gap-6 rounded-xl border border-line bg-white p-5 sm:flex-row"
          >
            <div className="flex-1 space-y-3">
              <h2 className="font-semibold">{t('order.pickupAt', { store: p.storeName })}</h2>
              {p.readyBy && (
                <p className="font-medium" data-testid="ready-by">
                  {t('order.readyBy', { date: when(p.readyBy, intlLocale, p.store.timezone) })}
                </p>
              )}
              <div>
                <p className="text-sm text-muted">{t('order.pickupCode')}</p>
                <p className="font-mono text-3xl tracking-[0.3em]" data-testid="pickup-code">
                  {p.code}
                </p>
                <p className="mt-1 text-sm text-muted">{t('order.pickupCodeHint')}</p>
              </div>
              <p className="text-sm" data-testid="hold-until">
                {t('order.holdUntil', { date: when(p.holdUntil, intlLocale, p.store.timezone) })}
              </p>
              {order.collector && (
                <p className="text-sm" data-testid="collector">
                  {t('order.collectedBy', {
                    name:
                      order.collector.name +
                      (order.collector.phone
                        ? ` (${parsePhoneNumberFromString(order.collector.phone)?.formatNational() ?? order.collector.phone})`
                        : ''),
                  })}
                </p>
              )}
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-muted">{t('order.address')}</dt>
                <dd data-testid="store-address">
                  {p.store.street}, {p.store.city} {p.store.postalCode} ·{' '}
                  <a href={`tel:${p.store.phone}`} className="underline">
                    {parsePhoneNumberFromString(p.store.phone)?.formatNational() ?? p.store.phone}
                  </a>
                </dd>
                <dt className="text-muted">{t('stores.hours')}</dt>
                <dd data-testid="store-hours">
                  {hoursSummary(p.store.hours, t('stores.weekdays').split(','), t('stores.closed')).join(' · ')}
                </dd>
              </dl>
              <DirectionsLinks store={{ name: p.storeName, lat: p.store.lat, lng: p.store.lng }} t={t} />
            </div>
            <div
              role="img"
              aria-label={t('order.qrLabel', { code: p.code })}
              className="size-40 shrink-0"
              // Generated on the server from the pickup code by the qrcode library: no user markup.
              dangerouslySetInnerHTML={{ __html: props.qrSvgs[p.storeId] ?? '' }}
            />
          </section>
        ))}
      {order.shippingAddress && (
        <section>
          <h2 className="font-semibold">{t('order.delivery')}</h2>
          <p className="mt-1 text-sm text-muted">
            {order.shippingAddress.name}, {order.shippingAddress.line1}
            {order.shippingAddress.line2 ? `, ${order.shippingAddress.line2}` : ''}, {order.shippingAddress.city}{' '}
            {order.shippingAddress.postalCode}
          </p>
          {order.shipFromStore && (
            <p className="mt-1 text-sm">{t('order.shipsFrom', { store: order.shipFromStore.name })}</p>
          )}
          {order.delivery && (
            <p className="mt-1 text-sm" data-testid="order-delivery-estimate">
              {deliveryName(order.delivery.option, t)} · {estimateText(order.delivery.estimate, t, intlLocale)}
            </p>
          )}
        </section>
      )}
      <section>
        <h2 className="font-semibold">{t('order.lines')}</h2>
        <ul className="mt-2 divide-y divide-line border-y border-line text-sm">
          {order.lines.map((l) => (
            <li key={`${l.sku}-${l.fulfillment.type}`} className="flex justify-between gap-4 py-3">
              <span>
                <span lang={l.titleLang}>{l.title}</span> × {l.quantity}
                <span className="block text-muted">
                  <LineOptions options={l.options} labels={l.optionLabels} /> · {l.sku}
                </span>
              </span>
              <span>{formatMoney(l.lineTotal, intlLocale)}</span>
            </li>
          ))}
        </ul>
        {(order.discounts.length > 0 || order.delivery) && (
          <dl className="mt-3 space-y-1 text-sm">
            <div className="flex justify-between">
              <dt>{t('cart.subtotal')}</dt>
              <dd>{formatMoney(order.subtotal, intlLocale)}</dd>
            </div>
            {order.discounts.map((d) => (
              <div key={d.offerId} className="flex justify-between text-ok">
                <dt>{d.title}</dt>
                <dd>−{formatMoney(d.amount, intlLocale)}</dd>
              </div>
            ))}
            {order.delivery && (
              <div className="flex justify-between" data-testid="order-delivery-fee">
                <dt>{deliveryName(order.delivery.option, t)}</dt>
                <dd>
                  {order.delivery.fee.amount === 0 ? t('delivery.free') : formatMoney(order.delivery.fee, intlLocale)}
                </dd>
              </div>
            )}
            <div className="flex justify-between font-semibold">
              <dt>{t('order.total')}</dt>
              <dd>{formatMoney(order.total, intlLocale)}</dd>
            </div>
          </dl>
        )}
      </section>
    </div>
  );
}
