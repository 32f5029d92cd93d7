import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';

/** Unknown API paths answer in the API's JSON error shape, not with an HTML page. */
const unknown = route({ auth: 'none', db: false }, async () => {
  throw new AppError('not_found', 'No such API route');
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
