import { useId, type ReactNode } from 'react';

/** A fieldset of the offers form, with its legend. */
export function Section({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The message under a field the server refused; the field points at it by `id` (WCAG 3.3.1). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-red-800 sm:col-span-2">
      {message}
    </p>
  );
}

/** A group of radio buttons, as a fieldset so the question is read with each choice. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: ReactNode;
  name: string;
  value: V;
  options: { value: V; label: ReactNode }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="sm:col-span-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="size-5"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled select in the form's style. */
export function SelectField({
  label,
  name,
  value,
  onChange,
  children,
  invalid,
}: {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  invalid?: string;
}) {
  // Named by its label alone: a label wrapping the select would add every option's text to its name.
  const id = useId();
  return (
    <div className="block text-sm">
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid}
        className="w-full rounded-lg border border-line bg-white px-3 py-2.5 aria-invalid:border-red-700"
      >
        {children}
      </select>
    </div>
  );
}
