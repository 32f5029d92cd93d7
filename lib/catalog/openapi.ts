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
import type { Operation } from '@/lib/http/openapi-document';

export const catalogOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/products',
    access: 'anyone',
    summary: 'List and search products',
    tags: ['catalog'],
    query: productListQuerySchema,
    responses: { 200: { description: 'A page of products', schema: productListSchema } },
  },
  {
    method: 'get',
    path: '/api/products/{handle}',
    access: 'anyone',
    summary: 'One product with its variants and images',
    tags: ['catalog'],
    params: handleParamsSchema,
    responses: { 200: { description: 'The product', schema: productDetailSchema } },
  },
  {
    method: 'get',
    path: '/api/categories',
    access: 'anyone',
    summary: 'Categories with product counts',
    tags: ['catalog'],
    responses: { 200: { description: 'Categories', schema: z.object({ categories: z.array(categorySchema) }) } },
  },
  {
    method: 'get',
    path: '/api/stores',
    access: 'anyone',
    summary: 'Stores, nearest first when lat/lng are given',
    tags: ['stores'],
    query: storesQuerySchema,
    responses: { 200: { description: 'Stores', schema: z.object({ stores: z.array(storeSchema) }) } },
  },
  {
    method: 'get',
    path: '/api/availability',
    access: 'anyone',
    summary: "A variant's stock for shipping and at every store, nearest first",
    tags: ['stores'],
    query: availabilityQuerySchema,
    responses: { 200: { description: 'Availability', schema: availabilitySchema } },
  },
];
