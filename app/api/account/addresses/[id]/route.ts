import { deleteAddress, updateAddress } from '@/lib/addresses/address-book';
import { addressInputSchema, addressParamsSchema } from '@/lib/addresses/schema';
import { route } from '@/lib/http/route';

/** One of the caller's own addresses; anyone else's answers 404. */
export const PUT = route(
  { auth: 'user', signIn: 'Sign in to edit an address', params: addressParamsSchema, body: addressInputSchema },
  async ({ params, body, db, caller }) => updateAddress(db, caller.user.id, params.id, body),
);

export const DELETE = route(
  { auth: 'user', signIn: 'Sign in to delete an address', params: addressParamsSchema },
  async ({ params, db, caller }) => {
    await deleteAddress(db, caller.user.id, params.id);
    return { status: 'deleted' };
  },
);
