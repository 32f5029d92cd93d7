import 'server-only';
import { redirect } from 'next/navigation';
import { localePath } from './locale-path';
import { getI18n } from './server';

/** A page for accounts only, asked for by a guest: to sign-in, and back here after, in the page's locale. */
export async function redirectToSignIn(back: string): Promise<never> {
  const { locale } = await getI18n();
  const callback = encodeURIComponent(localePath(locale, back));
  redirect(localePath(locale, `/account/sign-in?callbackUrl=${callback}`));
}
