import { z } from 'zod';
import { ART_KINDS, ART_VIEWS } from '@/lib/catalog/art/kinds';
import { renderProductArt } from '@/lib/catalog/art/render';
import { route } from '@/lib/http/route';

const paramsSchema = z.object({
  kind: z.enum(ART_KINDS),
  color: z.string().regex(/^[0-9a-f]{6}$/),
  view: z
    .string()
    .regex(/^[a-z]+\.(svg|png)$/)
    .transform((v) => ({ view: v.slice(0, -4), format: v.slice(-3) }))
    .pipe(z.object({ view: z.enum(ART_VIEWS), format: z.enum(['svg', 'png']) })),
});

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Product imagery drawn locally: deterministic, so it is cached for a year. SVG for the
 * storefront; PNG for Open Graph and JSON-LD consumers that do not read SVG.
 */
export const GET = route({ params: paramsSchema }, async ({ params }) => {
  const svg = renderProductArt({ kind: params.kind, color: params.color, view: params.view.view });
  if (params.view.format === 'png') {
    const { default: sharp } = await import('sharp');
    const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
    return new Response(new Uint8Array(png), {
      headers: { 'content-type': 'image/png', 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' },
    });
  }
  return new Response(svg, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': IMMUTABLE,
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
    },
  });
});
