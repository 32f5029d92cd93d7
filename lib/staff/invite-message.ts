import 'server-only';
import type { Locale } from '@/lib/i18n/translate';
import type { OutgoingMessage } from '@/lib/notifications/outbox';

/** The invitation e-mail with the one-time set-password link, in the inviter's language. */
export function staffInviteMessage(email: string, link: string, hours: number, locale: Locale): OutgoingMessage {
  const text =
    locale === 'ko'
      ? {
          subject: 'Aisle 매장 콘솔 초대',
          body: `Aisle 매장 콘솔에 초대되었습니다. 아래 링크에서 비밀번호를 설정하세요. 링크는 ${hours}시간 동안 한 번만 쓸 수 있습니다.\n\n${link}`,
        }
      : {
          subject: 'You are invited to the Aisle staff console',
          body: `You have been invited to the Aisle staff console. Set your password with this link. It works once, for ${hours} hours.\n\n${link}`,
        };
  return { channel: 'email', to: email, kind: 'staff_invite', ...text };
}
