import type { ArtKind, ArtView } from './kinds';

/** Where the locally generated image for a product colour and view is served. */
export function artUrl(kind: ArtKind, colorHex: string, view: ArtView): string {
  return `/media/art/${kind}/${colorHex}/${view}.svg`;
}

/**
 * Whether an image is one of the shop's own drawings (SVG, resolution-independent), shown as it
 * is by a plain `<img>` (components/ui/shop-image.tsx); imported photos (`/media/<hash>.jpg`…)
 * are resized by `next/image`.
 */
export function isVectorImage(url: string): boolean {
  return url.endsWith('.svg');
}
