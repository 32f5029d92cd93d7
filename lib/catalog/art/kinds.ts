/** The product silhouettes the local image generator can draw. */
export const ART_KINDS = [
  'puffer',
  'coat',
  'jacket',
  'tshirt',
  'shirt',
  'sweater',
  'hoodie',
  'jeans',
  'trousers',
  'shorts',
  'dress',
  'skirt',
  'sneaker',
  'boot',
  'tote',
  'backpack',
  'cap',
  'beanie',
  'scarf',
  'socks',
] as const;
export type ArtKind = (typeof ART_KINDS)[number];

/** Each product gets one image per view and colour: a gallery. */
export const ART_VIEWS = ['front', 'back', 'detail'] as const;
export type ArtView = (typeof ART_VIEWS)[number];
