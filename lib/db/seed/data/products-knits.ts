import type { SeedProduct } from './types';

/** Knitwear: merino, cashmere, lambswool and cotton sweaters and cardigans. */
export const knitProducts: SeedProduct[] = [
  {
    handle: 'extra-fine-merino-crew-neck',
    title: 'Extra-Fine Merino Crew Neck',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A lightweight 18.5-micron merino wool sweater that regulates temperature and resists odour, so it works in a heated office and on a cold walk home. Fully fashioned shoulders give a clean, close fit. Machine wash on the wool cycle and dry flat.',
    price: 79000,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Burgundy', hex: '6d1f2c' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['merino', 'wool', 'crew-neck', 'lightweight'],
    featured: true,
  },
  {
    handle: 'merino-v-neck-cardigan',
    title: 'Merino V-Neck Cardigan',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A fine-gauge merino wool cardigan with mother-of-pearl effect buttons and ribbed pockets. Throw it over a shirt at the office or a tee at the weekend. Wool cycle or hand wash, dry flat.',
    price: 89000,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['merino', 'wool', 'cardigan', 'v-neck'],
  },
  {
    handle: 'pure-cashmere-crew-neck',
    title: 'Pure Cashmere Crew Neck',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'Knitted from two-ply Grade A Mongolian cashmere in a relaxed fit with a slightly longer body. It is remarkably warm for its weight and gets softer with every gentle wash. Hand wash cold with wool detergent, dry flat.',
    price: 229000,
    colors: [
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['cashmere', 'crew-neck', 'luxury', 'winter'],
    featured: true,
    availability: 'limited',
  },
  {
    handle: 'cashmere-roll-neck',
    title: 'Cashmere Roll Neck',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A fitted roll neck in 100% cashmere with a generous turtleneck that folds down or scrunches. It slips neatly under a wool coat on the coldest days. Available to try and buy in our stores.',
    price: 249000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Ivory', hex: 'f6f1e3' },
      { name: 'Chocolate', hex: '4a2f22' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['cashmere', 'turtleneck', 'roll-neck', 'luxury'],
    availability: 'store-only',
  },
  {
    handle: 'lambswool-fair-isle-sweater',
    title: 'Lambswool Fair Isle Sweater',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A yoke pattern knitted in eight shades of soft lambswool on traditional machines. Each colourway is produced in a single small run for the winter season. Hand wash cold, dry flat.',
    price: 129000,
    colors: [
      { name: 'Ecru Multi', hex: 'e9e1cf' },
      { name: 'Navy Multi', hex: '1f2a44' },
    ],
    sizes: ['S', 'M', 'L', 'XL'],
    tags: ['lambswool', 'wool', 'fair-isle', 'pattern', 'winter'],
    availability: 'limited',
  },
  {
    handle: 'chunky-fisherman-cable-knit',
    title: 'Chunky Fisherman Cable Knit',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A heavyweight cable sweater in a thick, lightly oiled wool yarn that naturally sheds drizzle. The honeycomb and rope cables add warmth as well as texture. Hand wash cold, dry flat away from heat.',
    price: 119000,
    colors: [
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Moss', hex: '6b7445' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['wool', 'cable-knit', 'chunky', 'fisherman'],
  },
  {
    handle: 'cotton-cable-knit-sweater',
    title: 'Cotton Cable Knit Sweater',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A breathable cable knit in mercerised cotton, made for the in-between weeks of spring and autumn. No itch and fully machine washable. Dry flat to keep its shape.',
    price: 69000,
    colors: [
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Sage', hex: 'a3b19a' },
      { name: 'Sky Blue', hex: '9cc3e4' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['cotton', 'cable-knit', 'spring', 'machine-washable'],
  },
  {
    handle: 'brushed-mohair-blend-cardigan',
    title: 'Brushed Mohair-Blend Cardigan',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A fluffy, cropped cardigan in a brushed mohair, wool and nylon blend with oversized buttons. It is airy and light but surprisingly warm. Hand wash cold, dry flat.',
    price: 109000,
    colors: [
      { name: 'Lavender', hex: 'b9aed3' },
      { name: 'Butter', hex: 'f1e2a4' },
      { name: 'Sage', hex: 'a3b19a' },
    ],
    sizes: ['XS', 'S', 'M', 'L'],
    tags: ['mohair', 'cardigan', 'cropped', 'brushed'],
    availability: 'online-only',
  },
  {
    handle: 'merino-half-zip-sweater',
    title: 'Merino Half-Zip Sweater',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A mid-weight merino wool pullover with a metal half zip and a stand collar that sits up neatly under a coat. Saddle shoulders give easy movement. Machine wash on the wool cycle.',
    price: 99000,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Rust', hex: 'a4492b' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['merino', 'wool', 'half-zip', 'quarter-zip'],
  },
  {
    handle: 'ribbed-knit-sweater-vest',
    title: 'Ribbed Knit Sweater Vest',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A slim, sleeveless vest in a wool-cotton rib with a deep V neck. Layer it over a white oxford or a fine-knit roll neck. Hand wash cold.',
    price: 49000,
    colors: [
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['vest', 'sweater-vest', 'rib-knit', 'layering'],
    availability: 'online-only',
  },
  {
    handle: 'alpaca-blend-boxy-crew',
    title: 'Alpaca-Blend Boxy Crew',
    category: 'knitwear',
    kind: 'sweater',
    description:
      'A lofty sweater in a baby alpaca, merino and nylon blend, knitted on a coarse gauge for a relaxed, boxy shape. Warmer than wool alone, with a soft halo. Hand wash cold, dry flat.',
    price: 139000,
    colors: [
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Grey Melange', hex: 'b5b5b3' },
      { name: 'Cream', hex: 'f3ead8' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['alpaca', 'merino', 'wool', 'boxy'],
  },
];
