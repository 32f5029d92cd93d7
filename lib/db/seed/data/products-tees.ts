import type { SeedProduct } from './types';

/** Tops & Tees: T-shirts and jersey tops. */
export const teeProducts: SeedProduct[] = [
  {
    handle: 'heavyweight-cotton-crew-tee',
    title: 'Heavyweight Cotton Crew Tee',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A structured 250 g/m² tee knitted from combed long-staple cotton, with a tight rib collar that keeps its shape wash after wash. The slightly boxy fit and dropped shoulder look sharp on their own or under a jacket. Pre-shrunk; machine wash cold.',
    price: 29000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Black', hex: '111111' },
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Navy', hex: '1f2a44' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['cotton', 'heavyweight', 'tee', 'basics'],
    featured: true,
  },
  {
    handle: 'organic-cotton-pocket-tee',
    title: 'Organic Cotton Pocket Tee',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A mid-weight tee in certified organic cotton jersey with a single chest pocket and a relaxed body. Garment-dyed for a soft hand and slightly lived-in colour. Machine wash cold with similar colours.',
    price: 24900,
    colors: [
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Sage', hex: 'a3b19a' },
      { name: 'Rust', hex: 'a4492b' },
      { name: 'Navy', hex: '1f2a44' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['organic-cotton', 'tee', 'garment-dyed', 'pocket'],
  },
  {
    handle: 'pima-cotton-slim-tee',
    title: 'Pima Cotton Slim Tee',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A fine 160 g/m² jersey tee in smooth pima cotton, cut close to the body with slightly shorter sleeves. It is thin enough to layer under a shirt without bunching. Machine wash cold, dry flat.',
    price: 19900,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Black', hex: '111111' },
      { name: 'Grey Melange', hex: 'b5b5b3' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['cotton', 'pima', 'slim-fit', 'basics', 'tee'],
  },
  {
    handle: 'waffle-knit-long-sleeve-tee',
    title: 'Waffle-Knit Long Sleeve Tee',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A thermal-style long sleeve in a textured cotton waffle knit that traps warmth while staying breathable. Ribbed cuffs can be pushed up without sagging. A good base layer from autumn into spring.',
    price: 34900,
    colors: [
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['waffle', 'thermal', 'long-sleeve', 'cotton', 'layering'],
  },
  {
    handle: 'striped-breton-top',
    title: 'Striped Breton Long Sleeve Top',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A boat-neck striped top in a dense, slightly stiff cotton interlock that softens over time. The sleeves are cut long enough to cover the wrist. Machine wash cold; the yarn-dyed stripes will not fade.',
    price: 39000,
    colors: [
      { name: 'Ecru/Navy', hex: 'e9e1cf' },
      { name: 'White/Red', hex: 'f6f1e3' },
      { name: 'Navy/Ecru', hex: '1f2a44' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['stripe', 'breton', 'cotton', 'long-sleeve'],
  },
  {
    handle: 'screen-printed-graphic-tee',
    title: 'Screen-Printed Graphic Tee',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A relaxed cotton tee with an original Aisle artwork hand screen-printed in small batches at a print studio in Seongsu. Water-based inks keep the print soft to the touch. Wash inside out, cold.',
    price: 32000,
    colors: [
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['graphic', 'screen-print', 'cotton', 'tee'],
    availability: 'online-only',
  },
  {
    handle: 'cotton-ringer-tee',
    title: 'Cotton Ringer Tee',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A retro ringer tee in soft slub cotton with contrast binding at the collar and sleeves. Cut to a regular fit that sits at the hip. Machine wash cold.',
    price: 22900,
    colors: [
      { name: 'White/Navy', hex: 'f6f1e3' },
      { name: 'Heather Grey/Red', hex: 'a7a9ac' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['ringer', 'retro', 'cotton', 'tee'],
  },
  {
    handle: 'mock-neck-jersey-top',
    title: 'Mock Neck Jersey Top',
    category: 'tops',
    kind: 'tshirt',
    description:
      'A long-sleeve mock neck in a smooth cotton-modal jersey with a touch of stretch. It layers neatly under knits and blazers without adding bulk at the collar. Machine wash cold, dry flat.',
    price: 35000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Ivory', hex: 'f6f1e3' },
      { name: 'Mocha', hex: '7a5c4a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['mock-neck', 'jersey', 'layering', 'long-sleeve'],
  },
];
