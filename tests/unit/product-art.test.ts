import { describe, expect, it } from 'vitest';
import { ART_KINDS, ART_VIEWS } from '@/lib/catalog/art/kinds';
import { renderProductArt } from '@/lib/db/seed/art/render';

const COLORS = ['1f2a44', 'efe6d2', '151515', 'b23a2e', 'ffffff', '8a8d91'];
const MAX_BYTES = 20 * 1024;

/** Minimal XML well-formedness check: balanced tags, quoted attributes, no stray markup. */
function checkWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of svg.matchAll(tag)) {
    const between = svg.slice(last, m.index);
    // Text between tags may only be CSS inside <style>; never markup.
    expect(between, `stray text before <${m[2]}>`).not.toMatch(/[<>]/);
    if (between.trim()) expect(stack[stack.length - 1]).toBe('style');
    last = m.index + m[0].length;
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClose) stack.push(name ?? '');
  }
  expect(last, 'unparsed tail').toBe(svg.length);
  expect(stack).toEqual([]);
}

function ids(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('renderProductArt', () => {
  for (const kind of ART_KINDS) {
    describe(kind, () => {
      it('renders a well-formed, self-contained, small SVG for every view and colour', () => {
        for (const view of ART_VIEWS) {
          for (const color of COLORS) {
            const svg = renderProductArt({ kind, color, view });
            const where = `${kind}/${view}/${color}`;
            expect(svg.startsWith('<svg'), where).toBe(true);
            expect(svg.endsWith('</svg>'), where).toBe(true);
            expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
            expect(svg).toContain('viewBox="0 0 800 1000"');
            checkWellFormed(svg);
            expect(svg).not.toMatch(/<script|<image|<foreignObject|href="http|url\(\s*['"]?http|@import|javascript:/i);
            expect(svg.length, where).toBeLessThan(MAX_BYTES);

            // Every id is unique and prefixed; every reference resolves inside the document.
            const list = ids(svg);
            expect(new Set(list).size, where).toBe(list.length);
            const prefix = list[0]?.split('-')[0] ?? '';
            expect(prefix).toMatch(/^a[0-9a-z]+$/);
            for (const id of list) expect(id.startsWith(`${prefix}-`)).toBe(true);
            const refs = [...svg.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map((m) => m[1]);
            for (const ref of refs) expect(list, `${where} → #${ref}`).toContain(ref);
          }
        }
      });

      it('is deterministic', () => {
        for (const view of ART_VIEWS) {
          const a = renderProductArt({ kind, color: 'b23a2e', view });
          const b = renderProductArt({ kind, color: 'b23a2e', view });
          expect(a).toBe(b);
        }
      });

      it('differs between views and between colours', () => {
        const [front, back, detail] = ART_VIEWS.map((view) => renderProductArt({ kind, color: '1f2a44', view }));
        expect(front).not.toBe(back);
        expect(front).not.toBe(detail);
        expect(back).not.toBe(detail);
        // Not just different ids: the drawing itself changes.
        const strip = (s: string | undefined): string => (s ?? '').replace(/a[0-9a-z]+-/g, '');
        expect(strip(front)).not.toBe(strip(back));
        expect(strip(front)).not.toBe(strip(detail));
        const navy = renderProductArt({ kind, color: '1f2a44', view: 'front' });
        const ecru = renderProductArt({ kind, color: 'efe6d2', view: 'front' });
        expect(navy).not.toBe(ecru);
        expect(navy).toContain('#1f2a44');
        expect(ecru).toContain('#efe6d2');
      });
    });
  }

  it('gives each image its own id prefix so inlined SVGs do not clash', () => {
    const a = ids(renderProductArt({ kind: 'coat', color: '1f2a44', view: 'front' }));
    const b = ids(renderProductArt({ kind: 'coat', color: '1f2a44', view: 'back' }));
    const c = ids(renderProductArt({ kind: 'coat', color: '151515', view: 'front' }));
    for (const id of a) {
      expect(b).not.toContain(id);
      expect(c).not.toContain(id);
    }
  });

  it('falls back to a neutral colour for malformed input', () => {
    const svg = renderProductArt({ kind: 'tshirt', color: 'not-a-colour', view: 'front' });
    expect(svg.startsWith('<svg')).toBe(true);
    checkWellFormed(svg);
  });

  it('rasterises with a real SVG renderer', async () => {
    const sharp = (await import('sharp')).default;
    for (const kind of ART_KINDS) {
      for (const view of ART_VIEWS) {
        const svg = renderProductArt({ kind, color: kind.length % 2 ? '151515' : 'efe6d2', view });
        const meta = await sharp(Buffer.from(svg)).metadata();
        expect(meta.format).toBe('svg');
        expect([meta.width, meta.height]).toEqual([800, 1000]);
      }
    }
    // One full render to pixels: the frame is not blank and the item is darker than the backdrop.
    const png = await sharp(Buffer.from(renderProductArt({ kind: 'jeans', color: '1f2a44', view: 'front' })))
      .resize(80, 100)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number): number => png.data[(y * png.info.width + x) * png.info.channels] ?? 0;
    expect(px(30, 50)).toBeLessThan(px(3, 3) - 60);
  });
});
