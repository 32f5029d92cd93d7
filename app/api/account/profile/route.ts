import { updateProfileName } from '@/lib/auth/profile';
import { profileBodySchema } from '@/lib/auth/schema';
import { route } from '@/lib/http/route';

/** Edits the signed-in account's profile (its name). */
export const PATCH = route(
  { auth: 'user', signIn: 'Sign in to edit your profile', body: profileBodySchema },
  async ({ body, db, caller }) => updateProfileName(db, caller.user.id, body.name),
);
