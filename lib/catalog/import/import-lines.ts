import 'server-only';
import type { Db } from '@/lib/db';
import { AppError, fromZodError } from '@/lib/http/errors';
import type { NdjsonLine } from '@/lib/http/ndjson';
import type { ProductItem } from './product-item';
import { productInputSchema, productLineSchema } from './product-input';
import type { BulkResult } from './schema';
import { upsertProduct, type UpsertOptions } from './upsert-product';

const errorOf = (e: AppError): NonNullable<BulkResult['error']> => ({
  code: e.code,
  message: e.message,
  ...(e.fields ? { fields: e.fields } : {}),
});

/** An NDJSON line as a product to upsert: `handle` inside, the rest as PUT takes it. */
export function productFromLine(item: NdjsonLine): ProductItem {
  if ('error' in item) return { line: item.line, handle: null, error: item.error };
  const head = productLineSchema.safeParse(item.value);
  if (!head.success) return { line: item.line, handle: null, error: fromZodError(head.error, 'body') };
  const { handle, ...rest } = head.data;
  const parsed = productInputSchema.safeParse(rest);
  if (!parsed.success) return { line: item.line, handle, error: fromZodError(parsed.error, 'body') };
  return { line: item.line, handle, input: parsed.data };
}

/** A database refusal that is the line's fault (a value it cannot take, a SKU another line just took). */
function isLineFault(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = String(e?.code ?? e?.cause?.code ?? '');
  return code.startsWith('22') || code.startsWith('23');
}

/**
 * Upserts products one after another as they come, yielding each one's result: a bad item is
 * that item's error and the rest still land. Anything else (the database gone) ends the run.
 */
export async function* importProducts(
  db: Db,
  items: AsyncIterable<ProductItem>,
  opts: UpsertOptions,
): AsyncGenerator<BulkResult> {
  for await (const item of items) {
    if (!item.input) {
      yield { line: item.line, handle: item.handle, status: 'error', error: errorOf(item.error) };
      continue;
    }
    try {
      const product = await upsertProduct(db, item.handle!, item.input, opts);
      yield { line: item.line, handle: item.handle, status: product.result };
    } catch (error) {
      if (error instanceof AppError) {
        yield { line: item.line, handle: item.handle, status: 'error', error: errorOf(error) };
      } else if (isLineFault(error)) {
        const refused = new AppError('invalid_request', 'The product holds a value the store cannot take');
        yield { line: item.line, handle: item.handle, status: 'error', error: errorOf(refused) };
      } else throw error;
    }
  }
}

export async function* productsFromLines(lines: AsyncIterable<NdjsonLine>): AsyncGenerator<ProductItem> {
  for await (const line of lines) yield productFromLine(line);
}

/**
 * The bulk answer, `{ "results": [ … ] }`, written as each result comes: nothing waits for the
 * whole body, and a client reads it as one JSON document. What ends the run early (a body past
 * its cap, the database gone) is the last result, so the client knows where it stopped.
 */
export function streamResults(results: AsyncGenerator<BulkResult>): Response {
  const encoder = new TextEncoder();
  let first = true;
  let last = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('{"results":['));
    },
    async pull(controller) {
      const emit = (r: BulkResult) => {
        controller.enqueue(encoder.encode(`${first ? '' : ','}\n${JSON.stringify(r)}`));
        first = false;
        last = r.line;
      };
      try {
        const next = await results.next();
        if (!next.done) return emit(next.value);
      } catch (error) {
        const stopped =
          error instanceof AppError
            ? error
            : new AppError('internal_error', 'The import stopped here on our side; send the rest again');
        if (!(error instanceof AppError)) console.error('[catalog] bulk import stopped', error);
        emit({ line: last + 1, handle: null, status: 'error', error: errorOf(stopped) });
      }
      controller.enqueue(encoder.encode('\n]}\n'));
      controller.close();
    },
    async cancel() {
      await results.return(undefined);
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
