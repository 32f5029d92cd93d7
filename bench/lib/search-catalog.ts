import 'server-only';
import { sql } from 'drizzle-orm';
import { translationSearch } from '@/lib/catalog/translation-search';
import type { Db } from '@/lib/db';
import { categories, products, productTranslations, variants } from '@/lib/db/schema';

// The same thing named in English, Korean and Japanese, as the three shops would name it.
const KINDS = [
  ['Jacket', '재킷', 'ジャケット'],
  ['Sneaker', '스니커즈', 'スニーカー'],
  ['Boot', '부츠', 'ブーツ'],
  ['Puffer', '패딩', 'ダウン'],
  ['Sweater', '니트', 'セーター'],
  ['Coat', '코트', 'コート'],
  ['Shirt', '셔츠', 'シャツ'],
  ['Tote', '토트백', 'トートバッグ'],
] as const;
const MATERIALS = [
  ['Leather', '가죽', 'レザー'],
  ['Merino', '메리노', 'メリノ'],
  ['Canvas', '캔버스', 'キャンバス'],
  ['Nylon', '나일론', 'ナイロン'],
  ['Linen', '린넨', 'リネン'],
  ['Corduroy', '코듀로이', 'コーデュロイ'],
  ['Denim', '데님', 'デニム'],
  ['Suede', '스웨이드', 'スエード'],
  ['Cashmere', '캐시미어', 'カシミヤ'],
  ['Fleece', '플리스', 'フリース'],
] as const;
const FITS = [
  ['Relaxed', '릴랙스', 'リラックス'],
  ['Cropped', '크롭', 'ショート丈'],
  ['Oversized', '오버핏', 'オーバーサイズ'],
  ['Slim', '슬림', 'スリム'],
  ['Classic', '클래식', 'クラシック'],
] as const;

/**
 * Writes `count` generated products (one category, one variant each) with Korean and Japanese
 * titles and descriptions, their search vectors made as the catalog writers make them.
 * Deterministic: product n is always the same.
 */
export async function writeSearchCatalog(db: Db, count: number): Promise<void> {
  await db
    .insert(categories)
    .values({ id: 'cat_bench', slug: 'bench', name: 'Bench', description: '', imageKind: 'tote' });
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => {
      const n = start + i + 1;
      const [kind, material, fit] = [
        KINDS[n % KINDS.length]!,
        MATERIALS[(n * 7) % MATERIALS.length]!,
        FITS[(n * 3) % FITS.length]!,
      ];
      return { n, kind, material, fit };
    });
    await db.insert(products).values(
      rows.map(({ n, kind, material, fit }) => ({
        id: `prd_bench_${n}`,
        handle: `bench-search-${n}`,
        title: `${fit[0]} ${material[0]} ${kind[0]} ${n}`,
        description: `A ${fit[0].toLowerCase()} ${kind[0].toLowerCase()} in ${material[0].toLowerCase()}, made for everyday wear. Number ${n}.`,
        categoryId: 'cat_bench',
        tags: [material[0].toLowerCase(), kind[0].toLowerCase()],
      })),
    );
    await db.insert(variants).values(
      rows.map(({ n }) => ({
        id: `var_bench_${n}`,
        productId: `prd_bench_${n}`,
        sku: `BENCH-S-${n}`,
        priceAmount: 10_000 + (n % 300) * 1000,
        currency: 'KRW',
      })),
    );
    await db.insert(productTranslations).values(
      rows.flatMap(({ n, kind, material, fit }) =>
        (['ko', 'ja'] as const).map((locale) => {
          const at = locale === 'ko' ? 1 : 2;
          const title = `${fit[at]} ${material[at]} ${kind[at]} ${n}`;
          const description =
            locale === 'ko'
              ? `매일 입기 좋은 ${material[at]} 소재의 ${kind[at]}입니다. 가볍고 관리가 쉽습니다.`
              : `毎日着られる${material[at]}素材の${kind[at]}。軽くてお手入れも簡単です。`;
          return {
            productId: `prd_bench_${n}`,
            locale,
            title,
            description,
            search: translationSearch({ title, description, baseTitle: `${fit[0]} ${material[0]} ${kind[0]} ${n}` }),
          };
        }),
      ),
    );
  }
  await db.execute(sql`ANALYZE`);
}
