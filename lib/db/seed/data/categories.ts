import type { SeedCategory } from './types';

/** Storefront categories, in navigation order. */
export const categories: SeedCategory[] = [
  {
    slug: 'outerwear',
    name: 'Outerwear',
    description:
      'Down puffers, wool coats and waterproof shells built for Korean winters, rainy-season commutes and everything in between.',
    kind: 'puffer',
  },
  {
    slug: 'tops',
    name: 'Tops & Tees',
    description:
      'Heavyweight tees, linen shirts and easy oxfords in breathable natural fibres, made to be worn on repeat.',
    kind: 'tshirt',
  },
  {
    slug: 'knitwear',
    name: 'Knitwear',
    description:
      'Merino, cashmere and cotton knits plus fleece-backed hoodies for layering from the first cool evening to the depths of January.',
    kind: 'sweater',
  },
  {
    slug: 'bottoms',
    name: 'Trousers & Jeans',
    description:
      'Selvedge denim, pleated wool trousers, corduroy and ripstop cargos in fits from slim to wide, plus shorts for the humid months.',
    kind: 'jeans',
  },
  {
    slug: 'dresses',
    name: 'Dresses & Skirts',
    description:
      'Linen shirt dresses, ribbed knit midis and pleated skirts that move easily from the office to a weekend in Seongsu.',
    kind: 'dress',
  },
  {
    slug: 'shoes',
    name: 'Shoes',
    description: 'Leather court sneakers, canvas classics and waterproof boots in Korean sizes from 220 to 280 mm.',
    kind: 'sneaker',
  },
  {
    slug: 'bags',
    name: 'Bags',
    description:
      'Canvas totes, leather shoppers and commuter backpacks with padded laptop sleeves, sized for the subway and the weekend.',
    kind: 'tote',
  },
  {
    slug: 'accessories',
    name: 'Accessories',
    description:
      'Merino beanies, cashmere scarves, washed cotton caps and everyday socks to finish an outfit or keep out the cold.',
    kind: 'beanie',
  },
];
