import type { SeedProduct } from './types';

/** Outerwear: shells, field, denim, leather and fleece jackets. */
export const jacketProducts: SeedProduct[] = [
  {
    handle: 'three-layer-waterproof-shell',
    title: '3-Layer Waterproof Shell Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'A fully seam-taped shell rated to 20,000 mm of water resistance with a breathable membrane, so you stay dry through the monsoon without overheating. The helmet-compatible hood adjusts with one hand, and pit zips vent on steep climbs. Reproof with a wash-in treatment every season.',
    price: 189000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Slate', hex: '5f6b75' },
      { name: 'Mustard', hex: 'c99a2e' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['waterproof', 'rain', 'hiking', 'shell', 'breathable'],
  },
  {
    handle: 'ripstop-field-jacket',
    title: 'Ripstop Field Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'A four-pocket field jacket in a tough cotton-nylon ripstop with a drawcord waist and a concealed hood in the collar. Big bellows pockets hold a phone, a wallet and a paperback. Machine wash cold.',
    price: 139000,
    colors: [
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['ripstop', 'field-jacket', 'utility', 'military'],
  },
  {
    handle: 'corduroy-chore-jacket',
    title: 'Corduroy Chore Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'A boxy workwear jacket in 8-wale cotton corduroy with three patch pockets and corozo buttons. It softens with every wash and layers easily over a hoodie. Machine wash cold, inside out.',
    price: 109000,
    colors: [
      { name: 'Rust', hex: 'a4492b' },
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Ecru', hex: 'e9e1cf' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['corduroy', 'chore-jacket', 'workwear', 'cotton'],
  },
  {
    handle: 'selvedge-denim-trucker-jacket',
    title: 'Selvedge Denim Trucker Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'Cut from 13.5 oz unsanforised selvedge denim woven on vintage shuttle looms, with pleated front panels and copper shank buttons. Expect it to shrink slightly and fade to your own pattern over time. Wash sparingly, cold and inside out.',
    price: 159000,
    colors: [
      { name: 'Indigo', hex: '2b3a5c' },
      { name: 'Washed Black', hex: '3a3a3c' },
    ],
    sizes: ['S', 'M', 'L', 'XL'],
    tags: ['denim', 'selvedge', 'trucker', 'raw-denim'],
  },
  {
    handle: 'lambskin-leather-biker-jacket',
    title: 'Lambskin Leather Biker Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'An asymmetric biker in supple, vegetable-tanned lambskin leather with heavy zips and a quilted viscose lining. The leather breaks in to the shape of your shoulders within a few weeks of wear. Professional leather clean only.',
    price: 459000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Dark Brown', hex: '3f2a1d' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['leather', 'lambskin', 'biker', 'moto'],
    availability: 'limited',
  },
  {
    handle: 'high-pile-fleece-jacket',
    title: 'High-Pile Fleece Zip Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'A cosy zip-up in deep-pile recycled polyester fleece with nylon-trimmed chest and hand pockets. Warm enough on its own on a crisp day, and just as good under a shell. Machine wash, no fabric softener.',
    price: 89000,
    colors: [
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['fleece', 'sherpa', 'recycled', 'layering'],
    availability: 'online-only',
  },
  {
    handle: 'nylon-coach-jacket',
    title: 'Nylon Coach Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'A lightweight snap-front coach jacket in wind-resistant nylon taffeta with a thin mesh lining and a drawcord hem. It is the one to grab for spring evenings along the Han River. Machine washable.',
    price: 69000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Cobalt', hex: '2f52a0' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['nylon', 'windbreaker', 'coach-jacket', 'lightweight'],
  },
  {
    handle: 'quilted-liner-jacket',
    title: 'Quilted Liner Jacket',
    category: 'outerwear',
    kind: 'jacket',
    description:
      'A diamond-quilted liner jacket with a collarless neck and snap closure, designed to layer under a trench or wear solo. The light synthetic padding keeps its warmth when wet. Machine wash cold.',
    price: 79000,
    colors: [
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Black', hex: '111111' },
      { name: 'Navy', hex: '1f2a44' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['quilted', 'liner', 'padded', 'layering'],
    availability: 'store-only',
  },
];
