import 'server-only';
import { publicUrl } from '@/lib/site';
import type { OutgoingMessage } from './outbox';
import { localePath } from '@/lib/i18n/locale-path';

type Facts = {
  channel: 'email' | 'sms';
  to: string;
  locale: 'en' | 'ko';
  title: string;
  handle: string;
  /** Colour and size, as the product page shows them. */
  options: string[];
  storeName: string;
};

/** The one message a back-in-stock request gets, in the language the shopper asked in. */
export function backInStockMessage(f: Facts): OutgoingMessage {
  const item = f.options.length ? `${f.title} (${f.options.join(', ')})` : f.title;
  const link = `${publicUrl()}${localePath(f.locale, `/p/${f.handle}`)}`;
  const ko = f.locale === 'ko';
  const subject = ko ? `${f.storeName}에 다시 입고되었습니다: ${f.title}` : `Back at ${f.storeName}: ${f.title}`;
  const body = ko
    ? `요청하신 ${item} 상품이 ${f.storeName}에 다시 입고되었습니다. 수량이 많지 않을 수 있어요: ${link}`
    : `${item} is back in stock at ${f.storeName}. Stock may be limited: ${link}`;
  return f.channel === 'email'
    ? { channel: 'email', to: f.to, subject, body, kind: 'back_in_stock' }
    : { channel: 'sms', to: f.to, body: `Aisle: ${body}`, kind: 'back_in_stock' };
}
