/**
 * English text of the messages the shop sends (e-mail and SMS) beyond the order confirmation
 * (`email.*`): each is written in the locale the shopper used when it was caused.
 */
export const notifyEn = {
  readySubject: 'Order {number} is ready at {store}',
  readyEmail: 'Your order {number} is ready for pickup at {store}. Show code {code} at the counter by {date}.',
  readySms: 'Aisle: order {number} is ready at {store}. Code {code}. Hold until {date}.',
  expiredSubject: 'Order {number} was not collected',
  expiredEmail:
    'The hold on your order {number} at {store} ended and the items went back on the shelf. Anything you paid is refunded.',
  expiredSms: 'Aisle: the hold on order {number} at {store} has ended.',
  otpSms:
    'Aisle: your code is {code}. It expires in {minutes} minutes. Never share it; Aisle staff will not ask for it.',
  phoneMovedSubject: 'Your phone number was linked to another Aisle account',
  phoneMovedBody:
    'The phone number {phone} was just verified on another Aisle account, so it is no longer linked to yours and its in-store purchases no longer show in your order history. If this was not you, sign in and link your phone again.',
  resetSubject: 'Reset your Aisle password',
  resetBody:
    'Set a new password with this link. It works once, for {minutes} minutes.\n\n{link}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.',
  changedSubject: 'Your Aisle password was changed',
  changedBody:
    'The password of your account was just changed and every other device was signed out. If this was not you, reset it at once with "Forgot password" and call customer care on {phone}.',
  cancelledSubject: 'Aisle order {number} is cancelled',
  cancelledEmail: 'As you asked, order {number} is cancelled. {money} The items are back on sale.',
  cancelledSms: 'Aisle: order {number} cancelled. {money}',
  cancelledVoided: 'The card authorisation of {total} is voided; you will not be charged.',
  cancelledNothingCharged: 'Nothing was charged.',
  backInStockSubject: 'Back at {store}: {title}',
  backInStockBody: '{item} is back in stock at {store}. Stock may be limited: {link}',
  storeAddress: '{street}, {city} {postalCode}',
  backInStockSms: 'Aisle: {item} is back in stock at {store}. Stock may be limited: {link}',
  staffInviteSubject: 'You are invited to the Aisle staff console',
  staffInviteBody:
    'You have been invited to the Aisle staff console. Set your password with this link. It works once, for {hours} hours.\n\n{link}',
};
