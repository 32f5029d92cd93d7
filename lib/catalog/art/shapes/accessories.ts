import { tshirt } from './tops';
export const scarf = tshirt;
export const socks = tshirt;
