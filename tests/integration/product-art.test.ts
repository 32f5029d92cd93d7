import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as getArt } from '@/app/media/art/[kind]/[color]/[view]/route';
import { productImages } from '@/lib/db/schema';
import { DB_LABEL, useTestDb } from '../support/test-db';

// Rasterising is the expensive step the route must do at most once per file: counted, not run.
const sharpCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('sharp', () => ({
  default: Object.assign(
    (input: Buffer) => ({
      png: () => ({
        toBuffer: async () => {
          sharpCalls.count++;
          await new Promise((r) => setTimeout(r, 30));
          return Buffer.from(`\x89PNG fake of ${input.length} bytes`);
        },
      }),
    }),
    { concurrency: () => 1 },
  ),
}));

const db = useTestDb();
let dataDir: string;
let known: { kind: string; color: string };

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'aisle-art-'));
  vi.stubEnv('AISLE_DATA_DIR', dataDir);
  // A colour with letters in it, so that its upper-case spelling is a different address.
  const urls = await db.db.select({ url: productImages.url }).from(productImages);
  const [, , , kind, color] = urls.find((i) => /\/[0-9]*[a-f][0-9a-f]*\//.test(i.url))!.url.split('/');
  known = { kind: kind!, color: color! };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

const art = (kind: string, color: string, view: string) =>
  getArt(new Request(`http://aisle.test/media/art/${kind}/${color}/${view}`), {
    params: Promise.resolve({ kind, color, view }),
  });

describe(`product art (${DB_LABEL})`, () => {
  it('draws only the kinds and colours the shop shows: any other colour, kind or view is a plain 404, drawn never', async () => {
    const before = sharpCalls.count;
    for (const [kind, color, view] of [
      [known.kind, '123457', 'front.png'],
      [known.kind, '123457', 'front.svg'],
      ['rocket', known.color, 'front.png'],
      [known.kind, known.color, 'side.png'],
      [known.kind, known.color, 'front.gif'],
      [known.kind, known.color.toUpperCase(), 'front.png'],
    ]) {
      const res = await art(kind!, color!, view!);
      expect(res.status, `${kind}/${color}/${view}`).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).not.toContain('immutable');
    }
    expect(sharpCalls.count).toBe(before);
  });

  it('the home page and category tiles’ art is the shop’s too', async () => {
    for (const [kind, color] of [
      ['puffer', '3d4a3a'],
      ['sweater', 'c8b49a'],
      ['jeans', '6b4f3a'],
    ]) {
      expect((await art(kind!, color!, 'front.svg')).status, `${kind}/${color}`).toBe(200);
    }
  });

  it('renders a PNG once however many ask at the same moment, keeps it, and serves it immutable', async () => {
    const before = sharpCalls.count;
    const answers = await Promise.all(Array.from({ length: 8 }, () => art(known.kind, known.color, 'back.png')));
    const bodies = await Promise.all(answers.map(async (r) => Buffer.from(await r.arrayBuffer()).toString('latin1')));
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect(new Set(bodies).size).toBe(1);
    expect(sharpCalls.count - before).toBe(1);
    // Asked again later: from the cache, not drawn again; and kept on disk for the next process.
    expect((await art(known.kind, known.color, 'back.png')).status).toBe(200);
    expect(sharpCalls.count - before).toBe(1);
    expect(readdirSync(path.join(dataDir, 'art-cache')).filter((f) => f.endsWith('.png'))).toHaveLength(1);
    const svg = await art(known.kind, known.color, 'back.svg');
    expect(svg.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await svg.text()).toMatch(/^<svg /);
  });
});
