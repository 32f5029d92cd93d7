import type { SeedProduct } from './types';

/** Dresses & Skirts: skirts. */
export const skirtProducts: SeedProduct[] = [
  {
    handle: 'pleated-satin-midi-skirt',
    title: 'Pleated Satin Midi Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'A sunray-pleated midi skirt in a lustrous satin with a comfortable elasticated waist. The pleats are heat-set so they stay sharp after washing. Machine wash cold on a delicate cycle.',
    price: 69000,
    colors: [
      { name: 'Champagne', hex: 'e3d3b4' },
      { name: 'Black', hex: '111111' },
      { name: 'Sage', hex: 'a3b19a' },
      { name: 'Burgundy', hex: '6d1f2c' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['satin', 'pleated', 'midi', 'skirt'],
  },
  {
    handle: 'denim-a-line-mini-skirt',
    title: 'Denim A-Line Mini Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'A five-pocket mini in rigid cotton denim with a high waist and a clean, flared A-line. It pairs as easily with tights and boots as with bare legs and sneakers. Machine wash cold.',
    price: 49000,
    colors: [
      { name: 'Indigo', hex: '2b3a5c' },
      { name: 'Mid Wash', hex: '5d7fa3' },
      { name: 'Washed Black', hex: '3a3a3c' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['denim', 'mini-skirt', 'a-line', 'skirt'],
  },
  {
    handle: 'wool-blend-pencil-skirt',
    title: 'Wool-Blend Pencil Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'A tailored pencil skirt in a stretch wool-blend suiting with a back vent and concealed zip, fully lined. Pair it with the silk-blend blouse or a fine merino roll neck. Dry clean only.',
    price: 79000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['wool', 'pencil-skirt', 'tailored', 'workwear'],
  },
  {
    handle: 'linen-wrap-skirt',
    title: 'Linen Wrap Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'A midi wrap skirt in softened linen with a long tie that fastens at the side. The overlap is generous, so it stays put in a breeze. Machine wash cold, line dry.',
    price: 59000,
    colors: [
      { name: 'Terracotta', hex: 'c0673f' },
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['linen', 'wrap-skirt', 'midi', 'summer'],
  },
  {
    handle: 'corduroy-a-line-skirt',
    title: 'Corduroy A-Line Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'A knee-length A-line skirt in a soft stretch cotton corduroy with a button front and two patch pockets. It looks best with thick tights and loafers or boots. Machine wash cold, inside out.',
    price: 55000,
    colors: [
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Chocolate', hex: '4a2f22' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['corduroy', 'a-line', 'skirt', 'autumn'],
  },
  {
    handle: 'tiered-cotton-voile-maxi-skirt',
    title: 'Tiered Cotton Voile Maxi Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'An ankle-length skirt in an airy cotton voile with three soft tiers and a cotton lining. The smocked waistband is comfortable on the hottest days. Machine wash cold.',
    price: 65000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Black', hex: '111111' },
      { name: 'Dusty Pink', hex: 'd8a9a5' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['cotton', 'voile', 'maxi', 'tiered', 'summer'],
  },
  {
    handle: 'lambskin-leather-midi-skirt',
    title: 'Lambskin Leather Midi Skirt',
    category: 'dresses',
    kind: 'skirt',
    description:
      'A straight midi skirt in buttery lambskin leather with a front slit and a silky cupro lining. The leather develops a soft patina with wear. Made in a small run; professional leather clean only.',
    price: 269000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Chocolate', hex: '4a2f22' },
      { name: 'Tan', hex: 'b07d4f' },
    ],
    sizes: ['XS', 'S', 'M', 'L'],
    tags: ['leather', 'lambskin', 'midi', 'skirt'],
    availability: 'limited',
  },
];
