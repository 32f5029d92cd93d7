import type { ArtKind, ArtView } from './kinds';

/** Where the locally generated image for a product colour and view is served. */
export function artUrl(kind: ArtKind, colorHex: string, view: ArtView): string {
  return `/media/art/${kind}/${colorHex}/${view}.svg`;
}
