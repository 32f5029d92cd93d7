import type { SeedProduct } from './types';

/** Accessories: caps, hats and beanies. */
export const headwearProducts: SeedProduct[] = [
  {
    handle: 'washed-cotton-baseball-cap',
    title: 'Washed Cotton Baseball Cap',
    category: 'accessories',
    kind: 'cap',
    description:
      'A soft, unstructured six-panel cap in garment-washed cotton twill with a pre-curved brim and an adjustable brass buckle strap. Hand wash cold and reshape while damp.',
    price: 29000,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Stone', hex: 'cfc6b4' },
      { name: 'Black', hex: '111111' },
      { name: 'Sage', hex: 'a3b19a' },
    ],
    sizes: null,
    tags: ['cap', 'cotton', 'baseball-cap', 'adjustable'],
  },
  {
    handle: 'corduroy-six-panel-cap',
    title: 'Corduroy Six-Panel Cap',
    category: 'accessories',
    kind: 'cap',
    description:
      'A low-profile cap in fine-wale cotton corduroy with a tonal embroidered eyelet and a leather strap closure. The one to swap in when the weather turns. Spot clean.',
    price: 35000,
    colors: [
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Burgundy', hex: '6d1f2c' },
      { name: 'Ecru', hex: 'e9e1cf' },
    ],
    sizes: null,
    tags: ['corduroy', 'cap', 'autumn'],
  },
  {
    handle: 'wool-blend-ball-cap',
    title: 'Wool-Blend Ball Cap',
    category: 'accessories',
    kind: 'cap',
    description:
      'A structured cap in a warm wool-blend flannel with a satin-lined sweatband and a snap-back closure. Gives you a little extra warmth without the hat hair of a beanie. Spot clean only; try it on in store.',
    price: 39000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: null,
    tags: ['wool', 'cap', 'winter'],
    availability: 'store-only',
  },
  {
    handle: 'ripstop-camp-cap',
    title: 'Ripstop Camp Cap',
    category: 'accessories',
    kind: 'cap',
    description:
      'A flat-brim five-panel camp cap in quick-drying nylon ripstop with a laser-cut vent and a bungee toggle at the back. Packs flat in a pocket for trail days. Rinse and air dry.',
    price: 35000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Orange', hex: 'd9622b' },
    ],
    sizes: null,
    tags: ['ripstop', 'camp-cap', 'outdoor', 'quick-dry'],
    availability: 'online-only',
  },
  {
    handle: 'reversible-cotton-bucket-hat',
    title: 'Reversible Cotton Bucket Hat',
    category: 'accessories',
    kind: 'cap',
    description:
      'A reversible bucket hat with a solid cotton twill on one side and a seasonal print on the other. The brim is wide enough to shade your neck at the beach. A limited run each summer.',
    price: 39000,
    colors: [
      { name: 'Navy/Print', hex: '1f2a44' },
      { name: 'Sand/Print', hex: 'd8c7a6' },
    ],
    sizes: ['S/M', 'L/XL'],
    tags: ['bucket-hat', 'cotton', 'reversible', 'summer'],
    availability: 'limited',
  },
  {
    handle: 'merino-rib-beanie',
    title: 'Merino Rib Beanie',
    category: 'accessories',
    kind: 'beanie',
    description:
      'A close-fitting beanie in a soft 2x2 rib of extra-fine merino wool with a deep turn-up. Warm without itch, and it packs into any pocket. Hand wash cold, dry flat.',
    price: 35000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Rust', hex: 'a4492b' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Oatmeal', hex: 'd9cdb6' },
    ],
    sizes: null,
    tags: ['merino', 'wool', 'beanie', 'winter'],
    featured: true,
  },
  {
    handle: 'cashmere-beanie',
    title: 'Cashmere Beanie',
    category: 'accessories',
    kind: 'beanie',
    description:
      'A slouchy beanie knitted from pure two-ply cashmere in a fine rib. Lightweight, very warm and soft enough to wear all day. Hand wash cold with wool detergent.',
    price: 99000,
    colors: [
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: null,
    tags: ['cashmere', 'beanie', 'luxury', 'winter'],
  },
  {
    handle: 'chunky-fisherman-beanie',
    title: 'Chunky Fisherman Beanie',
    category: 'accessories',
    kind: 'beanie',
    description:
      'A short, chunky-knit fisherman beanie in a lambswool blend that sits above the ears. Pairs well with a cable-knit sweater and a chore jacket. Hand wash cold.',
    price: 29000,
    colors: [
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Forest', hex: '2f4a3a' },
      { name: 'Mustard', hex: 'c99a2e' },
    ],
    sizes: null,
    tags: ['lambswool', 'beanie', 'fisherman', 'chunky'],
  },
  {
    handle: 'fleece-lined-knit-beanie',
    title: 'Fleece-Lined Knit Beanie',
    category: 'accessories',
    kind: 'beanie',
    description:
      'An acrylic-wool knit beanie with a soft polar fleece band inside that blocks the wind around your ears. Made for cold mornings on the platform. Machine wash cold.',
    price: 25000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Grey Melange', hex: 'b5b5b3' },
      { name: 'Burgundy', hex: '6d1f2c' },
    ],
    sizes: null,
    tags: ['fleece', 'beanie', 'winter', 'windproof'],
  },
];
