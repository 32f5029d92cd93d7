import { buildOpenApiDocument } from '@/lib/http/openapi';
import { operations } from '@/lib/http/operations';
import { route } from '@/lib/http/route';
import pkg from '@/package.json';

export const GET = route({ auth: 'none', db: false, cache: 'public' }, async () =>
  buildOpenApiDocument(operations, { version: pkg.version }),
);
