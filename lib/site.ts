import 'server-only';
import { readEnv } from './env';

/** The public origin for absolute URLs (Open Graph, sitemap, JSON-LD). */
export function publicUrl(): string {
  return readEnv().AISLE_PUBLIC_URL.replace(/\/$/, '');
}
