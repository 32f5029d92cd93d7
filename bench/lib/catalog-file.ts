import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A generated catalog in Aisle's NDJSON (the lines `npm run catalog:import` and the bulk route
 * take): `variants` variants over products of 2–10 sizes × 1–3 colours, in six categories, each
 * written as it is made (the generator itself holds one product). Deterministic for a `seed`, so
 * two runs import the same file and a second import is all `unchanged`.
 */
export async function writeCatalogFile(file: string, variants: number, seed = 1): Promise<{ products: number }> {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: the same file for the same seed, on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '44', '46', '48', '50'] as const;
  const COLORS = ['Black', 'Navy', 'Ivory', 'Olive', 'Grey', 'Camel', 'Red', 'Blue'] as const;
  const CATEGORIES = ['Outerwear', 'Tops & Tees', 'Knitwear', 'Trousers & Jeans', 'Shoes', 'Bags'] as const;
  const WORDS = ['Harbour', 'Field', 'Canvas', 'Linen', 'Wool', 'Ridge', 'City', 'Coast', 'Trail', 'Studio'] as const;
  const KINDS = ['Coat', 'Shirt', 'Knit', 'Trousers', 'Sneaker', 'Tote', 'Jacket', 'Tee'] as const;

  const out = createWriteStream(file);
  let written = 0;
  let products = 0;
  while (written < variants) {
    products++;
    const sizes = SIZES.slice(0, Math.min(2 + Math.floor(next() * 9), SIZES.length));
    const colors = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(COLORS)))];
    const handle = `bench-${products}`;
    const price = (20 + Math.floor(next() * 300)) * 1000;
    const combos = colors.flatMap((color) => sizes.map((size) => ({ size, color })));
    const chosen = combos.slice(0, variants - written);
    const line = JSON.stringify({
      handle,
      title: { en: `${pick(WORDS)} ${pick(KINDS)} ${products}`, ko: `벤치 상품 ${products}` },
      description: { en: `A generated product for the import benchmark, number ${products}.` },
      category: pick(CATEGORIES),
      tags: ['bench', pick(WORDS).toLowerCase()],
      status: 'active',
      options: [
        { name: 'Size', values: [...new Set(chosen.map((c) => c.size))] },
        { name: 'Color', values: [...new Set(chosen.map((c) => c.color))] },
      ],
      variants: chosen.map((c) => ({
        sku: `${handle.toUpperCase()}-${c.color.toUpperCase()}-${c.size}`,
        options: { Size: c.size, Color: c.color },
        prices: [{ market: 'KR', amount: price }],
      })),
      images: [],
    });
    written += chosen.length;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { products };
}
