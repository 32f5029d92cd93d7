'use client';

import { useRef, useState, type SelectHTMLAttributes } from 'react';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'defaultValue' | 'onChange'> & {
  value: string;
  /** Called once the shopper has settled on a value. */
  onCommit: (value: string) => void;
};

/**
 * A select that never acts on arrow keys (WCAG 3.2.2): on a closed list, arrows only move the
 * choice, and it applies on Enter or when focus leaves. A pick with the pointer applies at once.
 */
export function CommitSelect({ value, onCommit, onKeyDown, onBlur, onPointerDown, ...props }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const byKeyboard = useRef(false);
  const committed = useRef<string | null>(null);
  if (shown !== value) {
    // The value changed from outside (after a commit, or another control): follow it.
    setShown(value);
    setDraft(value);
  }
  const commit = (next: string) => {
    if (next === value || next === committed.current) return;
    committed.current = next;
    onCommit(next);
  };
  return (
    <select
      {...props}
      value={draft}
      onPointerDown={(e) => {
        byKeyboard.current = false;
        onPointerDown?.(e);
      }}
      onKeyDown={(e) => {
        byKeyboard.current = true;
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(draft);
        }
        onKeyDown?.(e);
      }}
      onChange={(e) => {
        setDraft(e.target.value);
        if (!byKeyboard.current) commit(e.target.value);
      }}
      onBlur={(e) => {
        commit(draft);
        onBlur?.(e);
      }}
    />
  );
}
