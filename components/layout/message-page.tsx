import { LocaleLink } from '@/components/i18n/locale-link';
import { buttonClass } from '@/components/ui/button';

/** A page that is only a message and a way back home: not found, offline. */
export function MessagePage({ title, body, home }: { title: string; body: string; home: string }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-3 text-muted">{body}</p>
      <LocaleLink href="/" className={buttonClass({}, 'mt-8 inline-block')}>
        {home}
      </LocaleLink>
    </div>
  );
}
