import { backpackProducts } from './products-backpacks';
import { bootProducts } from './products-boots';
import { dressProducts } from './products-dresses';
import { headwearProducts } from './products-headwear';
import { hoodieAndSweatshirtProducts } from './products-hoodies-sweatshirts';
import { jacketProducts } from './products-jackets';
import { jeanProducts } from './products-jeans';
import { knitProducts } from './products-knits';
import { pufferAndCoatProducts } from './products-puffers-coats';
import { scarfAndSockProducts } from './products-scarves-socks';
import { shirtProducts } from './products-shirts';
import { skirtProducts } from './products-skirts';
import { sneakerProducts } from './products-sneakers';
import { teeProducts } from './products-tees';
import { toteProducts } from './products-totes';
import { trouserAndShortsProducts } from './products-trousers-shorts';
import type { SeedProduct } from './types';

/**
 * The whole demo catalogue, grouped by category in navigation order.
 * Order matters: the seed derives each product's creation date from its index.
 */
export const products: SeedProduct[] = [
  ...pufferAndCoatProducts,
  ...jacketProducts,
  ...teeProducts,
  ...shirtProducts,
  ...knitProducts,
  ...hoodieAndSweatshirtProducts,
  ...jeanProducts,
  ...trouserAndShortsProducts,
  ...dressProducts,
  ...skirtProducts,
  ...sneakerProducts,
  ...bootProducts,
  ...toteProducts,
  ...backpackProducts,
  ...headwearProducts,
  ...scarfAndSockProducts,
];
