import { tshirt } from './tops';
export const tote = tshirt;
export const backpack = tshirt;
