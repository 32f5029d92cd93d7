import { AppError } from '@/lib/http/errors';
import { unmatchedRoute } from '@/lib/http/route';

/** Unknown API paths answer in the API's JSON error shape, not with an HTML page. */
const unknown = unmatchedRoute(async () => {
  throw new AppError('not_found', 'No such API route');
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
