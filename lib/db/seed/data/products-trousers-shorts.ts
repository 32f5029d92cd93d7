import type { SeedProduct } from './types';

/** Trousers & Jeans: trousers, chinos, joggers and shorts. */
export const trouserAndShortsProducts: SeedProduct[] = [
  {
    handle: 'pleated-wool-trousers',
    title: 'Pleated Wool Trousers',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Double-pleated trousers in a fluid tropical wool with a mid rise, side adjusters and a generous, tapered leg. Finished with a turn-up that we can adjust in store. Dry clean only.',
    price: 139000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['wool', 'pleated', 'tailored', 'trousers'],
    availability: 'store-only',
  },
  {
    handle: 'cotton-twill-chinos',
    title: 'Cotton Twill Chinos',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Everyday chinos in a peached cotton twill with a little stretch, cut to a regular fit with a slightly tapered leg. Smart enough for the office, easy enough for the weekend. Machine wash warm.',
    price: 49000,
    colors: [
      { name: 'Khaki', hex: 'a39a72' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Stone', hex: 'cfc6b4' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['chinos', 'cotton', 'twill', 'trousers'],
  },
  {
    handle: 'wide-wale-corduroy-trousers',
    title: 'Wide-Wale Corduroy Trousers',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Relaxed trousers in a plush 8-wale cotton corduroy with a single front pleat and a wide, straight leg. Warm and comfortable from October to March. Machine wash cold, inside out.',
    price: 79000,
    colors: [
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Rust', hex: 'a4492b' },
      { name: 'Ecru', hex: 'e9e1cf' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['corduroy', 'trousers', 'wide-leg', 'cotton'],
  },
  {
    handle: 'linen-drawstring-trousers',
    title: 'Linen Drawstring Trousers',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Breezy trousers in a mid-weight washed linen with an elasticated drawstring waist and deep side pockets. They keep you cool through July and August. Machine wash cold, line dry.',
    price: 59000,
    colors: [
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Black', hex: '111111' },
      { name: 'Off White', hex: 'f4f1ea' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['linen', 'drawstring', 'summer', 'trousers'],
  },
  {
    handle: 'ripstop-cargo-trousers',
    title: 'Ripstop Cargo Trousers',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Loose cargo trousers in a durable cotton ripstop with bellows pockets, articulated knees and adjustable ankle tabs. Tough enough for weekend hikes and relaxed enough for the city. Machine wash cold.',
    price: 69000,
    colors: [
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Black', hex: '111111' },
      { name: 'Khaki', hex: 'a39a72' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['ripstop', 'cargo', 'utility', 'trousers'],
  },
  {
    handle: 'stretch-hiking-trousers',
    title: 'Water-Repellent Stretch Hiking Trousers',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Four-way stretch nylon trousers with a water-repellent finish, zip pockets and a gusseted crotch for scrambling up Bukhansan. They dry in minutes after a shower. Machine wash cold, do not iron.',
    price: 89000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Graphite', hex: '4a4c50' },
      { name: 'Khaki', hex: 'a39a72' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['hiking', 'water-repellent', 'stretch', 'outdoor', 'quick-dry'],
    availability: 'online-only',
  },
  {
    handle: 'brushed-fleece-joggers',
    title: 'Brushed Fleece Joggers',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Soft cotton joggers with a brushed fleece interior, ribbed cuffs and a flat drawcord waist. A zip back pocket keeps your keys secure. Machine wash cold.',
    price: 45000,
    colors: [
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['fleece', 'joggers', 'sweatpants', 'loungewear'],
  },
  {
    handle: 'crease-front-wide-slacks',
    title: 'Crease-Front Wide Slacks',
    category: 'bottoms',
    kind: 'trousers',
    description:
      'Wide-leg slacks in a wrinkle-resistant polyester-viscose twill with a sewn-in front crease that never needs pressing. A half-elastic back waist makes them comfortable at a desk all day. Machine wash cold.',
    price: 59000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Grey', hex: '8a8c8e' },
      { name: 'Beige', hex: 'cdbb9c' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['slacks', 'wide-leg', 'workwear', 'easy-care'],
  },
  {
    handle: 'denim-cut-off-shorts',
    title: 'Denim Cut-Off Shorts',
    category: 'bottoms',
    kind: 'shorts',
    description:
      'Mid-rise denim shorts with a raw, frayed hem and a relaxed leg, made from deadstock cotton denim. Quantities depend on the fabric we can find. Machine wash cold.',
    price: 39000,
    colors: [
      { name: 'Light Wash', hex: '9bb5cf' },
      { name: 'Mid Wash', hex: '5d7fa3' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['denim', 'shorts', 'deadstock', 'summer'],
    availability: 'limited',
  },
  {
    handle: 'linen-cotton-drawstring-shorts',
    title: 'Linen-Cotton Drawstring Shorts',
    category: 'bottoms',
    kind: 'shorts',
    description:
      'Easy shorts in a breathable linen and cotton blend with a drawstring waist and a 7-inch inseam. Pair them with the matching camp collar shirt. Machine wash cold.',
    price: 35000,
    colors: [
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Sage', hex: 'a3b19a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['linen', 'shorts', 'summer', 'drawstring'],
  },
  {
    handle: 'quick-dry-nylon-shorts',
    title: 'Quick-Dry Nylon Shorts',
    category: 'bottoms',
    kind: 'shorts',
    description:
      'Lightweight nylon shorts with a mesh liner that go from the trail to the beach at Haeundae. They dry in the sun in about twenty minutes. Available in our stores.',
    price: 39000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Cobalt', hex: '2f52a0' },
      { name: 'Coral', hex: 'e8796a' },
    ],
    sizes: ['S', 'M', 'L', 'XL'],
    tags: ['nylon', 'swim', 'quick-dry', 'shorts'],
    availability: 'store-only',
  },
  {
    handle: 'cotton-chino-shorts',
    title: 'Cotton Chino Shorts',
    category: 'bottoms',
    kind: 'shorts',
    description:
      'Flat-front chino shorts in a washed cotton twill with a 9-inch inseam that sits just above the knee. Clean, simple and easy to roll. Machine wash warm.',
    price: 39000,
    colors: [
      { name: 'Khaki', hex: 'a39a72' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Stone', hex: 'cfc6b4' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['chinos', 'shorts', 'cotton', 'summer'],
  },
];
