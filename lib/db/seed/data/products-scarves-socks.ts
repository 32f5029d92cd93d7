import type { SeedProduct } from './types';

/** Accessories: scarves and socks. */
export const scarfAndSockProducts: SeedProduct[] = [
  {
    handle: 'pure-cashmere-scarf',
    title: 'Pure Cashmere Scarf',
    category: 'accessories',
    kind: 'scarf',
    description:
      'A generous 190 x 35 cm scarf woven from 100% cashmere and brushed for a soft, lofty hand. Finished with hand-twisted fringe. A limited weaving run each winter; dry clean or hand wash cold.',
    price: 169000,
    colors: [
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Burgundy', hex: '6d1f2c' },
    ],
    sizes: null,
    tags: ['cashmere', 'scarf', 'luxury', 'winter', 'gift'],
    availability: 'limited',
  },
  {
    handle: 'lambswool-check-scarf',
    title: 'Lambswool Check Scarf',
    category: 'accessories',
    kind: 'scarf',
    description:
      'A classic tartan-style check scarf woven from soft lambswool in a traditional mill. Long enough to loop twice around the neck. Dry clean or hand wash cold.',
    price: 69000,
    colors: [
      { name: 'Red Check', hex: '9b2f2f' },
      { name: 'Navy Check', hex: '253352' },
      { name: 'Camel Check', hex: 'b08a5e' },
    ],
    sizes: null,
    tags: ['lambswool', 'wool', 'scarf', 'check', 'tartan'],
  },
  {
    handle: 'chunky-rib-knit-scarf',
    title: 'Chunky Rib Knit Scarf',
    category: 'accessories',
    kind: 'scarf',
    description:
      'An oversized rib-knit scarf in a soft wool-blend yarn, thick enough to bury your chin in. Matches our fisherman beanie. Hand wash cold, dry flat.',
    price: 45000,
    colors: [
      { name: 'Ecru', hex: 'e9e1cf' },
      { name: 'Grey Melange', hex: 'b5b5b3' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: null,
    tags: ['knit', 'scarf', 'chunky', 'winter'],
  },
  {
    handle: 'lightweight-linen-scarf',
    title: 'Lightweight Linen Scarf',
    category: 'accessories',
    kind: 'scarf',
    description:
      'A featherweight scarf in washed linen with a frayed edge, for air-conditioned offices and cool spring evenings. It only gets softer with time. Machine wash cold.',
    price: 39000,
    colors: [
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Indigo', hex: '2b3a5c' },
      { name: 'Off White', hex: 'f4f1ea' },
    ],
    sizes: null,
    tags: ['linen', 'scarf', 'lightweight', 'spring'],
    availability: 'online-only',
  },
  {
    handle: 'merino-hiking-socks',
    title: 'Merino Hiking Socks',
    category: 'accessories',
    kind: 'socks',
    description:
      'Cushioned crew socks in a merino wool blend with a reinforced heel and toe and arch support. They stay warm when wet and fresh for days on the trail. Machine wash warm, inside out.',
    price: 19900,
    colors: [
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Forest', hex: '2f4a3a' },
      { name: 'Rust', hex: 'a4492b' },
    ],
    sizes: ['S/M', 'L/XL'],
    tags: ['merino', 'wool', 'socks', 'hiking'],
  },
  {
    handle: 'organic-cotton-crew-socks-3-pack',
    title: 'Organic Cotton Crew Socks 3-Pack',
    category: 'accessories',
    kind: 'socks',
    description:
      'Three pairs of everyday crew socks in combed organic cotton with a ribbed leg and a hand-linked seamless toe. Comfortable from morning to night. Machine wash warm.',
    price: 19900,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Black', hex: '111111' },
      { name: 'Heather Grey', hex: 'a7a9ac' },
      { name: 'Mixed', hex: '8f8a7e' },
    ],
    sizes: ['S/M', 'L/XL'],
    tags: ['organic-cotton', 'socks', 'multipack', 'basics'],
  },
  {
    handle: 'ribbed-wool-blend-socks',
    title: 'Ribbed Wool-Blend Socks',
    category: 'accessories',
    kind: 'socks',
    description:
      'Mid-calf socks in a fine wool and nylon rib that stay up all day and look sharp with loafers or boots. Machine wash cold on the wool cycle.',
    price: 12900,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Burgundy', hex: '6d1f2c' },
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: ['S/M', 'L/XL'],
    tags: ['wool', 'socks', 'ribbed'],
  },
  {
    handle: 'cashmere-blend-lounge-socks',
    title: 'Cashmere-Blend Lounge Socks',
    category: 'accessories',
    kind: 'socks',
    description:
      'Soft, slouchy house socks in a cashmere and wool blend, made for winter evenings on heated ondol floors. They make a thoughtful small gift. Hand wash cold.',
    price: 29000,
    colors: [
      { name: 'Oatmeal', hex: 'd9cdb6' },
      { name: 'Dusty Pink', hex: 'd8a9a5' },
      { name: 'Grey Melange', hex: 'b5b5b3' },
    ],
    sizes: ['S/M', 'L/XL'],
    tags: ['cashmere', 'socks', 'loungewear', 'gift'],
  },
];
