import 'server-only';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import type { Env } from '@/lib/env';
import { media } from '@/lib/db/schema';
import { internalDestination } from '@/lib/security/outbound-address';

/** The largest image the shop takes, and how long a fetch of one may take. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const IMAGE_FETCH_TIMEOUT_MS = 15_000;

/** An image that could not be had: the line that named it fails, the rest of the import goes on. */
export class ImageError extends Error {}

/**
 * Where images may come from: http(s) URLs always; local files only for the command-line
 * importer, relative to the file it reads (`files`). Over the API a path is refused.
 */
export type ImageSource = {
  files: string | null;
  /**
   * Why a URL must not be fetched, or null; asked at every redirect. The API in production refuses
   * hosts that are, or resolve to, an address inside the network: an integrator's payload must not
   * make the shop fetch its own network's services or a cloud's metadata endpoint and store the answer.
   */
  checkDestination?: (url: URL) => Promise<string | null>;
  timeoutMs?: number;
  maxBytes?: number;
};
/** Where the API takes images from: URLs only, and in production only public ones. */
export function apiImageSource(env: Env): ImageSource {
  const publicOnly = env.NODE_ENV === 'production' && env.AISLE_IMAGE_LOCAL_SOURCES !== '1';
  return { files: null, checkDestination: publicOnly ? (url) => internalDestination(url) : undefined };
}

/** Redirects an image URL may take before it is refused. */
const MAX_REDIRECTS = 5;

const TYPES: { type: string; ext: string; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/png', ext: 'png', test: (b) => hex(b, 0, 8) === '89504e470d0a1a0a' },
  { type: 'image/jpeg', ext: 'jpg', test: (b) => hex(b, 0, 3) === 'ffd8ff' },
  { type: 'image/gif', ext: 'gif', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { type: 'image/webp', ext: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { type: 'image/avif', ext: 'avif', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)) },
];
const hex = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('hex');
const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');

/** The stored file's name and type, for bytes that are a raster image (SVG is refused: it can carry script). */
export function imageTypeOf(bytes: Uint8Array): { type: string; ext: string } | null {
  const found = TYPES.find((t) => t.test(bytes));
  return found ? { type: found.type, ext: found.ext } : null;
}

export const MEDIA_URL = /^\/media\/([0-9a-f]{64})\.(png|jpg|gif|webp|avif)$/;
const mediaUrl = (hash: string, ext: string) => `/media/${hash}.${ext}`;

/** Stores an image's bytes once, by their SHA-256, and returns the URL the shop serves it at. */
export async function storeImage(db: Db, bytes: Uint8Array): Promise<string> {
  const kind = imageTypeOf(bytes);
  if (!kind) throw new ImageError('Not a PNG, JPEG, GIF, WebP or AVIF image');
  const hash = createHash('sha256').update(bytes).digest('hex');
  await db.insert(media).values({ hash, contentType: kind.type, bytes, size: bytes.byteLength }).onConflictDoNothing();
  return mediaUrl(hash, kind.ext);
}

/** A stored image by its file name (`<sha256>.<ext>`), or null. */
export async function readStoredImage(db: Db, file: string): Promise<{ bytes: Uint8Array; type: string } | null> {
  const match = MEDIA_URL.exec(`/media/${file}`);
  if (!match) return null;
  const [row] = await db.select().from(media).where(eq(media.hash, match[1]!));
  if (!row || imageTypeOf(row.bytes)?.ext !== match[2]) return null;
  return { bytes: row.bytes, type: row.contentType };
}

/**
 * The shop's URL for an image a product names: one of the shop's own (`/media/…`) as it is, else
 * the bytes fetched (a URL, with a timeout and a size cap) or read (a local file, importer only)
 * and stored.
 */
export async function resolveImage(db: Db, src: string, source: ImageSource): Promise<string> {
  if (src.startsWith('/media/art/')) return src;
  if (MEDIA_URL.test(src)) {
    if (!(await readStoredImage(db, src.slice('/media/'.length)))) throw new ImageError(`${src}: no such stored image`);
    return src;
  }
  const bytes = /^https?:\/\//i.test(src) ? await fetchBytes(src, source) : await readLocal(src, source);
  return storeImage(db, bytes);
}

async function fetchBytes(src: string, source: ImageSource): Promise<Uint8Array> {
  const limit = source.maxBytes ?? MAX_IMAGE_BYTES;
  const response = await fetchFollowing(src, source);
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new ImageError(`${src}: answered ${response.status}`);
  }
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    await response.body.cancel();
    throw new ImageError(`${src}: larger than ${limit} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      size += chunk.byteLength;
      if (size > limit) throw new ImageError(`${src}: larger than ${limit} bytes`);
      chunks.push(chunk);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    if (error instanceof ImageError) throw error;
    throw new ImageError(`${src}: the download broke off`);
  }
  return Buffer.concat(chunks, size);
}

/** The answer at `src`, redirects followed one at a time so each hop's host is checked. */
async function fetchFollowing(src: string, source: ImageSource): Promise<Response> {
  const signal = AbortSignal.timeout(source.timeoutMs ?? IMAGE_FETCH_TIMEOUT_MS);
  let url = new URL(src);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImageError(`${src}: redirected off http(s)`);
    const refused = await source.checkDestination?.(url);
    if (refused) throw new ImageError(`${src}: refused, ${refused}`);
    let response: Response;
    try {
      response = await fetch(url, { signal, redirect: 'manual', headers: { accept: 'image/*' } });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'could not be fetched';
      throw new ImageError(`${src}: ${reason}`);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    if (hop === MAX_REDIRECTS) throw new ImageError(`${src}: more than ${MAX_REDIRECTS} redirects`);
    url = new URL(location, url);
  }
}

async function readLocal(src: string, source: ImageSource): Promise<Uint8Array> {
  if (source.files === null) throw new ImageError(`${src}: give an http(s) URL`);
  const file = path.resolve(source.files, src.replace(/^file:\/\//, ''));
  const limit = source.maxBytes ?? MAX_IMAGE_BYTES;
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new ImageError(`${src}: no such file`);
  }
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new ImageError(`${src}: larger than ${limit} bytes`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
