import { benchBuild, buildDir } from './server/build-dir.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: buildDir,
  // The benchmark's pages and routes are `.bench.tsx`/`.bench.ts` files: routes only in its build.
  ...(benchBuild && { pageExtensions: ['bench.tsx', 'bench.ts', 'tsx', 'ts', 'jsx', 'js'] }),
  // Inlined into the bundles: a build stays what it was built as, whatever the server's environment says.
  env: { AISLE_BENCH_BUILD: benchBuild ? '1' : '0' },
  // PGlite loads its WASM and extension bundles from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // The end-to-end suite can run against `npm run dev` on 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  typedRoutes: false,
  // app/global-not-found.tsx: unmatched URLs get the storefront's shell without the bare root layout.
  experimental: { globalNotFound: true },
  images: {
    // Product art is SVG drawn by our own route; it is already resolution-independent.
    dangerouslyAllowSVG: false,
  },
  async rewrites() {
    // RFC 9116's address; App Router does not route folders whose names start with a dot.
    return [{ source: '/.well-known/security.txt', destination: '/security.txt' }];
  },
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          {
            key: 'Permissions-Policy',
            value: 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
          },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          // Browsers honour it only over HTTPS, where production runs; never on a developer's http://localhost.
          ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
        ],
      },
      {
        // The staff console scans pickup QR codes and product barcodes with the tablet's camera
        // (its own origin only); the shop never asks for it. Later entries win for the same key.
        source: '/staff/:path*',
        headers: [
          { key: 'Permissions-Policy', value: 'geolocation=(self), camera=(self), microphone=(), payment=(), usb=()' },
        ],
      },
      {
        // JSON and files: nothing in them may run or be framed. Pages get theirs, with a nonce, from proxy.ts.
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
