import { accountContract } from '@/lib/auth/contract';
import { deleteAddress, updateAddress } from '@/lib/addresses/address-book';
import { route } from '@/lib/http/route';

/** One of the caller's own addresses; anyone else's answers 404. */
export const PUT = route(accountContract.updateAddress, async ({ params, body, db, caller }) =>
  updateAddress(db, caller.user.id, params.id, body),
);

export const DELETE = route(accountContract.deleteAddress, async ({ params, db, caller }) => {
  await deleteAddress(db, caller.user.id, params.id);
  return { status: 'deleted' };
});
