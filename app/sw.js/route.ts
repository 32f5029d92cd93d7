import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDir } from '@/server/build-dir.mjs';

/**
 * The service worker built by `npm run build` (lib/pwa/cli/build-sw.ts). `no-cache` makes the
 * browser check for a new one on every visit; the scope is the whole site.
 */
export async function GET(): Promise<Response> {
  let body: Buffer;
  try {
    body = await readFile(path.join(process.cwd(), buildDir, 'aisle-sw', 'sw.js'));
  } catch {
    // `npm run dev` builds no worker: the page registers none there.
    return new Response('// No service worker in this build.\n', {
      status: 404,
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
      'service-worker-allowed': '/',
    },
  });
}
