import { describe, expect, it } from 'vitest';
import { productDescriptionsCjk } from '@/lib/db/seed/data/product-descriptions-cjk';
import { productTitlesCjk } from '@/lib/db/seed/data/product-titles-cjk';
import { products } from '@/lib/db/seed/data/products';

const HANGUL = /[\uac00-\ud7a3]/;
const KANA = /[\u3040-\u30ff]/;
/** Figures as the English writes them: 18.5, 20,000, 90/10 (each side), 2x2 (each side). */
const FIGURES = /\d+(?:[.,]\d+)*/g;

/** Korean sentences end in a full stop and a space ("13.5oz" has none); Japanese ones in 。 */
const KO_SENTENCE_END = /(?<=\.)\s+/;
const JA_SENTENCE_END = /(?<=。)/;

function sentences(text: string, end: RegExp): string[] {
  return text
    .split(end)
    .map((s) => s.trim())
    .filter(Boolean);
}

function descriptionOf(handle: string): { ko: string; ja: string } {
  const d = productDescriptionsCjk[handle];
  if (!d) throw new Error(`no Korean/Japanese description for ${handle}`);
  return d;
}

describe('seed product descriptions in Korean and Japanese', () => {
  it('covers exactly the seed products, by handle', () => {
    expect(Object.keys(productDescriptionsCjk).sort()).toEqual(products.map((p) => p.handle).sort());
  });

  it('has real copy in each language: not the English, in the right script, of a comparable length', () => {
    for (const p of products) {
      const d = descriptionOf(p.handle);
      for (const text of [d.ko, d.ja]) {
        expect(text.trim(), p.handle).toBe(text);
        expect(text, p.handle).not.toBe(p.description);
        expect(text.length, p.handle).toBeGreaterThan(p.description.length * 0.35);
        expect(text.length, p.handle).toBeLessThan(p.description.length);
      }
      expect(d.ko, p.handle).toMatch(HANGUL);
      expect(d.ko, p.handle).not.toMatch(KANA);
      expect(d.ja, p.handle).toMatch(KANA);
      expect(d.ja, p.handle).not.toMatch(HANGUL);
    }
  });

  it('names the product as its Korean and Japanese title does, so a renamed title shows here', () => {
    for (const p of products) {
      const d = descriptionOf(p.handle);
      expect(d.ko, p.handle).toContain(productTitlesCjk[p.handle]?.ko);
      expect(d.ja, p.handle).toContain(productTitlesCjk[p.handle]?.ja);
    }
  });

  it('keeps every figure of the English (weights, percentages, sizes)', () => {
    for (const p of products) {
      const d = descriptionOf(p.handle);
      for (const figure of p.description.match(FIGURES) ?? []) {
        expect(d.ko, `${p.handle} ko ${figure}`).toContain(figure);
        expect(d.ja, `${p.handle} ja ${figure}`).toContain(figure);
      }
    }
  });

  it('keeps one register (Korean ~합니다 and its ~십시오, Japanese です/ます) and about as many sentences as the English', () => {
    for (const p of products) {
      const d = descriptionOf(p.handle);
      const ko = sentences(d.ko, KO_SENTENCE_END);
      const ja = sentences(d.ja, JA_SENTENCE_END);
      const english = p.description.split(/(?<=[.!?])\s+/).length;
      for (const count of [ko.length, ja.length]) {
        expect(count, p.handle).toBeGreaterThanOrEqual(1);
        expect(count, p.handle).toBeLessThanOrEqual(english + 1);
      }
      for (const s of ko) expect(s, p.handle).toMatch(/(?:다|시오)\.$/);
      for (const s of ja) expect(s, p.handle).toMatch(/(?:です|ます|ました|ません|ください)。$/);
    }
  });
});
