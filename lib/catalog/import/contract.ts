import { z } from 'zod';
import { operation } from '@/lib/http/operation';
import { bulkResultSchema, integrationProductSchema } from './schema';
import { handleSchema, productInputSchema, productLineDocSchema } from './product-input';

/** The bulk body's caps: a 100,000-variant catalog fits in one request, a line is one product. */
export const BULK_MAX_BYTES = 256 * 1024 * 1024;
export const BULK_MAX_LINE_BYTES = 1024 * 1024;

/** The retailer's catalog in: one product by handle, or many as NDJSON (Bearer key with catalog:write). */
export const catalogImportContract = {
  putProduct: operation({
    method: 'put',
    path: '/api/integrations/products/{handle}',
    auth: 'key:catalog:write',
    summary:
      'Create or update a product by handle: text per locale, category (made when unknown), tags, options, variants by SKU (missing ones archived), prices in the shop market, images (fetched and stored by the shop)',
    tags: ['integrations'],
    params: z.object({ handle: handleSchema }),
    body: productInputSchema,
    // A product of 500 variants with its text in three locales is past the default 64 KB.
    maxBodyBytes: BULK_MAX_LINE_BYTES,
    responses: {
      201: { description: 'Created', schema: integrationProductSchema },
      200: {
        description: 'Updated, or `result: "unchanged"` when the same payload was applied already (nothing written)',
        schema: integrationProductSchema,
      },
      422: {
        description:
          'invalid_request naming the field: a market other than the shop one, an option value not declared, a SKU of another product, an image that could not be fetched',
        schema: null,
      },
    },
  }),
  bulkProducts: operation({
    method: 'post',
    path: '/api/integrations/products/bulk',
    auth: 'key:catalog:write',
    summary:
      'Create or update many products, one JSON object a line (application/x-ndjson) with its handle inside; each line is applied on its own (partial success), results are streamed as lines land',
    tags: ['integrations'],
    ndjson: { line: productLineDocSchema, maxBytes: BULK_MAX_BYTES, maxLineBytes: BULK_MAX_LINE_BYTES },
    responses: {
      200: {
        description:
          'A result per line, in order; a line that could not be applied is `error` with why; an early stop (a body past its cap) is the last result',
        schema: z.object({ results: z.array(bulkResultSchema) }),
      },
      413: { description: 'payload_too_large: a declared Content-Length past the cap', schema: null },
      415: { description: 'unsupported_media_type: not application/x-ndjson', schema: null },
    },
  }),
};
