import { catalogImportContract } from '@/lib/catalog/import/contract';
import { upsertProduct } from '@/lib/catalog/import/upsert-product';
import { route } from '@/lib/http/route';

export const PUT = route(catalogImportContract.putProduct, async (ctx) => {
  const product = await upsertProduct(ctx.db, ctx.params.handle, ctx.body, { now: ctx.now, images: { files: null } });
  return Response.json(product, { status: product.result === 'created' ? 201 : 200 });
});
