import 'server-only';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse';
import { AppError } from '@/lib/http/errors';
import { ndjsonLines } from '@/lib/http/ndjson';
import { assertStorableText } from '@/lib/http/storable-text';
import { productsFromLines } from './import-lines';
import type { ProductItem } from './product-item';
import { normalizeHeader, productsFromShopifyRows, type CsvRow } from './shopify-csv';

export type ImportFormat = 'shopify-csv' | 'ndjson';

/** A file's format from its name, else from its first character (`{` is NDJSON). */
export async function detectFormat(file: string): Promise<ImportFormat> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'shopify-csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{')
      ? 'ndjson'
      : 'shopify-csv';
  } finally {
    await handle.close();
  }
}

/** Where a record starts: csv-parse counts the line it ends on; a quoted cell may span lines. */
const startLine = (endLine: number, raw: string) =>
  endLine -
  (raw
    .replace(/^(\r?\n)+/, '')
    .replace(/\r?\n$/, '')
    .match(/\n/g)?.length ?? 0);

async function* csvRows(file: string, skipped: ProductItem[]): AsyncGenerator<CsvRow> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (headers: string[]) => headers.map(normalizeHeader),
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  // A row csv-parse cannot read (an unclosed quote) is reported and skipped; the file goes on.
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, handle: null, error: new AppError('invalid_request', error.message) });
  });
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
    raw: string;
  }>) {
    yield { line: startLine(info.lines, raw), cells: record };
  }
}

/** Rows that csv-parse skipped come out between products, in the order they were met. */
async function* withSkipped(items: AsyncIterable<ProductItem>, skipped: ProductItem[]): AsyncGenerator<ProductItem> {
  for await (const item of items) {
    yield* skipped.splice(0);
    yield item;
  }
  yield* skipped.splice(0);
}

/** The products a file holds, one at a time as it is read: Aisle's NDJSON or Shopify's product CSV. */
export function productsInFile(file: string, format: ImportFormat): AsyncIterable<ProductItem> {
  if (format === 'ndjson') {
    const lines = ndjsonLines(
      createReadStream(file),
      { maxBytes: Number.MAX_SAFE_INTEGER, maxLineBytes: 4 * 1024 * 1024 },
      (value) => assertStorableText(value, 'body'),
    );
    return productsFromLines(lines);
  }
  const skipped: ProductItem[] = [];
  return withSkipped(productsFromShopifyRows(csvRows(file, skipped)), skipped);
}
