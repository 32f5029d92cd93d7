import 'server-only';
import type { Locale } from '@/lib/i18n/translate';
import type { OutgoingMessage } from './outbox';

/* Account and cancellation messages, in the locale of the shopper when they were caused. */

export function passwordResetMessage(email: string, link: string, minutes: number, locale: Locale): OutgoingMessage {
  const text =
    locale === 'ko'
      ? {
          subject: 'Aisle 비밀번호 재설정',
          body: `아래 링크에서 새 비밀번호를 설정하세요. 링크는 ${minutes}분 동안 한 번만 쓸 수 있습니다.\n\n${link}\n\n요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.`,
        }
      : {
          subject: 'Reset your Aisle password',
          body: `Set a new password with this link. It works once, for ${minutes} minutes.\n\n${link}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.`,
        };
  return { channel: 'email', to: email, kind: 'password_reset', ...text };
}

export function passwordChangedMessage(email: string, locale: Locale): OutgoingMessage {
  const text =
    locale === 'ko'
      ? {
          subject: 'Aisle 비밀번호가 변경되었습니다',
          body: '계정 비밀번호가 방금 변경되었고, 다른 모든 기기에서 로그아웃되었습니다. 본인이 아니라면 비밀번호 찾기로 즉시 재설정하고 고객센터(02-3499-1800)로 연락해 주세요.',
        }
      : {
          subject: 'Your Aisle password was changed',
          body: 'The password of your account was just changed and every other device was signed out. If this was not you, reset it at once with "Forgot password" and call customer care on 02-3499-1800.',
        };
  return { channel: 'email', to: email, kind: 'password_changed', ...text };
}

export function orderCancelledMessages(
  order: { id: string; number: string; email: string | null; phone: string | null; total: string; refunded: boolean },
  locale: Locale,
): OutgoingMessage[] {
  const ko = locale === 'ko';
  const money = order.refunded
    ? ko
      ? `카드 승인(${order.total})은 취소되어 청구되지 않습니다.`
      : `The card authorisation of ${order.total} is voided; you will not be charged.`
    : ko
      ? '결제된 금액이 없습니다.'
      : 'Nothing was charged.';
  const subject = ko ? `Aisle 주문 ${order.number}이 취소되었습니다` : `Aisle order ${order.number} is cancelled`;
  const body = ko
    ? `요청하신 대로 주문 ${order.number}을 취소했습니다. ${money} 상품은 다시 판매됩니다.`
    : `As you asked, order ${order.number} is cancelled. ${money} The items are back on sale.`;
  const sms = ko
    ? `Aisle: 주문 ${order.number} 취소 완료. ${money}`
    : `Aisle: order ${order.number} cancelled. ${money}`;
  return [
    ...(order.email
      ? [{ channel: 'email' as const, to: order.email, subject, body, kind: 'order_cancelled', orderId: order.id }]
      : []),
    ...(order.phone
      ? [{ channel: 'sms' as const, to: order.phone, body: sms, kind: 'order_cancelled', orderId: order.id }]
      : []),
  ];
}
