import 'server-only';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCache } from '@/lib/cache/read-cache';
import { AppError, retryAfter } from '@/lib/http/errors';
import type { ArtKind, ArtView } from './kinds';
import { renderProductArt } from '@/lib/db/seed/art/render';

// The files are the data folder's, found at run time: `turbopackIgnore` keeps the build from
// tracing the whole project into the server bundle for them.

export type Art = { kind: ArtKind; color: string; view: ArtView };
export type Rasterise = (svg: string) => Promise<Uint8Array>;

/** Bumped when the PNG encoding changes, so files encoded the old way are not served. */
const PNG_ENCODING = 'png-c9-v1';

/**
 * The drawn files, each made at most once: SVGs kept in memory (about 10 kB each), PNGs (about
 * 0.5 MB, ~1 s of CPU to rasterise) in a small in-memory LRU over files in `dir`, named by a hash of
 * the drawing, so a file from an older drawing is never served. Concurrent requests for one file
 * share one render, and renders run one at a time: a cold catalog costs one core, not all of them;
 * at most `maxWaiting` wait, so a flood is turned away rather than held.
 */
export function artFiles(opts: {
  rasterise: Rasterise;
  dir: () => string | null;
  memoryPngs?: number;
  /** Renders that may wait their turn; more are refused (503) rather than queued. */
  maxWaiting?: number;
}) {
  const owner = {};
  const forever = () => Number.POSITIVE_INFINITY;
  const keyOf = (art: Art) => `${art.kind}/${art.color}/${art.view}`;
  const svg = readCache(async (_: object, art: Art) => renderProductArt(art), keyOf, {
    ttlMs: forever,
    maxEntries: 2000,
  });
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const maxWaiting = opts.maxWaiting ?? 16;
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    // A flood of distinct files must not queue for minutes with its sockets held open: past a
    // short queue the answer is "busy, come back" (503 with Retry-After), and the queue drains.
    if (waiting >= maxWaiting) {
      return Promise.reject(
        new AppError('service_unavailable', 'Images are being drawn; try again shortly', { headers: retryAfter(5) }),
      );
    }
    waiting++;
    const run = queue.then(work, work).finally(() => waiting--);
    queue = run.catch(() => undefined);
    return run;
  };
  const png = readCache(
    async (_: object, art: Art): Promise<Uint8Array> => {
      const drawing = await svg(owner, art);
      const dir = opts.dir();
      const file =
        dir && path.join(dir, `${createHash('sha256').update(`${PNG_ENCODING}\n${drawing}`).digest('hex')}.png`);
      if (file) {
        const stored = await readFile(/* turbopackIgnore: true */ file).catch(() => null);
        if (stored) return new Uint8Array(stored);
      }
      const made = await oneAtATime(() => opts.rasterise(drawing));
      if (file) await store(file, made);
      return made;
    },
    keyOf,
    { ttlMs: forever, maxEntries: opts.memoryPngs ?? 48 },
  );
  return { svg: (art: Art) => svg(owner, art), png: (art: Art) => png(owner, art) };
}

/** Written whole or not at all: a reader never sees half a file. A full disk only costs the cache. */
async function store(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  try {
    await mkdir(/* turbopackIgnore: true */ path.dirname(file), { recursive: true });
    await writeFile(/* turbopackIgnore: true */ partial, bytes);
    await rename(/* turbopackIgnore: true */ partial, file);
  } catch (error) {
    await rm(/* turbopackIgnore: true */ partial, { force: true }).catch(() => undefined);
    console.warn('[art] could not keep a rendered PNG', (error as Error).message);
  }
}
