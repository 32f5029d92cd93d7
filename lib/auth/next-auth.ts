import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/lib/db';
import { authSecret, readEnv } from '@/lib/env';
import { clientAddress } from '@/lib/http/route';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { authenticate, createAuthSession, revokeAuthSession, SESSION_TTL_MS } from './accounts';
import { signInSchema } from './schema';

class RateLimited extends CredentialsSignin {
  code = 'rate_limited';
}

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** next-auth, configured lazily so the environment is read per request, not at import. */
export const { handlers, auth } = NextAuth(() => {
  const env = readEnv();
  const secure = env.NODE_ENV === 'production' && env.AISLE_PUBLIC_URL.startsWith('https://');
  return {
    secret: authSecret(env),
    trustHost: true,
    session: { strategy: 'jwt', maxAge: SESSION_TTL_MS / 1000 },
    pages: { signIn: '/account/sign-in' },
    logger: {
      // A wrong password is an answer, not a server error: keep the log for real failures.
      error(error: Error) {
        if (error.name === 'CredentialsSignin' || error.name === 'RateLimited') return;
        console.error('[auth]', error);
      },
    },
    cookies: {
      sessionToken: {
        name: secure ? '__Host-aisle.session' : 'aisle.session',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    providers: [
      Credentials({
        id: 'password',
        name: 'E-mail and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const db = await getDb();
          const now = new Date();
          const limits = await Promise.all([
            hitRateLimit(db, {
              key: `sign-in:email:${parsed.data.email}`,
              limit: 10,
              windowMs: SIGN_IN_WINDOW_MS,
              now,
            }),
            hitRateLimit(db, {
              key: `sign-in:ip:${clientAddress(request)}`,
              limit: 100,
              windowMs: SIGN_IN_WINDOW_MS,
              now,
            }),
          ]);
          if (limits.some((l) => !l.allowed)) throw new RateLimited();
          const user = await authenticate(db, parsed.data.email, parsed.data.password);
          if (!user) return null;
          return { ...user, sid: await createAuthSession(db, user.id, now) };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // A sign-in always carries a new server session id: the token rotates with it.
        if (user?.sid && user.id) return { ...token, uid: user.id, sid: user.sid };
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: token.sid, user: { ...session.user, id: token.uid ?? '' } };
      },
    },
    events: {
      async signOut(message) {
        const sid = 'token' in message ? message.token?.sid : undefined;
        if (sid) await revokeAuthSession(await getDb(), sid, new Date());
      },
    },
  };
});
