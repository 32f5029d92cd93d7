import { Suspense, type ReactNode } from 'react';

/**
 * A below-the-fold part of a page in a Suspense boundary of its own. The server renders it in
 * place (nothing inside suspends, so there is no fallback and nothing moves), and React hydrates
 * each boundary as a unit of its own: what is above it commits first and the main thread yields
 * between them, instead of one long hydration task for the whole page. Keep whatever awaits data
 * outside it: a boundary still waiting at the first flush would stream in late and shift the page.
 */
export function Island({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
