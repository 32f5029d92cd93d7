import { catalogImportContract } from '@/lib/catalog/import/contract';
import { upsertProduct } from '@/lib/catalog/import/upsert-product';
import { apiImageSource } from '@/lib/catalog/import/media';
import { route } from '@/lib/http/route';

export const PUT = route(catalogImportContract.putProduct, async (ctx) => {
  const product = await upsertProduct(ctx.db, ctx.params.handle, ctx.body, {
    now: ctx.now,
    images: apiImageSource(ctx.env),
  });
  return Response.json(product, { status: product.result === 'created' ? 201 : 200 });
});
