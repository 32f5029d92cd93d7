import { describe, expect, it } from 'vitest';
import type { ProductList } from '@/lib/catalog/schema';
import { and, eq } from 'drizzle-orm';
import { forgetCatalogReads } from '@/lib/catalog/forget-catalog-reads';
import { productTranslations } from '@/lib/db/schema';
import { seed } from '@/lib/db/seed/seed';
import { ko } from '@/lib/i18n/messages/ko';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();

const search = async (q: string) => {
  const res = await api.get<ProductList>(`/api/products?limit=48&q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items.map((p) => p.handle);
};

const JACKETS = ['ripstop-field-jacket', 'nylon-coach-jacket', 'lambskin-leather-biker-jacket'];
const SNEAKERS = ['leather-court-sneaker', 'canvas-high-top-sneaker', 'chunky-platform-sneaker'];
const LEATHER_BOOTS = ['leather-chelsea-boot', 'leather-lace-up-ankle-boot', 'leather-knee-high-boot'];

describe(`search in Korean and Japanese (${DB_LABEL})`, () => {
  // Each query, products it must find, and what every hit must be (precision). The light down
  // puffer is a ライトダウンジャケット in Japan the knit trainer a スニーカー and the overshirt a シャツジャケット, as shops there say.
  it.each([
    ['재킷', JACKETS, /jacket|shell/],
    ['자켓', JACKETS, /jacket|shell/],
    ['패딩', ['lightweight-down-puffer', 'cropped-boxy-puffer', 'recycled-padded-vest'], /puffer|padded|parka/],
    ['스니커즈', SNEAKERS, /sneaker/],
    ['스니커', SNEAKERS, /sneaker/],
    ['가죽 부츠', LEATHER_BOOTS, /leather.*boot/],
    ['가죽부츠', LEATHER_BOOTS, /leather.*boot/],
    ['가죽 부츠를', LEATHER_BOOTS, /leather.*boot/],
    ['메리노', ['merino-rib-beanie', 'merino-half-zip-sweater'], /merino/],
    ['ジャケット', JACKETS, /jacket|shell|puffer|overshirt/],
    ['じゃけっと', JACKETS, /jacket|shell|puffer|overshirt/],
    ['スニーカー', SNEAKERS, /sneaker|trainer/],
    ['ｽﾆｰｶｰ', SNEAKERS, /sneaker|trainer/],
    ['レザーブーツ', LEATHER_BOOTS, /leather.*boot/],
    ['レザー ブーツ', LEATHER_BOOTS, /leather.*boot/],
    ['ブーツを', LEATHER_BOOTS, /boot/],
    ['merino 니트', ['merino-knit-dress', 'merino-half-zip-sweater'], /merino/],
  ] as const)('%s finds the right products and only them', async (q, expected, kind) => {
    const found = await search(q);
    expect(found).toEqual(expect.arrayContaining([...expected]));
    for (const handle of found) expect(handle).toMatch(kind);
  });

  it('ranks title matches above products that only mention the word elsewhere', async () => {
    // 패딩 is also the quilted tote's padding (퀼팅 패딩 토트백): the puffers' titles say more of it.
    const found = await search('다운 패딩');
    expect(found.slice(0, 2).sort()).toEqual(['lightweight-down-puffer', 'longline-hooded-down-parka']);
  });

  it("finds what the search box's own examples name", async () => {
    const examples = ko.nav.searchPlaceholder.replace(/검색…$/, '').split(/[,，]\s*/);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(await search(example.trim()), example).not.toEqual([]);
  });

  it('keeps Latin search and its typo tolerance in every locale', async () => {
    expect(await search('jacket')).toEqual(expect.arrayContaining(JACKETS));
    expect((await search('mereno swater'))[0]).toMatch(/merino/);
    expect(await search('snekers')).toEqual(expect.arrayContaining(SNEAKERS));
    expect(await search('zzzzqqq')).toEqual([]);
    expect(await search('쿼크쿼크')).toEqual([]);
  });

  it('finds a product the catalog API just wrote, by its Japanese and Korean text', async () => {
    const token = await keyWith(db, ['catalog:write']);
    const res = await api.key(token).put('/api/integrations/products/kyoto-indigo-noragi', {
      title: { en: 'Indigo Noragi Jacket', ko: '인디고 노라기 재킷', ja: '藍染め野良着ジャケット' },
      description: { en: 'A hand-dyed work jacket.', ja: '職人が一枚ずつ藍で染めた野良着。' },
      category: 'outerwear',
      status: 'active',
      variants: [{ sku: 'KIN-1', options: {}, prices: [{ market: 'KR', amount: 129_000 }] }],
      images: [],
    });
    expect(res.status).toBeLessThan(300);
    expect(await search('藍染め')).toEqual(['kyoto-indigo-noragi']);
    expect(await search('野良着')).toEqual(['kyoto-indigo-noragi']);
    expect(await search('노라기')).toEqual(['kyoto-indigo-noragi']);
    // The description is searched too, below titles.
    expect(await search('職人')).toEqual(['kyoto-indigo-noragi']);
  });

  it('fills the search of translations written before it existed when the seed runs again', async () => {
    const [tote] = await db.db.select().from(productTranslations).where(eq(productTranslations.locale, 'ja')).limit(1);
    await db.db
      .update(productTranslations)
      .set({ title: '帆布の旅鞄', search: '' })
      .where(and(eq(productTranslations.productId, tote!.productId), eq(productTranslations.locale, 'ja')));
    forgetCatalogReads(db.db);
    expect(await search('旅鞄')).toEqual([]);
    await seed(db.db);
    forgetCatalogReads(db.db);
    expect((await search('旅鞄')).length).toBe(1);
  });
});
