import 'server-only';
import path from 'node:path';
import type { Db } from '@/lib/db';
import { archiveMissing } from './archive-missing';
import { importProducts } from './import-lines';
import { detectFormat, productsInFile, type ImportFormat } from './read-import-file';
import type { BulkResult } from './schema';

export type ImportSummary = Record<BulkResult['status'], number> & { format: ImportFormat; archived: string[] };

/** One result as the importer's report prints it: `line 12 (handle): why [field: why]`. */
export function describeResult(r: BulkResult): string {
  const where = `line ${r.line}${r.handle ? ` (${r.handle})` : ''}`;
  if (r.status !== 'error') return `${where}: ${r.status}`;
  const fields = Object.entries(r.error?.fields ?? {}).map(([f, m]) => `${f}: ${m.join('; ')}`);
  return `${where}: ${r.error?.message ?? 'error'}${fields.length ? ` [${fields.join(' | ')}]` : ''}`;
}

/**
 * Imports a catalog file (Aisle's NDJSON or Shopify's product CSV) product by product as it is
 * read, so memory holds one product at a time whatever the file's size. Local image paths are
 * read relative to the file. Each result goes to `onResult` as it lands (nothing is collected);
 * a bad product is its own error and the rest still land. With `archiveMissing` the file is the
 * whole catalog: active products it does not name are archived afterwards.
 */
export async function importFile(
  db: Db,
  file: string,
  opts: { now: Date; format?: ImportFormat; archiveMissing?: boolean; onResult?: (r: BulkResult) => void },
): Promise<ImportSummary> {
  const format = opts.format ?? (await detectFormat(file));
  const summary: ImportSummary = { format, created: 0, updated: 0, unchanged: 0, error: 0, archived: [] };
  const images = { files: path.dirname(path.resolve(file)) };
  // Only with --archive-missing: the handles the file names (a product that failed still counts as named).
  const named = new Set<string>();
  for await (const result of importProducts(db, productsInFile(file, format), { now: opts.now, images })) {
    summary[result.status]++;
    if (opts.archiveMissing && result.handle) named.add(result.handle);
    opts.onResult?.(result);
  }
  if (opts.archiveMissing) summary.archived = await archiveMissing(db, named, opts.now);
  return summary;
}
