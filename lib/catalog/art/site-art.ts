import { ART_KINDS, type ArtKind } from './kinds';

/** The two shots beside the home page's headline. */
export const HOME_ART = [
  { kind: 'puffer', color: '3d4a3a' },
  { kind: 'sweater', color: 'c8b49a' },
] as const satisfies readonly { kind: ArtKind; color: string }[];

/** Category tiles take these colours in turn. */
export const TILE_COLORS = ['6b4f3a', '2f3e46', 'b08968', '3a5a40', '7f5539', '4a4e69', '9c6644', '264653'] as const;

/** A category's silhouette; one the generator cannot draw falls back to a T-shirt. */
export function tileKind(imageKind: string): ArtKind {
  return (ART_KINDS as readonly string[]).includes(imageKind) ? (imageKind as ArtKind) : 'tshirt';
}
