import { Fragment } from 'react';
import type { OptionLabel } from '@/lib/catalog/schema';

type Options = { size?: string; color?: string };

/** A line's colour and size, "Navy · M", each in the locale's name, an untranslated one marked with its language. */
export function LineOptions({
  options,
  labels,
}: {
  options: Options;
  labels?: { size?: OptionLabel; color?: OptionLabel };
}) {
  const parts = (['color', 'size'] as const)
    .filter((key) => options[key])
    .map((key) => ({ key, ...(labels?.[key] ?? { text: options[key]! }) }));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={p.key}>
          {i > 0 && ' · '}
          <span lang={p.lang}>{p.text}</span>
        </Fragment>
      ))}
    </>
  );
}
