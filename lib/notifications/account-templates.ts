import 'server-only';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { BUSINESS } from '@/lib/legal/business';
import type { OutgoingMessage } from './outbox';

/* Account and cancellation messages, in the locale of the shopper when they were caused. */

const words = (locale: Locale) => createTranslator(getMessages(locale), INTL_LOCALE[locale]);

export function passwordResetMessage(email: string, link: string, minutes: number, locale: Locale): OutgoingMessage {
  const t = words(locale);
  return {
    channel: 'email',
    to: email,
    kind: 'password_reset',
    subject: t('notify.resetSubject'),
    body: t('notify.resetBody', { minutes, link }),
  };
}

export function passwordChangedMessage(email: string, locale: Locale): OutgoingMessage {
  const t = words(locale);
  return {
    channel: 'email',
    to: email,
    kind: 'password_changed',
    subject: t('notify.changedSubject'),
    body: t('notify.changedBody', { phone: BUSINESS.phone }),
  };
}

export function orderCancelledMessages(
  order: { id: string; number: string; email: string | null; phone: string | null; total: string; refunded: boolean },
  locale: Locale,
): OutgoingMessage[] {
  const t = words(locale);
  const money = order.refunded
    ? t('notify.cancelledVoided', { total: order.total })
    : t('notify.cancelledNothingCharged');
  const subject = t('notify.cancelledSubject', { number: order.number });
  const body = t('notify.cancelledEmail', { number: order.number, money });
  const sms = t('notify.cancelledSms', { number: order.number, money });
  return [
    ...(order.email
      ? [{ channel: 'email' as const, to: order.email, subject, body, kind: 'order_cancelled', orderId: order.id }]
      : []),
    ...(order.phone
      ? [{ channel: 'sms' as const, to: order.phone, body: sms, kind: 'order_cancelled', orderId: order.id }]
      : []),
  ];
}
