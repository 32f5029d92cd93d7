import { Suspense, type ReactNode } from 'react';

/**
 * A below-the-fold part of a page in a Suspense boundary of its own. React hydrates each boundary
 * as a unit of its own: what is above it commits first and the main thread yields between them,
 * instead of one long hydration task for the whole page. Nothing inside suspends, so there is no
 * fallback; but React may still stream a boundary after the page's first flush (a `<template
 * id="B:…">` placeholder, its HTML later in the document, revealed by React's script in a batch),
 * as it does the home page's lower half and the footer: keep the page's LCP element and anything
 * above the fold outside one. Keep whatever awaits data outside it too.
 */
export function Island({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
