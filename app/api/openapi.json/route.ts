import { buildOpenApiDocument } from '@/lib/http/openapi-document';
import { operations, opsContract } from '@/lib/http/contract';
import { route } from '@/lib/http/route';
import { webhookEvents } from '@/lib/webhooks/openapi';
import pkg from '@/package.json';

export const GET = route(opsContract.openApiDocument, async () =>
  buildOpenApiDocument(operations, { version: pkg.version }, webhookEvents),
);
