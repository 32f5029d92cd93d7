import { route } from '@/lib/http/route';

/**
 * The framework's ceiling for `npm run bench`: a route handler through the same wrapper that
 * does no work. Only the benchmark's build has it (next.config.mjs).
 */
export const GET = route({ auth: 'none', db: false }, async () => ({ ok: true }));
