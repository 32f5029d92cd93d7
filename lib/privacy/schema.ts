import { z } from 'zod';

/** Deleting an account must be asked for in so many words: no stray request does it. */
export const deleteAccountBodySchema = z.object({ confirm: z.literal(true, { error: 'Confirm the deletion' }) });

export const deletedResponseSchema = z.object({ status: z.literal('deleted') });
