import { z } from 'zod';
import {
  categorySchema,
  handleParamsSchema,
  productDetailSchema,
  productListQuerySchema,
  productListSchema,
} from '@/lib/catalog/schema';
import { storeSchema, storesQuerySchema } from '@/lib/stores/schema';
import type { Operation } from './openapi';

export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

/** Every BFF route. Adding a route means adding it here; a test keeps the two in step. */
export const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/products',
    summary: 'List and search products',
    tags: ['catalog'],
    query: productListQuerySchema,
    responses: { 200: { description: 'A page of products', schema: productListSchema } },
  },
  {
    method: 'get',
    path: '/api/products/{handle}',
    summary: 'One product with its variants and images',
    tags: ['catalog'],
    params: handleParamsSchema,
    responses: { 200: { description: 'The product', schema: productDetailSchema } },
  },
  {
    method: 'get',
    path: '/api/categories',
    summary: 'Categories with product counts',
    tags: ['catalog'],
    responses: { 200: { description: 'Categories', schema: z.object({ categories: z.array(categorySchema) }) } },
  },
  {
    method: 'get',
    path: '/api/stores',
    summary: 'Stores, nearest first when lat/lng are given',
    tags: ['stores'],
    query: storesQuerySchema,
    responses: { 200: { description: 'Stores', schema: z.object({ stores: z.array(storeSchema) }) } },
  },
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database reachability',
    tags: ['ops'],
    responses: {
      200: { description: 'Healthy', schema: healthSchema },
      503: { description: 'Database unreachable', schema: null },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tags: ['ops'],
    responses: { 200: { description: 'OpenAPI 3.1 document', schema: null } },
  },
];
