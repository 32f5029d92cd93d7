import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * A labelled text input in the shop's form style; the label wraps the input for screen readers.
 * `errorId` names the message that says what is wrong with this field (its own, or the form's
 * box above): the input is then marked invalid and described by it (WCAG 3.3.1).
 */
export function TextField({
  label,
  hint,
  errorId,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; hint?: ReactNode; name: string; errorId?: string }) {
  const hintId = hint ? `${input.name}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <label className={`block text-sm ${className ?? ''}`}>
      <span className="mb-1 block font-medium">{label}</span>
      <input
        aria-describedby={describedBy}
        aria-invalid={errorId ? true : undefined}
        {...input}
        className="w-full rounded-lg border border-line bg-white px-3 py-2.5 aria-invalid:border-red-700"
      />
      {hint && (
        <span id={hintId} className="mt-1 block text-xs text-muted">
          {hint}
        </span>
      )}
    </label>
  );
}

/** The red box above a form that says what went wrong; fields it concerns point at its `id`. */
export function FormError({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div id={id} role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      {children}
    </div>
  );
}
