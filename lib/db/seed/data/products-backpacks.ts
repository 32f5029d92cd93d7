import type { SeedProduct } from './types';

/** Bags: backpacks and rucksacks. */
export const backpackProducts: SeedProduct[] = [
  {
    handle: 'ripstop-daypack',
    title: 'Ripstop Daypack',
    category: 'bags',
    kind: 'backpack',
    description:
      'A 20-litre everyday backpack in water-repellent ripstop nylon with a padded laptop sleeve, side bottle pockets and a chest strap. At 480 g it is light enough for day hikes. Spot clean.',
    price: 79000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Navy', hex: '1f2a44' },
    ],
    sizes: null,
    tags: ['ripstop', 'backpack', 'daypack', 'laptop', 'water-repellent'],
  },
  {
    handle: 'roll-top-waterproof-backpack',
    title: 'Roll-Top Waterproof Backpack',
    category: 'bags',
    kind: 'backpack',
    description:
      'A fully waterproof 24-litre roll-top backpack in welded TPU-coated fabric, built for cycling commutes through summer storms. An external zip pocket and a padded laptop sleeve keep essentials organised. Wipe clean.',
    price: 119000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Slate', hex: '5f6b75' },
      { name: 'Mustard', hex: 'c99a2e' },
    ],
    sizes: null,
    tags: ['waterproof', 'roll-top', 'backpack', 'cycling'],
  },
  {
    handle: 'leather-drawstring-backpack',
    title: 'Leather Drawstring Backpack',
    category: 'bags',
    kind: 'backpack',
    description:
      'A soft bucket-shaped backpack in vegetable-tanned leather with a drawstring top, a buckled flap and adjustable straps. Cut and sewn in small batches, so stock is limited. Condition the leather twice a year.',
    price: 279000,
    colors: [
      { name: 'Tan', hex: 'b07d4f' },
      { name: 'Dark Brown', hex: '3f2a1d' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: null,
    tags: ['leather', 'backpack', 'vegetable-tanned', 'drawstring'],
    availability: 'limited',
  },
  {
    handle: 'commuter-laptop-backpack',
    title: 'Commuter Laptop Backpack',
    category: 'bags',
    kind: 'backpack',
    description:
      'A clamshell-opening backpack with a suspended sleeve for laptops up to 16 inches, a hidden passport pocket and a luggage pass-through. The 1680D ballistic nylon handles daily subway crushes. Spot clean.',
    price: 129000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Graphite', hex: '4a4c50' },
    ],
    sizes: null,
    tags: ['laptop', 'backpack', 'commuter', 'travel', 'nylon'],
  },
  {
    handle: 'canvas-flap-rucksack',
    title: 'Canvas Flap Rucksack',
    category: 'bags',
    kind: 'backpack',
    description:
      'A heritage-style rucksack in heavy cotton canvas with leather straps, a drawstring throat and two buckled front pockets. It holds its shape when empty and carries comfortably when full. Sold in our stores.',
    price: 99000,
    colors: [
      { name: 'Khaki', hex: 'a39a72' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: null,
    tags: ['canvas', 'rucksack', 'backpack', 'heritage'],
    availability: 'store-only',
  },
  {
    handle: 'mini-nylon-backpack',
    title: 'Mini Nylon Backpack',
    category: 'bags',
    kind: 'backpack',
    description:
      'A small 8-litre backpack in a glossy nylon twill with a front zip pocket and adjustable padded straps. Big enough for a tablet, water bottle and a light layer. Spot clean.',
    price: 59000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Sky Blue', hex: '9cc3e4' },
      { name: 'Dusty Pink', hex: 'd8a9a5' },
    ],
    sizes: null,
    tags: ['nylon', 'mini-bag', 'backpack'],
  },
];
