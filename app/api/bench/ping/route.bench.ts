import { operation } from '@/lib/http/operation';
import { route } from '@/lib/http/route';

/**
 * The framework's ceiling for `npm run bench`: a route handler through the same wrapper that
 * does no work. Only the benchmark's build has it (next.config.mjs), and its operation is
 * declared here, in no contract the OpenAPI document lists.
 */
const ping = operation({
  method: 'get',
  path: '/api/bench/ping',
  auth: 'none',
  db: false,
  summary: 'Benchmark only: the wrapper doing no work',
  tags: ['bench'],
  responses: { 200: { description: 'Pong', schema: null } },
});

export const GET = route(ping, async () => ({ ok: true }));
