import type { SeedProduct } from './types';

/** Shoes: sneakers, trainers and slip-ons. */
export const sneakerProducts: SeedProduct[] = [
  {
    handle: 'leather-court-sneaker',
    title: 'Leather Court Sneaker',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'A minimal low-top in full-grain calf leather on a stitched rubber cupsole, lined in soft leather with a cushioned footbed. It takes a polish and only looks better with creases. Wipe clean with a damp cloth.',
    price: 129000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['leather', 'sneakers', 'minimal', 'low-top'],
    featured: true,
  },
  {
    handle: 'canvas-low-top-sneaker',
    title: 'Canvas Low-Top Sneaker',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'A classic vulcanised sneaker in 12 oz cotton canvas with a natural rubber sole and a padded collar. Light, flexible and easy to throw in a bag. Spot clean, air dry.',
    price: 49000,
    colors: [
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Red', hex: 'b3262d' },
    ],
    sizes: ['220', '230', '240', '250', '260', '270', '280'],
    tags: ['canvas', 'sneakers', 'vulcanised', 'low-top'],
  },
  {
    handle: 'canvas-high-top-sneaker',
    title: 'Canvas High-Top Sneaker',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'The high-top version of our canvas classic, with a reinforced toe cap and extra eyelets for a snug lace-up. The ankle padding makes it comfortable from the first wear. Spot clean, air dry.',
    price: 55000,
    colors: [
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['canvas', 'sneakers', 'high-top'],
  },
  {
    handle: 'suede-retro-runner',
    title: 'Suede Retro Runner',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'A 1970s-inspired running shoe with suede and nylon mesh uppers on a lightweight EVA wedge and a waffle-grip outsole. Soft underfoot for full days on your feet. Brush the suede when dry.',
    price: 119000,
    colors: [
      { name: 'Grey', hex: '8a8c8e' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Sand', hex: 'd8c7a6' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['suede', 'sneakers', 'runner', 'retro'],
  },
  {
    handle: 'knit-lightweight-trainer',
    title: 'Knit Lightweight Trainer',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'A sock-like trainer with a seamless knit upper made from recycled yarn and a springy foam sole. At around 220 g per shoe, it is the one to walk the city in all day. Machine washable on a cold cycle.',
    price: 89000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Grey Melange', hex: 'b5b5b3' },
      { name: 'Sky Blue', hex: '9cc3e4' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['knit', 'sneakers', 'lightweight', 'recycled', 'walking'],
  },
  {
    handle: 'waterproof-trail-runner',
    title: 'Waterproof Trail Runner',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'A trail running shoe with a waterproof, breathable membrane, a rock plate and 5 mm lugs that bite into muddy mountain paths. A limited colourway made for our autumn hiking edit. Rinse off mud and air dry away from heat.',
    price: 159000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Moss', hex: '6b7445' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['waterproof', 'trail', 'hiking', 'running', 'sneakers'],
    availability: 'limited',
  },
  {
    handle: 'canvas-slip-on',
    title: 'Canvas Slip-On',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'An easy laceless sneaker in cotton canvas with elastic side gores and a cushioned insole. Slip them off at the door and back on without untying a thing. Sold in our stores.',
    price: 45000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black Check', hex: '3b3b3b' },
    ],
    sizes: ['220', '230', '240', '250', '260', '270', '280'],
    tags: ['canvas', 'slip-on', 'sneakers'],
    availability: 'store-only',
  },
  {
    handle: 'chunky-platform-sneaker',
    title: 'Chunky Platform Sneaker',
    category: 'shoes',
    kind: 'sneaker',
    description:
      'A leather and suede sneaker on a 4.5 cm lightweight platform sole, adding height without the weight. Padded tongue and collar for all-day comfort. Wipe clean.',
    price: 99000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Cream', hex: 'f3ead8' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['220', '230', '240', '250', '260'],
    tags: ['platform', 'sneakers', 'leather', 'suede'],
    availability: 'online-only',
  },
];
