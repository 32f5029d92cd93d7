import path from 'node:path';
import { z } from 'zod';
import { artFiles } from '@/lib/catalog/art/art-files';
import { knownArt } from '@/lib/catalog/art/known-art';
import { ART_KINDS, ART_VIEWS } from '@/lib/catalog/art/kinds';
import { getDb } from '@/lib/db';
import { dataDir, readEnv } from '@/lib/env';
import { toErrorResponse } from '@/lib/http/route';

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

const files = artFiles({
  rasterise: async (svg) => {
    const { default: sharp } = await import('sharp');
    // One libvips thread: a render queued behind another must not take the core pages need.
    sharp.concurrency(1);
    return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
  },
  // Beside the database's files; an in-memory database keeps its drawings in memory only.
  dir: () => {
    const dir = dataDir(readEnv());
    return dir.startsWith('memory://') ? null : path.join(dir, 'art-cache');
  },
});

/** An image that is not the shop's: a plain 404 (these are files, not the API). */
function notFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'public, max-age=60',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * Product imagery drawn locally, for the kinds and colours the shop shows (others are a 404):
 * deterministic, so each file is made once and cached for a year. SVG for the storefront; PNG for
 * Open Graph and JSON-LD consumers that do not read SVG.
 */
export async function GET(_request: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Response> {
  try {
    const parsed = paramsSchema.safeParse(await ctx.params);
    if (!parsed.success) return notFound();
    const { kind, color, view } = parsed.data;
    if (!(await knownArt(await getDb())).has(`${kind}/${color}`)) return notFound();
    const art = { kind, color, view: view.view };
    if (view.format === 'png') {
      return new Response(new Uint8Array(await files.png(art)), {
        headers: { 'content-type': 'image/png', 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' },
      });
    }
    return new Response(await files.svg(art), {
      headers: {
        'content-type': 'image/svg+xml; charset=utf-8',
        'cache-control': IMMUTABLE,
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    // The database out of reach (503), or a fault: JSON like every other answer of ours.
    return toErrorResponse(error);
  }
}
