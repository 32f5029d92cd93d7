import type { ArtKind, ArtView } from './kinds';

/** Where the locally generated image for a product colour and view is served. */
export function artUrl(kind: ArtKind, colorHex: string, view: ArtView): string {
  return `/media/art/${kind}/${colorHex}/${view}.svg`;
}

/**
 * Whether `next/image` should pass an image through as it is: the shop's own drawings are SVG
 * (resolution-independent); imported photos (`/media/<hash>.jpg`…) are resized by it.
 */
export function isVectorImage(url: string): boolean {
  return url.endsWith('.svg');
}
