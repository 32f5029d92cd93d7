import 'server-only';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { stores } from '@/lib/db/schema';
import { formatDateTime } from '@/lib/i18n/formatters';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, type Locale, type Translate } from '@/lib/i18n/translate';
import { formatMoney, type Money } from '@/lib/money';
import { directionsLinks } from '@/lib/stores/directions';
import { hoursSummary } from '@/lib/stores/hours-summary';
import { addressLine, storeTextIn } from '@/lib/stores/store-text';
import type { OutgoingMessage } from './outbox';

type OrderFacts = { id: string; number: string; email: string | null; phone: string | null; total: string };
/** The store's name as the shopper's locale writes it, and its clock: deadlines are told in the store's time. */
type PickupFacts = { storeName: string; code: string; holdUntil: Date; timeZone: string };

/** The words and the clock of a message in `locale`. */
function wording(locale: Locale): { t: Translate; intl: string; at: (d: Date, timeZone: string) => string } {
  const intl = INTL_LOCALE[locale];
  return {
    t: createTranslator(getMessages(locale), intl),
    intl,
    at: (d, timeZone) => formatDateTime(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone }, d),
  };
}

function both(order: OrderFacts, kind: string, subject: string, email: string, sms: string): OutgoingMessage[] {
  return [
    ...(order.email
      ? [{ channel: 'email' as const, to: order.email, subject, body: email, kind, orderId: order.id }]
      : []),
    ...(order.phone ? [{ channel: 'sms' as const, to: order.phone, body: sms, kind, orderId: order.id }] : []),
  ];
}

/** What the confirmation tells: the order, its link (with the guest's token), its items and who collects. */
type PlacedFacts = Omit<OrderFacts, 'total'> & {
  total: Money;
  link: string;
  lines: { title: string; options: string; quantity: number; lineTotal: Money }[];
  collector: { name: string; phone: string | null } | null;
};
type PlacedPickup = {
  code: string;
  holdUntil: Date;
  readyBy: Date;
  store: typeof stores.$inferSelect;
};

/**
 * The confirmation, in the shopper's language: for each pickup the store's address, hours and
 * directions, when it is ready and until when it is held (in the store's time zone), the code;
 * then the items and the link to the order.
 */
export function orderPlacedMessages(order: PlacedFacts, pickups: PlacedPickup[], locale: Locale): OutgoingMessage[] {
  const { t, intl, at } = wording(locale);
  const days = t('stores.weekdays').split(',');
  const apps = { kakao: t('stores.kakaoMap'), naver: t('stores.naverMap'), google: t('stores.googleMaps') };
  const pickupText = pickups
    .map((p) => ({ ...p, text: storeTextIn(p.store, locale) }))
    .map((p) =>
      [
        t('email.pickupAt', { store: p.text.name }),
        `${addressLine({ ...p.store, ...p.text }, p.text.streetLang ?? locale)} · ${parsePhoneNumberFromString(p.store.phone)?.formatNational() ?? p.store.phone}`,
        t('email.readyBy', { date: at(p.readyBy, p.store.timezone) }),
        t('email.pickupCode', { code: p.code }),
        t('email.holdUntil', { date: at(p.holdUntil, p.store.timezone) }),
        ...(order.collector
          ? [
              t('email.collectedBy', {
                name:
                  order.collector.name +
                  (order.collector.phone
                    ? ` (${parsePhoneNumberFromString(order.collector.phone)?.formatNational() ?? order.collector.phone})`
                    : ''),
              }),
            ]
          : []),
        `${t('stores.hours')}${t('site.colon')}${hoursSummary(p.store.hours, days, t('stores.closed')).join(', ')}`,
        t('stores.directions'),
        ...directionsLinks(p.store).map((d) => `  ${apps[d.app]}: ${d.url}`),
      ].join('\n'),
    );
  const items = order.lines.map(
    (l) => `- ${l.title}${l.options ? ` (${l.options})` : ''} × ${l.quantity} — ${formatMoney(l.lineTotal, intl)}`,
  );
  const total = formatMoney(order.total, intl);
  const email = [
    t('email.thanks', { number: order.number, total }),
    ...pickupText,
    `${t('order.lines')}${t('site.colon').trim()}\n${items.join('\n')}`,
    t('email.viewOrder', { link: order.link }),
  ].join('\n\n');
  const sms = [
    t('email.smsPlaced', { number: order.number }),
    ...pickups.map((p) =>
      t('email.smsPickup', {
        store: storeTextIn(p.store, locale).name,
        date: at(p.readyBy, p.store.timezone),
        code: p.code,
      }),
    ),
    order.link,
  ].join(' ');
  return both({ ...order, total }, 'order_placed', t('email.placedSubject', { number: order.number }), email, sms);
}

/** The pickup is ready: where, the code, and until when it is held, in the shopper's language and the store's time. */
export function readyForPickupMessages(order: OrderFacts, pickup: PickupFacts, locale: Locale): OutgoingMessage[] {
  const { t, at } = wording(locale);
  const vars = {
    number: order.number,
    store: pickup.storeName,
    code: pickup.code,
    date: at(pickup.holdUntil, pickup.timeZone),
  };
  return both(
    order,
    'pickup_ready',
    t('notify.readySubject', vars),
    t('notify.readyEmail', vars),
    t('notify.readySms', vars),
  );
}

export function pickupExpiredMessages(order: OrderFacts, pickup: PickupFacts, locale: Locale): OutgoingMessage[] {
  const { t } = wording(locale);
  const vars = { number: order.number, store: pickup.storeName };
  return both(
    order,
    'pickup_expired',
    t('notify.expiredSubject', vars),
    t('notify.expiredEmail', vars),
    t('notify.expiredSms', vars),
  );
}

export function otpMessage(phone: string, code: string, minutes: number, locale: Locale): OutgoingMessage {
  return { channel: 'sms', to: phone, body: wording(locale).t('notify.otpSms', { code, minutes }), kind: 'otp' };
}

export function phoneMovedMessage(email: string, phoneDisplay: string, locale: Locale): OutgoingMessage {
  const { t } = wording(locale);
  return {
    channel: 'email',
    to: email,
    subject: t('notify.phoneMovedSubject'),
    body: t('notify.phoneMovedBody', { phone: phoneDisplay }),
    kind: 'phone_moved',
  };
}
