import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Category, ProductDetail, ProductList } from '@/lib/catalog/schema';
import { forgetCatalogReads } from '@/lib/catalog/forget-catalog-reads';
import { optionValueTranslations, productTranslations, products } from '@/lib/db/schema';
import type { Offer } from '@/lib/offers/schema';
import type { Store } from '@/lib/stores/schema';
import { api } from '../support/api';
import { keyWith } from '../support/api-keys';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const inLocale = (lang: string) => api.with({ headers: { 'accept-language': lang } });
const ko = inLocale('ko-KR');
const ja = inLocale('ja-JP');

describe(`the catalog in the request's locale (${DB_LABEL})`, () => {
  it('answers a product in Korean and Japanese: title, description, category and option names; English as it was', async () => {
    const path = '/api/products/heavyweight-cotton-crew-tee';
    const [en, k, j] = await Promise.all([
      api.get<ProductDetail>(path),
      ko.get<ProductDetail>(path),
      ja.get<ProductDetail>(path),
    ]);
    expect(en.body.title).toBe('Heavyweight Cotton Crew Tee');
    expect(en.body.titleLang).toBeUndefined();
    expect(en.body.category.name).toBe('Tops & Tees');
    expect(k.body.title).not.toBe(en.body.title);
    expect(k.body.title).toMatch(/[\uac00-\ud7a3]/);
    expect(k.body.titleLang).toBeUndefined();
    expect(k.body.description).toMatch(/[\uac00-\ud7a3]/);
    expect(k.body.category).toMatchObject({ slug: 'tops', name: '상의·티셔츠' });
    expect(k.body.optionLabels?.color?.Navy).toEqual({ text: '네이비' });
    expect(j.body.optionLabels?.color?.['Heather Grey']).toEqual({ text: '杢グレー' });
    expect(j.body.category.name).toBe('トップス・Tシャツ');
    // The variants still say what the shop matches on: the base values.
    expect(k.body.variants.some((v) => v.options.color === 'Navy')).toBe(true);
    expect(en.headers.get('vary')).toContain('Accept-Language');
  });

  it('falls back to the English text, marked as English, where the retailer gave no translation', async () => {
    const [row] = await db.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.handle, 'heavyweight-cotton-crew-tee'));
    await db.db.delete(productTranslations).where(eq(productTranslations.productId, row!.id));
    await db.db.delete(optionValueTranslations).where(eq(optionValueTranslations.value, 'Navy'));
    forgetCatalogReads(db.db);
    const k = await ko.get<ProductDetail>('/api/products/heavyweight-cotton-crew-tee');
    expect(k.body).toMatchObject({ title: 'Heavyweight Cotton Crew Tee', titleLang: 'en', descriptionLang: 'en' });
    expect(k.body.optionLabels?.color?.Navy).toEqual({ text: 'Navy', lang: 'en' });
    expect(k.body.optionLabels?.color?.White).toEqual({ text: '화이트' });
    const list = await ko.get<ProductList>('/api/products?q=heavyweight&limit=60');
    const card = list.body.items.find((i) => i.handle === 'heavyweight-cotton-crew-tee');
    expect(card).toMatchObject({ title: 'Heavyweight Cotton Crew Tee', titleLang: 'en' });
    expect(card?.colors.find((c) => c.name === 'Navy')?.label).toEqual({ text: 'Navy', lang: 'en' });
  });

  it('names categories, stores and offers in the locale', async () => {
    const cats = await ja.get<{ categories: Category[] }>('/api/categories');
    expect(cats.body.categories.map((c) => c.name)).toContain('ファッション小物');
    expect(cats.body.categories.every((c) => !c.nameLang)).toBe(true);
    const stores = await ja.get<{ stores: Store[] }>('/api/stores?market=JP');
    expect(stores.body.stores.find((s) => s.slug === 'shibuya')).toMatchObject({
      name: 'Aisle 渋谷店',
      address: { street: '渋谷区神南1丁目19-11', city: '東京都', postalCode: '150-0041', country: 'JP' },
    });
    const koStores = await ko.get<{ stores: Store[] }>('/api/stores');
    expect(koStores.body.stores.find((s) => s.slug === 'seongsu')?.name).toBe('Aisle 성수점');
    const offers = await ko.get<{ offers: Offer[] }>('/api/offers');
    const welcome = offers.body.offers.find((o) => o.code === 'WELCOME10');
    expect(welcome).toMatchObject({ title: '첫 주문 10% 할인' });
    expect(welcome?.reason).toMatch(/[\uac00-\ud7a3]/);
  });

  it("takes option values' names from the integration API into the dictionary, and refuses names of values not listed", async () => {
    const writer = api.key(await keyWith(db, ['catalog:write']));
    const body = (translations: Record<string, { ko?: string; ja?: string }>) => ({
      title: { en: 'Harbour Rain Shell', ko: '하버 레인 셸', ja: 'ハーバー レインシェル' },
      description: { en: 'A light shell for wet commutes.' },
      category: 'outerwear',
      options: [
        { name: 'Size', values: ['S'] },
        { name: 'Color', values: ['Harbour Teal'], translations },
      ],
      variants: [
        {
          sku: 'HRS-TEAL-S',
          options: { Size: 'S', Color: 'Harbour Teal' },
          prices: [{ market: 'KR', amount: 99_000 }],
        },
      ],
    });
    const refused = await writer.put('/api/integrations/products/harbour-rain-shell', body({ Teal: { ko: '틸' } }));
    expect(refused.status).toBe(422);
    const made = await writer.put(
      '/api/integrations/products/harbour-rain-shell',
      body({ 'Harbour Teal': { ko: '하버 틸', ja: 'ハーバーティール' } }),
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const [k, j] = await Promise.all([
      ko.get<ProductDetail>('/api/products/harbour-rain-shell'),
      ja.get<ProductDetail>('/api/products/harbour-rain-shell'),
    ]);
    expect(k.body.optionLabels?.color?.['Harbour Teal']).toEqual({ text: '하버 틸' });
    expect(j.body.optionLabels?.color?.['Harbour Teal']).toEqual({ text: 'ハーバーティール' });
    expect(k.body).toMatchObject({ title: '하버 레인 셸', descriptionLang: 'en' });
    expect(k.body.optionLabels?.size?.S).toEqual({ text: 'S' });
  });
});
