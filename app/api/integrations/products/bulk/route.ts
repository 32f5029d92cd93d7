import { catalogImportContract } from '@/lib/catalog/import/contract';
import { importProducts, productsFromLines, streamResults } from '@/lib/catalog/import/import-lines';
import { apiImageSource } from '@/lib/catalog/import/media';
import { linesOf, route } from '@/lib/http/route';

export const POST = route(catalogImportContract.bulkProducts, async (ctx) =>
  streamResults(
    importProducts(ctx.db, productsFromLines(linesOf(ctx)), { now: ctx.now, images: apiImageSource(ctx.env) }),
  ),
);
