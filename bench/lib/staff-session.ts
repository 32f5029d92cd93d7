/**
 * A signed-in associate for the staff console's pages: the member `staff:create` made before the
 * server started sets a password from its one-time link and signs in, as the console's forms do.
 * Answers the Cookie header a browser would then send, and the member's first store page.
 */
export async function staffSession(base: string, setPasswordLink: string): Promise<{ cookie: string; store: string }> {
  const token = new URL(setPasswordLink).searchParams.get('token');
  if (!token) throw new Error(`Not a set-password link: ${setPasswordLink}`);
  const password = 'bench associate password 1234';
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const set = await post('/api/staff/password', { token, password });
  if (!set.ok) throw new Error(`Setting the associate's password answered ${set.status}: ${await set.text()}`);
  const { email } = (await set.json()) as { email?: string };
  const signIn = await post('/api/staff/session', { email: email ?? BENCH_ASSOCIATE_EMAIL, password });
  if (!signIn.ok) throw new Error(`The associate's sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const home = await (await fetch(`${base}/staff`, { headers: { cookie } })).text();
  const store = /href="(\/staff\/stores\/[^"/]+)"/.exec(home)?.[1];
  if (!store) throw new Error('The console home lists no store for the associate');
  return { cookie, store };
}

export const BENCH_ASSOCIATE_EMAIL = 'bench-associate@staff.test';
