import type { SeedProduct } from './types';

/** Bags: totes and shoppers. */
export const toteProducts: SeedProduct[] = [
  {
    handle: 'heavy-canvas-tote',
    title: 'Heavy Canvas Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A structured tote in 18 oz cotton canvas with double-stitched handles long enough to wear on the shoulder over a coat. An inside zip pocket and a key clip keep the small things in order. Spot clean; the canvas softens with use.',
    price: 39000,
    colors: [
      { name: 'Natural', hex: 'e9e1cf' },
      { name: 'Black', hex: '111111' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Olive', hex: '5b5f3a' },
    ],
    sizes: null,
    tags: ['canvas', 'tote', 'everyday', 'cotton'],
    featured: true,
  },
  {
    handle: 'organic-cotton-market-tote',
    title: 'Organic Cotton Market Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A light, foldable shopping bag in organic cotton twill that holds a full grocery run. Folds flat into a coat pocket. Machine wash cold.',
    price: 19900,
    colors: [
      { name: 'Natural', hex: 'e9e1cf' },
      { name: 'Sage', hex: 'a3b19a' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: null,
    tags: ['organic-cotton', 'tote', 'shopping-bag', 'foldable'],
  },
  {
    handle: 'leather-shopper-tote',
    title: 'Leather Shopper Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A roomy, unlined shopper in full-grain cowhide leather that fits a 14-inch laptop and a day’s worth of essentials. A detachable zip pouch sits inside on a leather strap. The leather darkens and softens beautifully over time.',
    price: 249000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Tan', hex: 'b07d4f' },
      { name: 'Dark Brown', hex: '3f2a1d' },
    ],
    sizes: null,
    tags: ['leather', 'tote', 'laptop', 'work-bag'],
  },
  {
    handle: 'waxed-canvas-zip-tote',
    title: 'Waxed Canvas Zip Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A zip-top tote in paraffin-waxed cotton canvas that shrugs off rain, trimmed with leather handles. Creases and scuffs build character with every use. Re-wax yearly to keep it water-resistant.',
    price: 89000,
    colors: [
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Khaki', hex: 'a39a72' },
      { name: 'Navy', hex: '1f2a44' },
    ],
    sizes: null,
    tags: ['waxed-canvas', 'tote', 'water-resistant', 'leather-trim'],
  },
  {
    handle: 'packable-nylon-tote',
    title: 'Packable Nylon Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A feather-light ripstop nylon tote that folds into its own pocket, ready for unplanned shopping. Strong enough to carry 15 kg. Machine wash cold.',
    price: 29000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Cobalt', hex: '2f52a0' },
      { name: 'Mint', hex: 'bfe0cf' },
      { name: 'Coral', hex: 'e8796a' },
    ],
    sizes: null,
    tags: ['nylon', 'ripstop', 'packable', 'tote'],
    availability: 'online-only',
  },
  {
    handle: 'quilted-padded-tote',
    title: 'Quilted Padded Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A soft, puffy tote in quilted recycled nylon with a magnetic closure and a padded sleeve for a 13-inch laptop. Light enough to carry all day. Spot clean.',
    price: 59000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Ivory', hex: 'f6f1e3' },
      { name: 'Lavender', hex: 'b9aed3' },
    ],
    sizes: null,
    tags: ['quilted', 'padded', 'tote', 'recycled', 'laptop'],
  },
  {
    handle: 'woven-straw-beach-tote',
    title: 'Woven Straw Beach Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A summer tote hand-woven from paper straw with rolled leather handles and a cotton drawstring liner. Each one varies slightly in weave. A seasonal piece in limited numbers.',
    price: 49000,
    colors: [
      { name: 'Natural', hex: 'd9c49a' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: null,
    tags: ['straw', 'beach', 'tote', 'summer'],
    availability: 'limited',
  },
  {
    handle: 'mini-leather-top-handle-tote',
    title: 'Mini Leather Top-Handle Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A compact, structured tote in pebbled leather with a detachable crossbody strap and a suede-lined interior. Fits a phone, cardholder and sunglasses. Available to see and buy in our stores.',
    price: 159000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Tan', hex: 'b07d4f' },
      { name: 'Burgundy', hex: '6d1f2c' },
    ],
    sizes: null,
    tags: ['leather', 'mini-bag', 'tote', 'crossbody'],
    availability: 'store-only',
  },
  {
    handle: 'corduroy-shoulder-tote',
    title: 'Corduroy Shoulder Tote',
    category: 'bags',
    kind: 'tote',
    description:
      'A soft slouchy tote in wide-wale cotton corduroy with a snap closure and an inner slip pocket. It fits comfortably under the arm and packs flat. Hand wash cold.',
    price: 45000,
    colors: [
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Cream', hex: 'f3ead8' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: null,
    tags: ['corduroy', 'tote', 'shoulder-bag'],
  },
];
