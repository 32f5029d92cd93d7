import { tshirt } from './tops';
export const sneaker = tshirt;
export const boot = tshirt;
