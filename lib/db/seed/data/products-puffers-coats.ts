import type { SeedProduct } from './types';

/** Outerwear: down and padded puffers, wool coats and trenches. */
export const pufferAndCoatProducts: SeedProduct[] = [
  {
    handle: 'lightweight-down-puffer',
    title: 'Lightweight Down Puffer',
    category: 'outerwear',
    kind: 'puffer',
    description:
      'A featherlight jacket filled with responsibly sourced 90/10 duck down and finished with a water-repellent nylon shell. It packs into its own inside pocket, so it earns a place in your bag from October to April. Machine wash cold and tumble dry low with clean tennis balls to restore the loft.',
    price: 129000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Olive', hex: '5b5f3a' },
      { name: 'Sand', hex: 'd8c7a6' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['down', 'puffer', 'packable', 'water-repellent', 'lightweight'],
    featured: true,
  },
  {
    handle: 'longline-hooded-down-parka',
    title: 'Longline Hooded Down Parka',
    category: 'outerwear',
    kind: 'puffer',
    description:
      'Our warmest coat: 700 fill power goose down in a knee-length cut with a two-way zip and a fleece-lined hood. The storm flap and ribbed inner cuffs keep the wind out on exposed bus stops. Dry clean or wash on a gentle down cycle.',
    price: 289000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['down', 'parka', 'hooded', 'winter', 'long'],
  },
  {
    handle: 'recycled-padded-vest',
    title: 'Recycled Padded Vest',
    category: 'outerwear',
    kind: 'puffer',
    description:
      'A quilted gilet insulated with synthetic fill spun from recycled bottles, so it stays warm even when damp. Wear it over a knit in autumn or under a coat in deep winter. Machine washable.',
    price: 59000,
    colors: [
      { name: 'Black', hex: '111111' },
      { name: 'Forest', hex: '2f4a3a' },
      { name: 'Stone', hex: 'cfc6b4' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['vest', 'recycled', 'padded', 'layering'],
    availability: 'online-only',
  },
  {
    handle: 'cropped-boxy-puffer',
    title: 'Cropped Boxy Puffer',
    category: 'outerwear',
    kind: 'puffer',
    description:
      'A short, wide puffer with a high stand collar and elasticated hem that sits neatly over wide-leg trousers. The matte ripstop shell is treated to shed light rain and snow. Filled with 80/20 recycled down.',
    price: 149000,
    colors: [
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Black', hex: '111111' },
      { name: 'Sage', hex: 'a3b19a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['down', 'puffer', 'cropped', 'ripstop'],
  },
  {
    handle: 'double-faced-wool-cashmere-coat',
    title: 'Double-Faced Wool Cashmere Coat',
    category: 'outerwear',
    kind: 'coat',
    description:
      'Cut from a double-faced Italian cloth of 90% wool and 10% cashmere, finished by hand with no lining for a soft, fluid drape. A relaxed, dropped-shoulder silhouette falls just below the knee. Dry clean only.',
    price: 429000,
    colors: [
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Oatmeal', hex: 'd9cdb6' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['wool', 'cashmere', 'coat', 'tailored', 'winter'],
    featured: true,
  },
  {
    handle: 'single-breasted-chesterfield-coat',
    title: 'Single-Breasted Chesterfield Coat',
    category: 'outerwear',
    kind: 'coat',
    description:
      'A classic three-button overcoat in a dense 80% wool melton with a notched lapel and a fully lined body. It is sized to sit comfortably over a suit jacket or a thick knit. Dry clean only.',
    price: 259000,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Charcoal', hex: '36393d' },
      { name: 'Camel', hex: 'b8895a' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['wool', 'overcoat', 'tailored', 'workwear'],
  },
  {
    handle: 'water-repellent-cotton-trench',
    title: 'Water-Repellent Cotton Trench',
    category: 'outerwear',
    kind: 'coat',
    description:
      'A double-breasted trench in tightly woven cotton gabardine with a fluorocarbon-free water-repellent finish, ideal for the spring rains. Details include a storm flap, buckled cuffs and a detachable belt. Machine wash cold, line dry.',
    price: 219000,
    colors: [
      { name: 'Stone', hex: 'cfc6b4' },
      { name: 'Khaki', hex: 'a39a72' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['trench', 'water-repellent', 'gabardine', 'cotton', 'spring'],
  },
  {
    handle: 'herringbone-tweed-balmacaan',
    title: 'Herringbone Tweed Balmacaan Coat',
    category: 'outerwear',
    kind: 'coat',
    description:
      'A raglan-sleeved balmacaan in a 520 g/m² herringbone wool tweed woven in a small mill run. The short collar can be buttoned up to the chin when the wind picks up. Limited quantities; dry clean only.',
    price: 339000,
    colors: [
      { name: 'Grey Herringbone', hex: '6e6a64' },
      { name: 'Brown Herringbone', hex: '6b5440' },
    ],
    sizes: ['S', 'M', 'L', 'XL'],
    tags: ['wool', 'tweed', 'herringbone', 'coat', 'heritage'],
    availability: 'limited',
  },
  {
    handle: 'wool-duffle-coat',
    title: 'Wool Duffle Coat',
    category: 'outerwear',
    kind: 'coat',
    description:
      'A hooded duffle in heavy boiled wool with horn-effect toggles and leather-look loops. The plaid cotton lining adds warmth without bulk. Try one on in store to get the sleeve length right.',
    price: 279000,
    colors: [
      { name: 'Navy', hex: '1f2a44' },
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Forest', hex: '2f4a3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['wool', 'duffle', 'hooded', 'toggle', 'winter'],
    availability: 'store-only',
  },
];
