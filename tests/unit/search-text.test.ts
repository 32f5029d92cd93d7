import { describe, expect, it } from 'vitest';
import {
  bigrams,
  cjkTsQuery,
  normalizeSearchText,
  searchLexemes,
  searchVectorLiteral,
  withoutParticle,
  wordSpellings,
} from '@/lib/catalog/search-text';
import { productTitlesCjk } from '@/lib/db/seed/data/product-titles-cjk';
import { products } from '@/lib/db/seed/data/products';

describe('CJK search text', () => {
  it('normalises width, case and kana', () => {
    expect(normalizeSearchText('ｽﾆｰｶｰ')).toBe('スニーカー');
    expect(normalizeSearchText('じゃけっと')).toBe('ジャケット');
    expect(normalizeSearchText('ＭＥＲＩＮＯ')).toBe('merino');
  });

  it('indexes bigrams across the spaces and dots inside a CJK name, whole words otherwise', () => {
    expect(bigrams('부츠')).toEqual(['부츠']);
    expect(bigrams('팩')).toEqual(['팩']);
    expect(searchLexemes('가죽 부츠')).toEqual(['가죽', '죽부', '부츠']);
    expect(searchLexemes('レザー・ブーツ')).toEqual(['レザ', 'ザー', 'ーブ', 'ブー', 'ーツ']);
    expect(searchLexemes('3레이어 Tシャツ')).toEqual(['3', '레이', '이어', 't', 'シャ', 'ャツ']);
  });

  it('takes off a particle only where Korean grammar puts it', () => {
    expect(withoutParticle('부츠를')).toBe('부츠');
    expect(withoutParticle('재킷을')).toBe('재킷');
    expect(withoutParticle('재킷를')).toBeNull(); // 를 follows no batchim
    expect(withoutParticle('부츠을')).toBeNull();
    expect(withoutParticle('매장에서')).toBe('매장');
    expect(withoutParticle('ブーツを')).toBe('ブーツ');
    expect(withoutParticle('를')).toBeNull();
    expect(withoutParticle('jacket')).toBeNull();
  });

  it('searches a word in its synonyms and without its particle', () => {
    expect(wordSpellings('자켓')).toEqual(expect.arrayContaining(['자켓', '재킷']));
    expect(wordSpellings('가죽자켓을')).toEqual(expect.arrayContaining(['가죽재킷']));
    expect(wordSpellings('패딩점퍼')).toContain('패딩');
    expect(wordSpellings('ｼﾞｬｹｯﾄ')).toEqual(['ジャケット', 'ジャケツ']);
  });

  it('asks that every character of a run sit in a bigram, so spaces do not matter', () => {
    expect(cjkTsQuery('가죽부츠')).toBe("(('가죽' & ('가죽' | '죽부') & ('죽부' | '부츠') & '부츠'))");
    expect(cjkTsQuery('가죽 부츠')).toBe("(('가죽')) & (('부츠'))");
    expect(cjkTsQuery('백')).toBe("(('백':*))");
    expect(cjkTsQuery('merino 니트')).toBe("(('merino')) & (('니트'))");
    // A quote splits a word: no text reaches the tsquery unquoted.
    expect(cjkTsQuery("니트 o'neil")).toBe("(('니트')) & ((('o':* & 'neil':*)))");
    expect(cjkTsQuery('  ,、 ')).toBeNull();
  });

  it('writes a tsvector literal with positions and weights', () => {
    expect(
      searchVectorLiteral([
        { text: '패딩', weight: 'A' },
        { text: 'Down', weight: 'B' },
      ]),
    ).toBe("'패딩':1A 'down':2B");
  });

  it('gives every seed product a Korean and a Japanese title', () => {
    for (const p of products) {
      const t = productTitlesCjk[p.handle];
      expect(t?.ko, p.handle).toMatch(/\p{Script=Hangul}/u);
      expect(t?.ja, p.handle).toMatch(/[\p{Script=Katakana}\p{Script=Han}]/u);
    }
    expect(Object.keys(productTitlesCjk).sort()).toEqual(products.map((p) => p.handle).sort());
  });
});
