import { z } from 'zod';
import {
  categorySchema,
  handleParamsSchema,
  productDetailSchema,
  productListQuerySchema,
  productListSchema,
} from '@/lib/catalog/schema';
import { storeSchema, storesQuerySchema } from '@/lib/stores/schema';
import { availabilityQuerySchema, availabilitySchema } from '@/lib/inventory/schema';
import { operation } from '@/lib/http/operation';
import { marketQuerySchema } from '@/lib/markets/market-param';
import { productCardsQuerySchema, productCardsSchema, suggestionsQuerySchema } from './suggestions-schema';

export const catalogContract = {
  listProducts: operation({
    method: 'get',
    path: '/api/products',
    auth: 'none',
    cache: 'public',
    summary: 'List and search products',
    tags: ['catalog'],
    query: productListQuerySchema,
    responses: { 200: { description: 'A page of products', schema: productListSchema } },
  }),
  product: operation({
    method: 'get',
    path: '/api/products/{handle}',
    auth: 'none',
    cache: 'public',
    summary: 'One product with its variants and images',
    tags: ['catalog'],
    params: handleParamsSchema,
    query: marketQuerySchema,
    responses: { 200: { description: 'The product', schema: productDetailSchema } },
  }),
  categories: operation({
    method: 'get',
    path: '/api/categories',
    auth: 'none',
    cache: 'public',
    summary: 'Categories with product counts',
    tags: ['catalog'],
    responses: { 200: { description: 'Categories', schema: z.object({ categories: z.array(categorySchema) }) } },
  }),
  stores: operation({
    method: 'get',
    path: '/api/stores',
    auth: 'none',
    summary: 'The stores of the market (`?market=`, else the request’s market), nearest first when lat/lng are given',
    tags: ['stores'],
    query: storesQuerySchema,
    responses: { 200: { description: 'Stores', schema: z.object({ stores: z.array(storeSchema) }) } },
  }),
  availability: operation({
    method: 'get',
    path: '/api/availability',
    auth: 'none',
    summary:
      "A variant's stock for shipping and at every store of the market (`?market=`, else the request’s market), nearest first",
    tags: ['stores'],
    query: availabilityQuerySchema,
    responses: { 200: { description: 'Availability', schema: availabilitySchema } },
  }),
  productCards: operation({
    method: 'get',
    path: '/api/product-cards',
    auth: 'none',
    cache: 'public',
    summary: 'Product cards by id, in the order asked (recently viewed, a guest wishlist)',
    tags: ['catalog'],
    query: productCardsQuerySchema,
    responses: { 200: { description: 'The cards', schema: productCardsSchema } },
  }),
  suggestions: operation({
    method: 'get',
    path: '/api/suggestions',
    auth: 'none',
    summary: '"You may also like": products of a category in stock at a store or online',
    tags: ['catalog'],
    query: suggestionsQuerySchema,
    responses: { 200: { description: 'Suggested products', schema: productCardsSchema } },
  }),
};
