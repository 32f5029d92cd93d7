import type { SessionUser } from '@/lib/auth/schema';

/**
 * Integration tests call route handlers outside a Next request, where next-auth cannot
 * read its cookie; they say who is signed in here instead (see vi.mock in the tests).
 * End-to-end tests cover the real sign-in.
 */
export const acting: { user: SessionUser | null } = { user: null };
