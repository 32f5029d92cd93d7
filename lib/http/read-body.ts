import 'server-only';
import { AppError } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;

const tooLarge = (limit: number) =>
  new AppError('payload_too_large', `The body is larger than ${Math.round(limit / 1024)} KB`);

/**
 * The request body as text (UTF-8, as `request.text()` decodes it), read no further than
 * `limit` bytes (see `readBodyBytes`).
 */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/**
 * The request body exactly as sent, read no further than `limit` bytes: a declared
 * Content-Length past it is refused unread, and a chunked body without one is cancelled at the
 * first chunk past it. `request.arrayBuffer()` would buffer whatever the client sends before
 * anything could measure it.
 */
export async function readBodyBytes(request: Request, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: the answer need not wait for the client's side of the stream to close.
      reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
