import { readStoredImage } from '@/lib/catalog/import/media';
import { getDb } from '@/lib/db';
import { toErrorResponse } from '@/lib/http/route';

/**
 * An image the shop stored from an import (lib/catalog/import/media.ts): its name is the hash
 * of its bytes, so it never changes and is cached for a year; `next/image` resizes it from here.
 */
export async function GET(_request: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Response> {
  try {
    const { file = '' } = await ctx.params;
    const image = await readStoredImage(await getDb(), file);
    if (!image)
      return new Response('Not found\n', {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' },
      });
    return new Response(new Uint8Array(image.bytes), {
      headers: {
        'content-type': image.type,
        'content-length': String(image.bytes.byteLength),
        'cache-control': 'public, max-age=31536000, immutable',
        'content-security-policy': "default-src 'none'",
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
