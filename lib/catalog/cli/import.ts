import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { describeResult, importFile } from '@/lib/catalog/import/import-file';
import type { ImportFormat } from '@/lib/catalog/import/read-import-file';
import { withCliDb } from '@/lib/db/cli/cli-db';

/**
 * `npm run catalog:import -- FILE [--format shopify-csv|ndjson] [--archive-missing]`: a catalog
 * file into the shop, product by product (see lib/catalog/import/import-file.ts); with
 * `--archive-missing` the file is the whole catalog and active products it does not name are archived. Prints each failed line as it is
 * met and a summary at the end; exits 0 when every product landed, 3 when some could not (the
 * others did), 2 on a wrong command line.
 */
const USAGE = 'Usage: catalog:import -- FILE [--format shopify-csv|ndjson] [--archive-missing] [--verbose]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: { format: { type: 'string' }, 'archive-missing': { type: 'boolean' }, verbose: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const file = positionals[0];
if (!file || positionals.length > 1) fail('Name one file to import');
if (!existsSync(file)) fail(`No such file: ${file}`);
const format = values.format as ImportFormat | undefined;
if (format && format !== 'shopify-csv' && format !== 'ndjson') fail(`Unknown format ${format}`);

const started = Date.now();
const summary = await withCliDb((db) =>
  importFile(db, file, {
    now: new Date(),
    format,
    archiveMissing: values['archive-missing'] ?? false,
    onResult: (r) => {
      if (r.status === 'error') console.error(describeResult(r));
      else if (values.verbose) console.info(describeResult(r));
    },
  }),
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.info(
  `Imported ${file} (${summary.format}) in ${seconds} s: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.error} errors`,
);
if (summary.archived.length > 0)
  console.info(`Archived ${summary.archived.length} products the file does not name: ${summary.archived.join(', ')}`);
process.exitCode = summary.error > 0 ? 3 : 0;
