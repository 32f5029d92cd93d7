import type { ButtonHTMLAttributes, Ref } from 'react';

const variants = {
  primary: 'bg-ink text-white',
  outline: 'border border-ink',
  danger: 'border border-red-700 text-red-800',
} as const;

/**
 * The padding and text sizes the shop's buttons use, smallest first: `xs`/`sm` sit inside a bar
 * (the offline banner, the search box), `md`/`md-wide` beside content, `lg` for page actions,
 * `dialog` in dialogs, `xl` for a form's submit and `2xl` for the buy and checkout buttons.
 */
const sizes = {
  xs: 'px-4 py-1.5 text-xs',
  sm: 'px-4 py-1.5 text-sm',
  md: 'px-4 py-2 text-sm',
  'md-wide': 'px-5 py-2 text-sm',
  lg: 'px-5 py-2.5 text-sm',
  dialog: 'px-5 py-3 text-sm',
  xl: 'px-6 py-3 text-sm',
  '2xl': 'px-6 py-3.5 text-sm',
} as const;

export type ButtonLook = { variant?: keyof typeof variants; size?: keyof typeof sizes };

/**
 * The pill button's classes, for a `<Link>` that looks like a button too. `className` adds
 * layout only (margin, width, display): the look comes from the variant and size.
 */
export function buttonClass({ variant = 'primary', size = 'xl' }: ButtonLook = {}, className?: string): string {
  return ['rounded-full font-medium disabled:opacity-50', variants[variant], sizes[size], className]
    .filter(Boolean)
    .join(' ');
}

/** The shop's pill button; `type` defaults to "button" so that only a declared submit submits. */
export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...props
}: ButtonLook & ButtonHTMLAttributes<HTMLButtonElement> & { ref?: Ref<HTMLButtonElement> }) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...props} />;
}
