import { buildOpenApiDocument } from '@/lib/http/openapi-document';
import { operations } from '@/lib/http/openapi';
import { route } from '@/lib/http/route';
import pkg from '@/package.json';

export const GET = route({ auth: 'none', db: false, cache: 'public' }, async () =>
  buildOpenApiDocument(operations, { version: pkg.version }),
);
