import type { Messages } from './en';

/** Japanese text of the shop's messages (see notify-en.ts). */
export const notifyJa: Messages['notify'] = {
  readySubject: '【Aisle】ご注文 {number} の商品を{store}でご用意しました',
  readyEmail:
    'ご注文 {number} の商品を{store}でご用意しました。{date}までに、カウンターで受け取りコード{code}をご提示ください。',
  readySms: 'Aisle：ご注文 {number} を{store}でご用意しました。受け取りコード{code}、{date}までお取り置きします。',
  expiredSubject: '【Aisle】ご注文 {number} のお取り置き期間が終了しました',
  expiredEmail:
    '{store}でお取り置きしていたご注文 {number} は、お取り置き期間が終了したため、商品を店頭に戻しました。お支払い済みの金額は全額返金いたします。',
  expiredSms: 'Aisle：{store}でのご注文 {number} のお取り置き期間が終了しました。',
  otpSms:
    'Aisle：確認コードは{code}です。有効期限は{minutes}分です。このコードは誰にも教えないでください。Aisleのスタッフがお尋ねすることはありません。',
  phoneMovedSubject: '【Aisle】お客様の電話番号が別のアカウントに連携されました',
  phoneMovedBody:
    '電話番号{phone}が別のAisleアカウントで確認されたため、お客様のアカウントとの連携は解除されました。この番号での店舗でのご購入は、今後ご注文履歴に表示されません。お心当たりのない場合は、ログインして電話番号をもう一度連携してください。',
  resetSubject: '【Aisle】パスワード再設定のご案内',
  resetBody:
    '以下のリンクから新しいパスワードを設定してください。リンクは1回限り、{minutes}分間有効です。\n\n{link}\n\nお心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
  changedSubject: '【Aisle】パスワードが変更されました',
  changedBody:
    'アカウントのパスワードが変更され、ほかのすべての端末からログアウトしました。お心当たりのない場合は、ただちに「パスワードをお忘れですか？」から再設定し、カスタマーセンター（{phone}）までご連絡ください。',
  cancelledSubject: '【Aisle】ご注文 {number} をキャンセルしました',
  cancelledEmail: 'ご依頼により、ご注文 {number} をキャンセルしました。{money}商品は販売に戻ります。',
  cancelledSms: 'Aisle：ご注文 {number} のキャンセルが完了しました。{money}',
  cancelledVoided: 'カードの与信（{total}）は取り消され、請求は発生しません。',
  cancelledNothingCharged: 'お支払いはありません。',
  backInStockSubject: '【Aisle】{store}に再入荷しました：{title}',
  backInStockBody: 'ご依頼いただいた{item}が{store}に再入荷しました。在庫に限りがございます：{link}',
  storeAddress: '〒{postalCode} {city}{street}',
  backInStockSms: 'Aisle：ご依頼いただいた{item}が{store}に再入荷しました。在庫に限りがございます：{link}',
  staffInviteSubject: '【Aisle】スタッフコンソールへのご招待',
  staffInviteBody:
    'Aisleスタッフコンソールに招待されました。以下のリンクからパスワードを設定してください。リンクは1回限り、{hours}時間有効です。\n\n{link}',
};
