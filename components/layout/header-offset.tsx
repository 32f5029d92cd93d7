'use client';

import { useEffect, useRef } from 'react';

/**
 * Keeps `--header-height` on the page equal to the sticky header's height (it wraps on phones and
 * grows with notices), so `scroll-padding-top` stops a focused control from hiding under it (WCAG 2.4.11).
 */
export function HeaderOffset() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const header = ref.current?.closest('header');
    if (!header) return;
    const root = document.documentElement;
    const update = () =>
      root.style.setProperty('--header-height', `${Math.ceil(header.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return <span ref={ref} hidden />;
}
