import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { artFiles, type Rasterise } from '@/lib/catalog/art/art-files';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-art-files-'));
  dirs.push(dir);
  return dir;
};

/** A rasteriser that counts its calls and how many ran at once. */
function counting(fail = 0) {
  const seen = { calls: 0, running: 0, most: 0 };
  const rasterise: Rasterise = async (svg) => {
    seen.calls++;
    seen.running++;
    seen.most = Math.max(seen.most, seen.running);
    await new Promise((r) => setTimeout(r, 10));
    seen.running--;
    if (seen.calls <= fail) throw new Error('out of memory');
    return new TextEncoder().encode(`png of ${svg.length}`);
  };
  return { seen, rasterise };
}

const puffer = { kind: 'puffer', color: '3d4a3a', view: 'front' } as const;
const coat = { kind: 'coat', color: '3d4a3a', view: 'front' } as const;

describe('art files', () => {
  it('renders one file once for concurrent callers, and different files one at a time', async () => {
    const { seen, rasterise } = counting();
    const files = artFiles({ rasterise, dir: () => null });
    const all = await Promise.all([...Array(5).fill(puffer), ...Array(5).fill(coat)].map((a) => files.png(a)));
    expect(seen.calls).toBe(2);
    expect(seen.most).toBe(1);
    expect(new Set(all.slice(0, 5)).size).toBe(1);
    await files.png(puffer);
    expect(seen.calls).toBe(2);
  });

  it('keeps PNGs on disk for the next process, and keeps them apart from other drawings', async () => {
    const dir = tempDir();
    const first = counting();
    await artFiles({ rasterise: first.rasterise, dir: () => dir }).png(puffer);
    const second = counting();
    const again = artFiles({ rasterise: second.rasterise, dir: () => dir });
    expect(new TextDecoder().decode(await again.png(puffer))).toBe(
      new TextDecoder().decode(await first.rasterise((await again.svg(puffer)) as string)),
    );
    expect(second.seen.calls).toBe(0);
    await again.png(coat);
    expect(second.seen.calls).toBe(1);
    expect(readdirSync(dir).sort()).toHaveLength(2);
  });

  it('bounds the PNGs kept in memory, and does not keep a failed render', async () => {
    const { seen, rasterise } = counting(1);
    const files = artFiles({ rasterise, dir: () => null, memoryPngs: 1 });
    await expect(files.png(puffer)).rejects.toThrow('out of memory');
    await files.png(puffer);
    await files.png(coat);
    await files.png(puffer);
    expect(seen.calls).toBe(4);
  });

  it('turns renders away past a short queue (503 with Retry-After) instead of holding them for minutes', async () => {
    const { seen, rasterise } = counting();
    const files = artFiles({ rasterise, dir: () => null, maxWaiting: 3 });
    const views = ['front', 'back', 'detail'] as const;
    const asked = ['3d4a3a', '112233', '445566'].flatMap((color) =>
      views.map((view) =>
        files.png({ kind: 'puffer', color, view }).then(
          () => 'drawn',
          (e: { code?: string; retryAfterSeconds?: number }) => `${e.code}:${e.retryAfterSeconds}`,
        ),
      ),
    );
    const answers = await Promise.all(asked);
    expect(answers.filter((a) => a === 'drawn')).toHaveLength(3);
    expect(new Set(answers.filter((a) => a !== 'drawn'))).toEqual(new Set(['service_unavailable:5']));
    expect(seen.calls).toBe(3);
    // Once drained, a file turned away is drawn on request.
    await expect(files.png({ kind: 'puffer', color: '112233', view: 'front' })).resolves.toBeInstanceOf(Uint8Array);
  });
});
