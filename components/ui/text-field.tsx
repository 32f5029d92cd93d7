import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled text input in the shop's form style; the label wraps the input for screen readers. */
export function TextField({
  label,
  hint,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; hint?: ReactNode; name: string }) {
  const hintId = hint ? `${input.name}-hint` : undefined;
  return (
    <label className={`block text-sm ${className ?? ''}`}>
      <span className="mb-1 block font-medium">{label}</span>
      <input
        aria-describedby={hintId}
        {...input}
        className="w-full rounded-lg border border-line bg-white px-3 py-2.5"
      />
      {hint && (
        <span id={hintId} className="mt-1 block text-xs text-muted">
          {hint}
        </span>
      )}
    </label>
  );
}

/** The red box above a form that says what went wrong. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      {children}
    </div>
  );
}
