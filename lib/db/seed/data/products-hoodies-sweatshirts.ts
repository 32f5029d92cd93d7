import type { SeedProduct } from './types';

/** Knitwear: hoodies, sweatshirts and fleece. */
export const hoodieAndSweatshirtProducts: SeedProduct[] = [
  {
    handle: 'loopback-cotton-hoodie',
    title: 'Loopback Cotton Hoodie',
    category: 'knitwear',
    kind: 'hoodie',
    description:
      'A 400 g/m² loopback cotton hoodie with a double-layer hood, flat drawcords and a kangaroo pocket. Unbrushed on the inside, so it breathes and only gets softer. Machine wash cold; pre-shrunk.',
    price: 69000,
    colors: [
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Black', hex: '111111' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['hoodie', 'cotton', 'loopback', 'sweatshirt'],
  },
  {
    handle: 'heavyweight-fleece-zip-hoodie',
    title: 'Heavyweight Fleece Zip Hoodie',
    category: 'knitwear',
    kind: 'hoodie',
    description:
      'A full-zip hoodie in brushed-back cotton fleece with a chunky two-way zip and rib side panels. Warm enough to stand in for a jacket on mild winter days. Machine wash cold, tumble dry low.',
    price: 79000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Burgundy', hex: '6d1f2c' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['fleece', 'hoodie', 'zip-up', 'cotton'],
  },
  {
    handle: 'organic-cotton-crewneck-sweatshirt',
    title: 'Organic Cotton Crewneck Sweatshirt',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A classic crewneck sweatshirt in a soft organic cotton fleece with a V insert at the neck and ribbed cuffs. The slightly cropped length works with high-rise trousers. Machine wash cold.',
    price: 55000,
    colors: [
      { name: 'Grey Melange', hex: 'b5b5b3' },
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Dusty Pink', hex: 'd8a9a5' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['organic-cotton', 'sweatshirt', 'crew-neck', 'fleece'],
  },
  {
    handle: 'thermal-waffle-hoodie',
    title: 'Thermal Waffle Hoodie',
    category: 'knitwear',
    kind: 'hoodie',
    description:
      'A lightweight pullover hoodie in a cotton waffle knit that holds warm air against the body. Thumbholes at the cuffs keep the sleeves in place under a coat. Machine wash cold, dry flat.',
    price: 59000,
    colors: [
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Slate', hex: '5f6b75' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['waffle', 'thermal', 'hoodie', 'cotton'],
  },
  {
    handle: 'polar-fleece-snap-pullover',
    title: 'Polar Fleece Snap Pullover',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A recycled polar fleece pullover with a four-snap placket and a nylon chest pocket. Quick to dry and warm even when damp, it is a favourite for hiking and camping. Machine wash cold, no softener.',
    price: 65000,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Terracotta', hex: 'c0673f' },
      { name: 'Cream', hex: 'f3ead8' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['fleece', 'polar-fleece', 'recycled', 'outdoor'],
  },
];
