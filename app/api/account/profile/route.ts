import { accountContract } from '@/lib/auth/contract';
import { updateProfileName } from '@/lib/auth/profile';
import { route } from '@/lib/http/route';

/** Edits the signed-in account's profile (its name). */
export const PATCH = route(accountContract.editProfile, async ({ body, db, caller }) =>
  updateProfileName(db, caller.user.id, body.name),
);
