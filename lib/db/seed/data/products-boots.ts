import type { SeedProduct } from './types';

/** Shoes: boots. */
export const bootProducts: SeedProduct[] = [
  {
    handle: 'leather-chelsea-boot',
    title: 'Leather Chelsea Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A sleek Chelsea boot in polished calf leather with wide elastic gussets and a pull tab, set on a Blake-stitched rubber sole that can be resoled. It works with suits and with jeans. Condition the leather every few months.',
    price: 229000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Dark Brown', hex: '3f2a1d' },
      { name: 'Tan', hex: 'b07d4f' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['leather', 'chelsea-boot', 'boots'],
    featured: true,
  },
  {
    handle: 'suede-chelsea-boot',
    title: 'Suede Chelsea Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'Our Chelsea boot in a soft, water-resistant suede on a light commando sole. Treated at the tannery to handle a drizzle; reproof with suede spray each season. Brush when dry.',
    price: 199000,
    colors: [
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Chocolate', hex: '4a2f22' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['suede', 'chelsea-boot', 'boots', 'water-resistant'],
  },
  {
    handle: 'goodyear-welted-work-boot',
    title: 'Goodyear-Welted Work Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A six-inch lace-up boot in oiled full-grain leather with a Goodyear welt, a cork-filled midsole and a lugged rubber outsole. Expect a short break-in, then years of wear and resoles. Made in a limited run.',
    price: 289000,
    colors: [
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['240', '250', '260', '270', '280'],
    tags: ['leather', 'work-boot', 'goodyear-welt', 'boots', 'heritage'],
    availability: 'limited',
  },
  {
    handle: 'waterproof-hiking-boot',
    title: 'Waterproof Hiking Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A mid-height hiking boot with a nubuck and ripstop upper, a waterproof breathable lining and a supportive, grippy rubber outsole. Ready for Hallasan or a snowy commute. Clean with a brush and let dry naturally.',
    price: 189000,
    colors: [
      { name: 'Brown', hex: '5a3e2b' },
      { name: 'Charcoal', hex: '36393d' },
    ],
    sizes: ['230', '240', '250', '260', '270', '280'],
    tags: ['waterproof', 'hiking', 'boots', 'ripstop', 'outdoor'],
  },
  {
    handle: 'shearling-lined-suede-boot',
    title: 'Shearling-Lined Suede Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A pull-on ankle boot in suede with a genuine shearling lining and footbed that keeps toes warm well below freezing. A light, grippy sole handles icy pavements. Use a suede protector before first wear.',
    price: 169000,
    colors: [
      { name: 'Chestnut', hex: '8a5a35' },
      { name: 'Black', hex: '111111' },
      { name: 'Sand', hex: 'd8c7a6' },
    ],
    sizes: ['220', '230', '240', '250', '260', '270'],
    tags: ['shearling', 'suede', 'winter', 'boots'],
  },
  {
    handle: 'leather-lace-up-ankle-boot',
    title: 'Leather Lace-Up Ankle Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A neat women’s ankle boot in smooth calf leather with speed hooks, a side zip and a 3.5 cm stacked heel. The zip makes it quick to get on and off at the door. Condition regularly.',
    price: 179000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Tan', hex: 'b07d4f' },
    ],
    sizes: ['220', '230', '240', '250', '260'],
    tags: ['leather', 'ankle-boot', 'boots', 'lace-up'],
  },
  {
    handle: 'rubber-rain-boot',
    title: 'Rubber Rain Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A fully waterproof mid-calf boot hand-laid in natural rubber, with a soft jersey lining and a slip-resistant sole for wet crossings during jangma season. Rinse and store away from direct sun.',
    price: 69000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Navy', hex: '1f2a44' },
    ],
    sizes: ['220', '230', '240', '250', '260', '270', '280'],
    tags: ['waterproof', 'rain-boots', 'rubber', 'boots'],
  },
  {
    handle: 'leather-knee-high-boot',
    title: 'Leather Knee-High Boot',
    category: 'shoes',
    kind: 'boot',
    description:
      'A knee-high boot in supple leather with a straight shaft, an inside zip and a block heel you can walk in all day. Calf fit varies, so we recommend trying it on in store. Condition every few months.',
    price: 259000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Dark Brown', hex: '3f2a1d' },
    ],
    sizes: ['220', '230', '240', '250', '260'],
    tags: ['leather', 'knee-high', 'boots', 'heeled'],
    availability: 'store-only',
  },
];
