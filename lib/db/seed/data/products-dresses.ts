import type { SeedProduct } from './types';

/** Dresses & Skirts: dresses. */
export const dressProducts: SeedProduct[] = [
  {
    handle: 'linen-midi-shirt-dress',
    title: 'Linen Midi Shirt Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A relaxed shirt dress in washed European linen with a full button front, roll-up sleeves and a removable tie belt. Wear it buttoned as a dress or open over trousers as a duster. Machine wash cold, line dry.',
    price: 99000,
    colors: [
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['linen', 'shirt-dress', 'midi', 'summer'],
    featured: true,
  },
  {
    handle: 'ribbed-knit-midi-dress',
    title: 'Ribbed Knit Midi Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A close-fitting rib-knit dress in a soft viscose blend with a high crew neck and long sleeves. It falls to mid-calf and layers well under a long coat. Hand wash cold, dry flat.',
    price: 79000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Mocha', hex: '7a5c4a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['knit', 'rib', 'midi', 'bodycon'],
  },
  {
    handle: 'poplin-tiered-maxi-dress',
    title: 'Poplin Tiered Maxi Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A floaty maxi in crisp cotton poplin with three gathered tiers, a square neck and short puff sleeves. Fully lined through the bodice. Machine wash cold.',
    price: 89000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Sky Blue', hex: '9cc3e4' },
      { name: 'Butter', hex: 'f1e2a4' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['cotton', 'poplin', 'maxi', 'tiered', 'summer'],
    availability: 'online-only',
  },
  {
    handle: 'jersey-wrap-dress',
    title: 'Jersey Wrap Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A true wrap dress in a weighty matte jersey with a little stretch, so it moves with you and never needs ironing. The adjustable tie waist flatters every shape. Machine wash cold.',
    price: 69000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Forest', hex: '2f4a3a' },
      { name: 'Wine', hex: '5b1a2a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['jersey', 'wrap-dress', 'easy-care', 'workwear'],
  },
  {
    handle: 'satin-bias-cut-slip-dress',
    title: 'Satin Bias-Cut Slip Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A liquid-drape slip dress in a heavy satin cut on the bias, with adjustable spaghetti straps and a cowl neck. Layer it over a tee by day or wear it alone in the evening. Limited run; hand wash or dry clean.',
    price: 119000,
    colors: [
      { name: 'Champagne', hex: 'e3d3b4' },
      { name: 'Black', hex: '111111' },
      { name: 'Olive', hex: '5b5f3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L'],
    tags: ['satin', 'slip-dress', 'bias-cut', 'evening'],
    availability: 'limited',
  },
  {
    handle: 'corduroy-pinafore-dress',
    title: 'Corduroy Pinafore Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A knee-length pinafore in a fine-wale cotton corduroy with adjustable buckle straps and a large front pocket. Layer over a roll neck or a striped tee. Available in our stores.',
    price: 79000,
    colors: [
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Mustard', hex: 'c99a2e' },
    ],
    sizes: ['XS', 'S', 'M', 'L'],
    tags: ['corduroy', 'pinafore', 'cotton', 'layering'],
    availability: 'store-only',
  },
  {
    handle: 'merino-knit-dress',
    title: 'Merino Wool Knit Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A fine-gauge merino wool dress with a funnel neck and a straight, easy shape that falls just below the knee. Warm, breathable and naturally odour resistant for long winter days. Wool cycle, dry flat.',
    price: 149000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['merino', 'wool', 'knit-dress', 'winter'],
  },
  {
    handle: 'denim-button-front-dress',
    title: 'Denim Button-Front Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'A sleeveless midi in an 8 oz cotton denim with a full snap front, patch pockets and a self-tie belt. Wear it alone in summer or over a tee in spring. Machine wash cold.',
    price: 89000,
    colors: [
      { name: 'Indigo', hex: '2b3a5c' },
      { name: 'Light Wash', hex: '9bb5cf' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['denim', 'midi', 'sleeveless', 'cotton'],
  },
  {
    handle: 'organic-cotton-tshirt-dress',
    title: 'Organic Cotton T-Shirt Dress',
    category: 'dresses',
    kind: 'dress',
    description:
      'An oversized tee stretched to a knee-length dress, in a 200 g/m² organic cotton jersey. Side slits and dropped shoulders keep it easy. Machine wash cold.',
    price: 39000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Ecru', hex: 'e9e1cf' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['organic-cotton', 't-shirt-dress', 'jersey', 'casual'],
    availability: 'online-only',
  },
];
