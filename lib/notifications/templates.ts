import 'server-only';
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

export function orderPlacedMessages(order: OrderFacts, pickups: PickupFacts[]): OutgoingMessage[] {
  const pickupText = pickups
    .map((p) => `Pick up at ${p.storeName} with code ${p.code} by ${day(p.holdUntil)}.`)
    .join(' ');
  return both(
    order,
    'order_placed',
    `Aisle order ${order.number} is confirmed`,
    `Thank you for your order ${order.number} (${order.total}). ${pickupText} We will tell you when it is ready.`.trim(),
    `Aisle: order ${order.number} confirmed. ${pickups.map((p) => `${p.storeName} code ${p.code}`).join('; ')}`.trim(),
  );
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
