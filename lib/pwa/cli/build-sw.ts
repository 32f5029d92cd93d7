/**
 * Builds the service worker after `next build`: bundles lib/pwa/sw/service-worker.ts with
 * esbuild, then injects the precache manifest (this build's static files, the icons,
 * the offline page and the offline bag page at each locale's address) with workbox-build. The result is served at /sw.js by app/sw.js/route.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { buildDir } from '../../../server/build-dir.mjs';
import { OFFLINE_URLS } from '../cache-policy';

const root = process.cwd();
const outDir = path.join(root, buildDir, 'aisle-sw');
const buildId = readFileSync(path.join(root, buildDir, 'BUILD_ID'), 'utf8').trim();
const bundled = path.join(outDir, 'sw.bundle.js');

await build({
  entryPoints: [path.join(root, 'lib/pwa/sw/service-worker.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  outfile: bundled,
  define: {
    'process.env.NODE_ENV': '"production"',
    // Which build a worker belongs to; AISLE_SW_VERSION names a rebuilt worker (the update test).
    __AISLE_SW_VERSION__: JSON.stringify(process.env.AISLE_SW_VERSION ?? buildId),
  },
  logLevel: 'warning',
});

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: path.join(outDir, 'sw.js'),
  globDirectory: path.join(root, buildDir),
  globPatterns: ['static/**/*.{js,css,woff2}'],
  // Next's hashed files never change under one name: no revision needed.
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  modifyURLPrefix: { 'static/': '/_next/static/' },
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  additionalManifestEntries: [
    ...OFFLINE_URLS.map((url) => ({ url, revision: buildId })),
    ...['icon-192.png', 'icon-512.png', 'maskable-512.png', 'apple-touch-icon.png'].map((f) => ({
      url: `/icons/${f}`,
      revision: buildId,
    })),
  ],
});
for (const w of warnings) console.warn(`[sw] ${w}`);
console.info(`[sw] ${count} files precached (${Math.round(size / 1024)} KB), build ${buildId}`);
