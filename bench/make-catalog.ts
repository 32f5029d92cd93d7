/**
 * `npx tsx bench/make-catalog.ts FILE [VARIANTS]`: writes a generated catalog of VARIANTS
 * variants (100,000 by default) as Aisle NDJSON, for `npm run catalog:import -- FILE` and the
 * import benchmark.
 */
import { writeCatalogFile } from './lib/catalog-file';

const [file, count = '100000'] = process.argv.slice(2);
if (!file || !/^\d+$/.test(count)) {
  console.error('Usage: tsx bench/make-catalog.ts FILE [VARIANTS]');
  process.exit(2);
}
const { products } = await writeCatalogFile(file, Number(count));
console.info(`Wrote ${count} variants in ${products} products to ${file}`);
