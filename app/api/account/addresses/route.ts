import { addAddress, listAddresses } from '@/lib/addresses/address-book';
import { addressInputSchema } from '@/lib/addresses/schema';
import { route } from '@/lib/http/route';

/** The signed-in account's address book. */
export const GET = route({ auth: 'user', signIn: 'Sign in to see your addresses' }, async ({ db, caller }) => ({
  addresses: await listAddresses(db, caller.user.id),
}));

export const POST = route(
  { auth: 'user', signIn: 'Sign in to save an address', body: addressInputSchema },
  async ({ body, db, now, caller }) => Response.json(await addAddress(db, caller.user.id, body, now), { status: 201 }),
);
