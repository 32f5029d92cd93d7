import { Button } from '@/components/ui/button';
import { localePath } from '@/lib/i18n/locale-path';
import { getI18n } from '@/lib/i18n/server';

export async function SearchForm(props: {
  label: string;
  placeholder: string;
  submit: string;
  defaultValue?: string;
  className?: string;
}) {
  const { locale } = await getI18n();
  return (
    <form action={localePath(locale, '/search')} method="get" role="search" className={props.className}>
      <div className="flex h-10 items-center rounded-full border border-line bg-canvas focus-within:border-ink">
        <label className="flex flex-1 items-center">
          <span className="sr-only">{props.label}</span>
          <svg aria-hidden viewBox="0 0 20 20" className="ml-3 size-4 fill-muted">
            <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
          </svg>
          <input
            type="search"
            name="q"
            defaultValue={props.defaultValue}
            placeholder={props.placeholder}
            maxLength={100}
            className="w-full bg-transparent px-2 py-2 text-sm outline-none placeholder:text-muted"
          />
        </label>
        <Button type="submit" size="sm" className="mr-1">
          {props.submit}
        </Button>
      </div>
    </form>
  );
}
