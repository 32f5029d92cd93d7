import type { SeedProduct } from './types';

/** Tops & Tees: woven shirts and blouses. */
export const shirtProducts: SeedProduct[] = [
  {
    handle: 'linen-camp-collar-shirt',
    title: 'Linen Camp Collar Shirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A short-sleeve camp collar shirt in 100% European linen, enzyme-washed so it feels soft from day one. The straight hem is made to be worn untucked through a sticky Korean summer. Machine wash cold; it looks best with a few creases.',
    price: 59000,
    colors: [
      { name: 'Sand', hex: 'd8c7a6' },
      { name: 'Sky Blue', hex: '9cc3e4' },
      { name: 'Off White', hex: 'f4f1ea' },
      { name: 'Olive', hex: '5b5f3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['linen', 'camp-collar', 'summer', 'short-sleeve'],
  },
  {
    handle: 'oxford-button-down-shirt',
    title: 'Oxford Button-Down Shirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A wardrobe staple in a substantial cotton oxford cloth with a soft-roll button-down collar and a box pleat at the back. Dress it up with trousers or wear it open over a tee. Machine wash warm, hang to dry.',
    price: 49000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Sky Blue', hex: '9cc3e4' },
      { name: 'Blue Stripe', hex: '7d9cc4' },
      { name: 'Pink', hex: 'e8bfc0' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    tags: ['oxford', 'cotton', 'button-down', 'workwear'],
  },
  {
    handle: 'cotton-poplin-relaxed-shirt',
    title: 'Cotton Poplin Relaxed Shirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A crisp, lightweight poplin shirt with an oversized body, dropped shoulders and a curved hem. The fine weave stays cool in humid weather. Iron on medium heat while slightly damp.',
    price: 45000,
    colors: [
      { name: 'White', hex: 'fafafa' },
      { name: 'Butter', hex: 'f1e2a4' },
      { name: 'Black', hex: '111111' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['poplin', 'cotton', 'oversized', 'shirt'],
  },
  {
    handle: 'brushed-flannel-check-shirt',
    title: 'Brushed Flannel Check Shirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A soft, double-brushed cotton flannel in a seasonal check, with two flap chest pockets. Heavy enough to wear as a light overshirt in October. This season’s checks are produced in one run only.',
    price: 55000,
    colors: [
      { name: 'Red Check', hex: '9b2f2f' },
      { name: 'Green Check', hex: '3c5a45' },
      { name: 'Grey Check', hex: '707378' },
    ],
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    tags: ['flannel', 'check', 'cotton', 'overshirt'],
    availability: 'limited',
  },
  {
    handle: 'chambray-work-shirt',
    title: 'Chambray Work Shirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A utility shirt in a 5 oz cotton chambray with twin pockets, triple-stitched seams and a locker loop at the back. It fades gently with washing, just like denim. Machine wash cold.',
    price: 59000,
    colors: [
      { name: 'Chambray', hex: '8aa3bf' },
      { name: 'Indigo', hex: '2b3a5c' },
    ],
    sizes: ['S', 'M', 'L', 'XL'],
    tags: ['chambray', 'workwear', 'denim', 'cotton'],
  },
  {
    handle: 'silk-blend-drape-blouse',
    title: 'Silk-Blend Drape Blouse',
    category: 'tops',
    kind: 'shirt',
    description:
      'A fluid blouse in a silk and viscose blend with a concealed placket and softly gathered cuffs. It drapes beautifully tucked into tailored trousers. Hand wash cold or dry clean; come in store to feel the fabric.',
    price: 89000,
    colors: [
      { name: 'Ivory', hex: 'f6f1e3' },
      { name: 'Black', hex: '111111' },
      { name: 'Mocha', hex: '7a5c4a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['silk', 'blouse', 'workwear', 'drape'],
    availability: 'store-only',
  },
  {
    handle: 'fine-wale-corduroy-overshirt',
    title: 'Fine-Wale Corduroy Overshirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A 14-wale cotton corduroy shirt with a soft collar and patch pockets, sitting somewhere between a shirt and a light jacket. Wear it buttoned up with a tee underneath or open as a layer. Machine wash cold, inside out.',
    price: 69000,
    colors: [
      { name: 'Camel', hex: 'b8895a' },
      { name: 'Burgundy', hex: '6d1f2c' },
      { name: 'Olive', hex: '5b5f3a' },
    ],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    tags: ['corduroy', 'overshirt', 'cotton', 'layering'],
  },
  {
    handle: 'seersucker-short-sleeve-shirt',
    title: 'Seersucker Short-Sleeve Shirt',
    category: 'tops',
    kind: 'shirt',
    description:
      'A puckered cotton seersucker shirt that holds away from the skin for airflow on the hottest days. No ironing needed; the texture is the point. A summer-only run in limited quantities.',
    price: 49000,
    colors: [
      { name: 'Blue Stripe', hex: '7d9cc4' },
      { name: 'Sage Stripe', hex: 'a3b19a' },
    ],
    sizes: ['S', 'M', 'L', 'XL'],
    tags: ['seersucker', 'summer', 'cotton', 'short-sleeve'],
    availability: 'limited',
  },
];
