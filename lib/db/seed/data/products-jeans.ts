import type { SeedProduct } from './types';

/** Trousers & Jeans: denim. */
export const jeanProducts: SeedProduct[] = [
  {
    handle: 'relaxed-selvedge-jeans',
    title: 'Relaxed Selvedge Jeans',
    category: 'bottoms',
    kind: 'jeans',
    description:
      'A relaxed straight leg in 14 oz selvedge denim woven on narrow shuttle looms, with a button fly and hidden rivets. The rigid cotton moulds to you and fades with wear; size down if you like a close fit. Wash rarely, cold and inside out.',
    price: 139000,
    colors: [
      { name: 'Indigo Rinse', hex: '2b3a5c' },
      { name: 'One Wash', hex: '34476b' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['denim', 'selvedge', 'jeans', 'raw-denim', 'relaxed'],
    featured: true,
  },
  {
    handle: 'slim-tapered-stretch-jeans',
    title: 'Slim Tapered Stretch Jeans',
    category: 'bottoms',
    kind: 'jeans',
    description:
      'A slim fit through the thigh that tapers to a neat ankle, cut from 11 oz denim with 2% elastane for comfort on long commutes. It holds its shape all day without bagging at the knee. Machine wash cold, inside out.',
    price: 69000,
    colors: [
      { name: 'Indigo', hex: '2b3a5c' },
      { name: 'Mid Wash', hex: '5d7fa3' },
      { name: 'Washed Black', hex: '3a3a3c' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['denim', 'jeans', 'slim-fit', 'stretch'],
  },
  {
    handle: 'straight-leg-vintage-wash-jeans',
    title: 'Straight Leg Vintage Wash Jeans',
    category: 'bottoms',
    kind: 'jeans',
    description:
      'Classic five-pocket jeans in 100% cotton denim, stone-washed for a broken-in look with soft whiskering. A mid rise and straight leg that works with everything. Machine wash cold.',
    price: 79000,
    colors: [
      { name: 'Light Wash', hex: '9bb5cf' },
      { name: 'Mid Wash', hex: '5d7fa3' },
      { name: 'Vintage Black', hex: '46474a' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['denim', 'jeans', 'straight-leg', 'vintage'],
  },
  {
    handle: 'high-rise-wide-leg-jeans',
    title: 'High-Rise Wide-Leg Jeans',
    category: 'bottoms',
    kind: 'jeans',
    description:
      'A high-waisted, full-length wide leg in a soft 12 oz organic cotton denim. The long inseam is meant to skim the floor with trainers or a low heel. Machine wash cold; hemming available in store.',
    price: 89000,
    colors: [
      { name: 'Indigo', hex: '2b3a5c' },
      { name: 'Light Wash', hex: '9bb5cf' },
      { name: 'Ecru Denim', hex: 'e6dcc6' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['denim', 'jeans', 'wide-leg', 'high-rise', 'organic-cotton'],
    featured: true,
  },
  {
    handle: 'denim-carpenter-jeans',
    title: 'Denim Carpenter Jeans',
    category: 'bottoms',
    kind: 'jeans',
    description:
      'Loose workwear jeans with a hammer loop, a utility pocket on the thigh and a bar-tacked double front. Made from a sturdy 13 oz cotton denim in a one-off run. Machine wash cold.',
    price: 89000,
    colors: [
      { name: 'Mid Wash', hex: '5d7fa3' },
      { name: 'Washed Black', hex: '3a3a3c' },
    ],
    sizes: ['28', '30', '32', '34', '36'],
    tags: ['denim', 'carpenter', 'workwear', 'loose-fit'],
    availability: 'limited',
  },
];
