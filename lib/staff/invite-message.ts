import 'server-only';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import type { OutgoingMessage } from '@/lib/notifications/outbox';

/** The invitation e-mail with the one-time set-password link, in the inviter's language. */
export function staffInviteMessage(email: string, link: string, hours: number, locale: Locale): OutgoingMessage {
  const t = createTranslator(getMessages(locale), INTL_LOCALE[locale]);
  return {
    channel: 'email',
    to: email,
    kind: 'staff_invite',
    subject: t('notify.staffInviteSubject'),
    body: t('notify.staffInviteBody', { hours, link }),
  };
}
