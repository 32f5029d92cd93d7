import type { marketsEn } from './markets-en';

/** マーケットの切り替えと、切り替えたときのバッグのお知らせ（日本語）。 */
export const marketsJa: Record<keyof typeof marketsEn, string> = {
  label: 'お届け先の国と通貨',
  KR: '韓国',
  JP: '日本',
  SG: 'シンガポール',
  US: 'アメリカ',
  changed: '{name}の価格（{currency}）で表示しています。',
  changeFailed: '国を変更できませんでした。もう一度お試しください。',
  marketNotice: 'バッグを{name}の価格（{currency}）に切り替えました。',
  keptNotice: 'バッグはアカウントの国、{name}の価格（{currency}）のままです。',
  priceNotice: '{title}：{from} から {to} に変わりました。',
  shipNotice: '{title}：店舗が対象の国の外にあるため、{name}の倉庫からお届けします。',
  droppedNotice: '{title} は{name}では販売できないため、バッグから外しました。',
  codeNotice: 'コード {code} は{name}では使えないため、解除しました。',
};
