import { describe, expect, it } from 'vitest';
import type { stores } from '@/lib/db/schema';
import { orderCancelledMessages, passwordResetMessage } from '@/lib/notifications/account-templates';
import { backInStockMessage } from '@/lib/notifications/back-in-stock-message';
import {
  orderPlacedMessages,
  otpMessage,
  pickupExpiredMessages,
  readyForPickupMessages,
} from '@/lib/notifications/templates';

/* The messages a Japanese shopper causes are written in Japanese, with the store's own clock. */

const shibuya: typeof stores.$inferSelect = {
  id: 'str_shibuya',
  slug: 'shibuya',
  name: 'Aisle Shibuya',
  street: '1-2-3 Jinnan',
  city: 'Shibuya-ku, Tokyo',
  region: 'JP-13',
  postalCode: '150-0041',
  country: 'JP',
  lat: 35.6625,
  lng: 139.6998,
  phone: '+81334560000',
  timezone: 'Asia/Tokyo',
  hours: Array.from({ length: 7 }, () => ({ open: '11:00', close: '21:00' })),
  climate: 'mild',
  pickup: true,
  translations: { ja: { name: 'Aisle 渋谷', street: '神南1-2-3', city: '東京都渋谷区' } },
};

const order = { id: 'ord_1', number: 'AI-261202-7KQ2M', email: 'hanako@example.jp', phone: '+819012345678' };
// 09:00 UTC: 18:00 in Tokyo, 17:00 in Singapore (Seoul would say 18:00 too).
const holdUntil = new Date('2026-12-02T09:00:00Z');
const readyBy = new Date('2026-12-01T05:00:00Z');
const ENGLISH = /\b(Order|order|ready|Pick up|Thank|Code|Hold|until)\b/;

const email = (messages: { channel: string; subject?: string; body: string }[]) =>
  messages.find((m) => m.channel === 'email')!;
const sms = (messages: { channel: string; body: string }[]) => messages.find((m) => m.channel === 'sms')!;

describe('Japanese notification templates', () => {
  it('the order confirmation is Japanese: yen total, the store as written in Japan, times in Tokyo', () => {
    const messages = orderPlacedMessages(
      {
        ...order,
        total: { amount: 12000, currency: 'JPY' },
        link: 'https://aisle.example/orders/ord_1?token=t',
        lines: [
          {
            title: 'ライトダウンジャケット',
            options: 'ブラック · M',
            quantity: 1,
            lineTotal: { amount: 12000, currency: 'JPY' },
          },
        ],
        collector: null,
      },
      [{ code: '7KQ2MX', holdUntil, readyBy, store: shibuya }],
      'ja',
    );
    const mail = email(messages);
    expect(mail.subject).toBe('【Aisle】ご注文 AI-261202-7KQ2M を承りました');
    expect(mail.body).toContain('ご注文 AI-261202-7KQ2M（￥12,000）をいただき、ありがとうございます。');
    expect(mail.body).toContain('受け取り店舗：Aisle 渋谷');
    expect(mail.body).toContain('〒150-0041 東京都渋谷区神南1-2-3');
    expect(mail.body).toContain('ご用意予定：2026/12/01 14:00');
    expect(mail.body).toContain('2026/12/02 18:00までお取り置きします。');
    expect(mail.body).toContain('受け取りコード：7KQ2MX');
    expect(mail.body).toContain('営業時間：');
    expect(mail.body).toContain('- ライトダウンジャケット (ブラック · M) × 1 — ￥12,000');
    expect(mail.body).not.toMatch(ENGLISH);
    expect(mail.body).not.toMatch(/[{}]/);
    expect(sms(messages).body).toMatch(
      /^Aisle：ご注文 AI-261202-7KQ2M を承りました。 2026\/12\/01 14:00からAisle 渋谷で/,
    );
  });

  it('pickup ready is Japanese and tells the hold in the store’s time zone', () => {
    const messages = readyForPickupMessages(
      { ...order, total: '￥12,000' },
      { storeName: 'Aisle オーチャード', code: '7KQ2MX', holdUntil, timeZone: 'Asia/Singapore' },
      'ja',
    );
    const mail = email(messages);
    expect(mail.subject).toBe('【Aisle】ご注文 AI-261202-7KQ2M の商品をAisle オーチャードでご用意しました');
    expect(mail.body).toBe(
      'ご注文 AI-261202-7KQ2M の商品をAisle オーチャードでご用意しました。2026/12/02 17:00までに、カウンターで受け取りコード7KQ2MXをご提示ください。',
    );
    expect(sms(messages).body).toBe(
      'Aisle：ご注文 AI-261202-7KQ2M をAisle オーチャードでご用意しました。受け取りコード7KQ2MX、2026/12/02 17:00までお取り置きします。',
    );
    // The same order in English keeps its English words, in the same store time.
    const en = readyForPickupMessages(
      { ...order, total: '¥12,000' },
      { storeName: 'Aisle Orchard', code: '7KQ2MX', holdUntil, timeZone: 'Asia/Singapore' },
      'en',
    );
    expect(email(en).body).toBe(
      'Your order AI-261202-7KQ2M is ready for pickup at Aisle Orchard. Show code 7KQ2MX at the counter by Dec 2, 2026, 5:00 PM.',
    );
  });

  it('expired, cancelled, back in stock, codes and password resets read Japanese too', () => {
    const texts = [
      ...pickupExpiredMessages(
        { ...order, total: '￥12,000' },
        { storeName: 'Aisle 渋谷', code: '7KQ2MX', holdUntil, timeZone: 'Asia/Tokyo' },
        'ja',
      ),
      ...orderCancelledMessages({ ...order, total: '￥12,000', refunded: true }, 'ja'),
      backInStockMessage({
        channel: 'sms',
        to: '+819012345678',
        locale: 'ja',
        title: 'レザーブーツ',
        handle: 'leather-boots',
        options: ['ブラウン', '250'],
        storeName: 'Aisle 渋谷',
      }),
      otpMessage('+819012345678', '123456', 5, 'ja'),
      passwordResetMessage('hanako@example.jp', 'https://aisle.example/reset?t=x', 30, 'ja'),
    ];
    for (const m of texts) {
      expect(m.body).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(m.body).not.toMatch(ENGLISH);
      expect(m.body).not.toMatch(/[{}]/);
    }
    expect(email(texts.slice(2, 4)).subject).toBe('【Aisle】ご注文 AI-261202-7KQ2M をキャンセルしました');
    expect(texts.find((m) => m.kind === 'back_in_stock')!.body).toMatch(
      /^Aisle：ご依頼いただいたレザーブーツ \(ブラウン, 250\)がAisle 渋谷に再入荷しました。/,
    );
    expect(texts.find((m) => m.kind === 'otp')!.body).toBe(
      'Aisle：確認コードは123456です。有効期限は5分です。このコードは誰にも教えないでください。Aisleのスタッフがお尋ねすることはありません。',
    );
  });
});
