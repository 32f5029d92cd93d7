import { mutateCallerCart } from '@/lib/cart/http';
import { removeLine, updateLine } from '@/lib/cart/mutate-cart';
import { lineParamsSchema, patchLineBodySchema } from '@/lib/cart/schema';
import { getDb } from '@/lib/db';
import { route } from '@/lib/http/route';

export const PATCH = route(
  { params: lineParamsSchema, body: patchLineBodySchema },
  async ({ request, params, body }) => {
    const db = await getDb();
    return mutateCallerCart(db, request, body, (tx, cartId, opts) => updateLine(tx, cartId, params.lineId, body, opts));
  },
);

export const DELETE = route({ params: lineParamsSchema }, async ({ request, params }) => {
  const db = await getDb();
  return mutateCallerCart(db, request, { lineId: params.lineId }, (tx, cartId, opts) =>
    removeLine(tx, cartId, params.lineId, opts),
  );
});
