import 'server-only';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { stores } from '@/lib/db/schema';
import { dateTimeFormat } from '@/lib/i18n/formatters';
import { createTranslator, getMessages, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { formatMoney, type Money } from '@/lib/money';
import { directionsLinks } from '@/lib/stores/directions';
import { hoursSummary } from '@/lib/stores/hours-summary';
import { addressLine, storeTextIn } from '@/lib/stores/store-text';
import type { OutgoingMessage } from './outbox';

type OrderFacts = { id: string; number: string; email: string | null; phone: string | null; total: string };
type PickupFacts = { storeName: string; code: string; holdUntil: Date };

const day = (d: Date) =>
  d.toLocaleString('en-GB', { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'short' }) + ' (KST)';

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
  const t = createTranslator(getMessages(locale));
  const intl = INTL_LOCALE[locale];
  const at = (d: Date, timeZone: string) =>
    dateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);
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
        `${t('stores.hours')}: ${hoursSummary(p.store.hours, days, t('stores.closed')).join(', ')}`,
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
    `${t('order.lines')}:\n${items.join('\n')}`,
    t('email.viewOrder', { link: order.link }),
  ].join('\n\n');
  const sms = [
    t('email.smsPlaced', { number: order.number }),
    ...pickups.map((p) =>
      t('email.smsPickup', { store: p.store.name, date: at(p.readyBy, p.store.timezone), code: p.code }),
    ),
    order.link,
  ].join(' ');
  return both({ ...order, total }, 'order_placed', t('email.placedSubject', { number: order.number }), email, sms);
}

export function readyForPickupMessages(order: OrderFacts, pickup: PickupFacts): OutgoingMessage[] {
  return both(
    order,
    'pickup_ready',
    `Order ${order.number} is ready at ${pickup.storeName}`,
    `Your order ${order.number} is ready for pickup at ${pickup.storeName}. Show code ${pickup.code} at the counter by ${day(pickup.holdUntil)}.`,
    `Aisle: order ${order.number} is ready at ${pickup.storeName}. Code ${pickup.code}. Hold until ${day(pickup.holdUntil)}.`,
  );
}

export function pickupExpiredMessages(order: OrderFacts, pickup: PickupFacts): OutgoingMessage[] {
  return both(
    order,
    'pickup_expired',
    `Order ${order.number} was not collected`,
    `The hold on your order ${order.number} at ${pickup.storeName} ended and the items went back on the shelf. Anything you paid is refunded.`,
    `Aisle: the hold on order ${order.number} at ${pickup.storeName} has ended.`,
  );
}

export function otpMessage(phone: string, code: string, minutes: number): OutgoingMessage {
  return {
    channel: 'sms',
    to: phone,
    body: `Aisle: your code is ${code}. It expires in ${minutes} minutes. Never share it; Aisle staff will not ask for it.`,
    kind: 'otp',
  };
}

export function phoneMovedMessage(email: string, phoneDisplay: string): OutgoingMessage {
  return {
    channel: 'email',
    to: email,
    subject: 'Your phone number was linked to another Aisle account',
    body: `The phone number ${phoneDisplay} was just verified on another Aisle account, so it is no longer linked to yours and its in-store purchases no longer show in your order history. If this was not you, sign in and link your phone again.`,
    kind: 'phone_moved',
  };
}
