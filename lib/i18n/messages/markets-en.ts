/** The market switch and what a market change tells about the bag (English). */
export const marketsEn = {
  label: 'Shipping market and currency',
  KR: 'Korea',
  JP: 'Japan',
  SG: 'Singapore',
  US: 'United States',
  changed: 'Prices are now in {currency} ({name}).',
  changeFailed: 'We could not change the market. Please try again.',
  marketNotice: 'Your bag is now priced for {name}, in {currency}.',
  keptNotice: 'Your bag stays priced for {name}, your account’s market, in {currency}.',
  priceNotice: '{title}: {from} is now {to}.',
  shipNotice: '{title}: now delivered from our {name} warehouse, as the store is outside that market.',
  droppedNotice: '{title} cannot be sold in {name}, so it left your bag.',
  codeNotice: 'Code {code} does not apply in {name}, so it was removed.',
};
