import type { HelpPages } from './content';

/** The shop's policies in English; the Korean text (content-ko.ts) says the same. */
export const helpEn: HelpPages = {
  shipping: {
    title: 'Delivery and store pickup',
    intro:
      'Every order is either delivered from our online warehouse or reserved for pickup at one of our 12 stores, from the stock that store really has.',
    sections: [
      {
        heading: 'Delivery',
        items: [
          'We deliver anywhere in the Republic of Korea. Orders leave our online warehouse within 1–2 business days, and most arrive the next business day after that.',
          'Delivery is free on orders of ₩50,000 or more. Below that, the delivery fee is shown in your bag and at checkout before you pay.',
          'Jeju and other islands may take 1–2 extra days. We do not deliver outside Korea.',
          'The order page shows each step of your order. Signed-in shoppers find every order under Your account → Your orders; guests use the link in the confirmation e-mail or Find an order.',
        ],
      },
      {
        heading: 'Store pickup',
        items: [
          'Choose "Pick up at" a store on the product page: we reserve the items at that store when you place the order, so what you see is what is on its shelf.',
          'We e-mail or text you when the order is ready. Bring the pickup code (or its QR code) from the order page to the counter.',
          'We hold a pickup for 72 hours for signed-in shoppers and 24 hours for guests. If it is not collected by then, the items go back on sale and anything you paid is refunded.',
          'You can pay at the counter when you collect. To keep shelves fair, one shopper holds at most 10 items, 20 pieces and 5 of any one item for pickup at a time.',
        ],
      },
      {
        heading: 'Changing or cancelling an order',
        items: [
          'You can cancel an order yourself on its order page until it is ready for pickup (or, for delivery, until it ships). The reserved items go back on sale at once and the payment is voided, so nothing is charged.',
          'Once an order is ready or on its way, it can no longer be cancelled; return it instead (see Returns and exchanges).',
        ],
      },
    ],
  },
  returns: {
    title: 'Returns and exchanges',
    intro: 'Not right? Return it within 30 days of receiving it — in any Aisle store, or by courier.',
    sections: [
      {
        heading: 'What you can return',
        items: [
          'Items bought online or in store, within 30 days of delivery or purchase, unworn and unwashed, with their tags attached.',
          'Socks, underwear and face masks only in their unopened packaging, for hygiene reasons.',
          'Your statutory right to withdraw from an online purchase within 7 days of receiving it (Act on Consumer Protection in Electronic Commerce, Article 17) is not limited by this policy; our 30 days go beyond it.',
        ],
      },
      {
        heading: 'How to return',
        items: [
          'In store: bring the item and your order number (or the receipt) to any Aisle store. Store returns are free, and you can exchange on the spot for another size or colour the store has.',
          'By courier: call or e-mail customer care with your order number and we book a pickup from your address. For a change of mind, a return delivery fee of ₩3,000 is taken off the refund; if the item is faulty or not what you ordered, the return is free.',
        ],
      },
      {
        heading: 'Refunds',
        items: [
          'We refund to the way you paid within 3 business days of receiving the return. A card refund can take a few more days to show on your statement, depending on your card issuer.',
          'If an order was free of delivery and a return takes it below ₩50,000, the delivery fee is not charged afterwards.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Privacy policy',
    intro:
      'This policy says what personal information Aisle Co., Ltd. (the demo retailer running this shop) collects, why, how long we keep it and how you use your rights, as the Personal Information Protection Act asks.',
    sections: [
      {
        heading: '1. What we collect and why',
        items: [
          'Account: e-mail, name and a password (stored only as an argon2 hash) — to sign you in and keep your bag and orders.',
          'Orders: contact e-mail and phone, delivery address (recipient, phone, postcode, address), items and payment status — to fulfil, deliver and support your orders.',
          'Phone link (optional): the number you give at our tills, proven by a one-time code — to show your in-store purchases beside your online orders.',
          'Address book (optional): the addresses you save — to fill checkout for you.',
          'Location: a position you allow in the browser is used only there, to sort stores and find offers nearby. We never store precise location.',
        ],
      },
      {
        heading: '2. How long we keep it',
        items: [
          'Your account data, until you delete the account (Your account → Your data → Delete my account).',
          'Records the law makes us keep, even after deletion, without your name: contracts, withdrawals and payments for 5 years, consumer complaints for 3 years (Act on Consumer Protection in Electronic Commerce, Article 6); website access logs for 3 months (Protection of Communications Secrets Act).',
          'Password reset links expire after 30 minutes; one-time codes after 5 minutes.',
        ],
      },
      {
        heading: '3. Who else sees it',
        items: [
          'The Aisle store you pick up from, to hand over your order; our courier, for delivery (recipient, phone, address); the payment provider, to authorise and void payments.',
          'We do not sell personal information or share it for anyone else’s marketing.',
        ],
      },
      {
        heading: '4. Your rights',
        items: [
          'See and download everything we hold about you (Your account → Download my data), correct your name and addresses, and delete your account at any time.',
          'For anything else, write to our privacy officer: Jung Minho, Head of Privacy, privacy@aisle.example.',
        ],
      },
      {
        heading: '5. Cookies',
        items: [
          'We use only the cookies the shop needs: your sign-in session, your guest bag, and the language you chose. No advertising or tracking cookies.',
        ],
      },
    ],
  },
  terms: {
    title: 'Terms of use',
    intro: 'These terms apply when you shop with Aisle online, in the app or in our stores.',
    sections: [
      {
        heading: '1. The contract',
        items: [
          'Your order is an offer to buy. The contract is made when we confirm it by e-mail; prices include VAT and are those shown when you place the order.',
          'If an item sells out after you add it to your bag, checkout tells you and no order is placed for it.',
        ],
      },
      {
        heading: '2. Payment, pickup and delivery',
        items: [
          'Pickup orders can be paid at the counter. Delivery orders are paid at checkout.',
          'Pickup holds, delivery times and fees are as described in Delivery and store pickup.',
        ],
      },
      {
        heading: '3. Cancellations and returns',
        items: [
          'You may cancel an order until it is ready or shipped, and return items within 30 days as described in Returns and exchanges. Your statutory rights are not affected.',
        ],
      },
      {
        heading: '4. Your account',
        items: [
          'Keep your password to yourself. If you think someone else knows it, reset it with "Forgot your password?": every device is then signed out.',
          'Offer codes are for personal use, one per order unless the offer says otherwise.',
        ],
      },
      {
        heading: '5. Disputes',
        items: [
          'Contact customer care first; we answer within one business day. You may also turn to the Korea Consumer Agency (1372) or the E-commerce Mediation Committee. These terms are governed by the laws of the Republic of Korea.',
        ],
      },
    ],
  },
  contact: {
    title: 'Contact us',
    intro:
      'Questions about an order, a return or your account? Our customer centre answers by phone and e-mail; please give your order number. We answer e-mail within one business day.',
    sections: [
      {
        heading: 'Stores',
        items: [
          'For a pickup, call the store directly: every store’s phone number and opening hours are on Our stores.',
        ],
      },
    ],
  },
};
