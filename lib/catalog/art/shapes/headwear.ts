import { tshirt } from './tops';
export const cap = tshirt;
export const beanie = tshirt;
