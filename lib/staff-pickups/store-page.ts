import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import type { Locale } from '@/lib/i18n/translate';
import { staffStoreOr404 } from '@/lib/staff/access';
import { requireStaffPage } from '@/lib/staff/page';
import { readStaffStoreOrThrow } from './read-store';

/**
 * A store page of the staff console: the signed-in associate (or higher) and the store, which
 * must be one of theirs. Another store's page does not exist for them (404), as in the API.
 */
export async function loadStaffStorePage(storeId: string, locale: Locale) {
  const staff = await requireStaffPage('associate');
  const db = await getDb();
  try {
    staffStoreOr404(staff, storeId);
    return { staff, db, store: await readStaffStoreOrThrow(db, storeId, locale) };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
