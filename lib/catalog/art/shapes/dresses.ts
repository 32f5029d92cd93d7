import { tshirt } from './tops';
export const dress = tshirt;
export const skirt = tshirt;
