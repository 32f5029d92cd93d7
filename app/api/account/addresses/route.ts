import { accountContract } from '@/lib/auth/contract';
import { addAddress, listAddresses } from '@/lib/addresses/address-book';
import { route } from '@/lib/http/route';

/** The signed-in account's address book. */
export const GET = route(accountContract.listAddresses, async ({ db, caller }) => ({
  addresses: await listAddresses(db, caller.user.id),
}));

export const POST = route(accountContract.addAddress, async ({ body, db, now, caller }) =>
  Response.json(await addAddress(db, caller.user.id, body, now), { status: 201 }),
);
