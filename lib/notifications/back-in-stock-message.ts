import 'server-only';
import { getMessages } from '@/lib/i18n/catalogs';
import { createTranslator, INTL_LOCALE, type Locale } from '@/lib/i18n/translate';
import { publicUrl } from '@/lib/site';
import type { OutgoingMessage } from './outbox';
import { localePath } from '@/lib/i18n/locale-path';

type Facts = {
  channel: 'email' | 'sms';
  to: string;
  locale: Locale;
  /** The product's title and the store's name in that locale (the base text where none was given). */
  title: string;
  handle: string;
  /** Colour and size, as the product page shows them. */
  options: string[];
  storeName: string;
};

/** The one message a back-in-stock request gets, in the language the shopper asked in. */
export function backInStockMessage(f: Facts): OutgoingMessage {
  const t = createTranslator(getMessages(f.locale), INTL_LOCALE[f.locale]);
  const item = f.options.length ? `${f.title} (${f.options.join(', ')})` : f.title;
  const link = `${publicUrl()}${localePath(f.locale, `/p/${f.handle}`)}`;
  const subject = t('notify.backInStockSubject', { store: f.storeName, title: f.title });
  const body = t('notify.backInStockBody', { item, store: f.storeName, link });
  // An e-mail has a subject to say who sends it; a text message names the shop in its body.
  return f.channel === 'email'
    ? { channel: 'email', to: f.to, subject, body, kind: 'back_in_stock' }
    : {
        channel: 'sms',
        to: f.to,
        body: t('notify.backInStockSms', { item, store: f.storeName, link }),
        kind: 'back_in_stock',
      };
}
