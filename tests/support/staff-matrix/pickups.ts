import { pickupOrderAt, stockedVariantAt } from '../staff-pickup-fixtures';
import type { StaffMatrixRow } from './types';

/** The pickup queue and stock counts: any staff of the store; another store's are 404. */
export const staffMatrixRows: StaffMatrixRow[] = [
  {
    operation: 'GET /api/staff/stores/{storeId}/pickups',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ storeId }) => ({ path: `/api/staff/stores/${storeId}/pickups?status=new` }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/pickups/{orderId}/ready',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ db, storeId }) => ({
      path: `/api/staff/pickups/${(await pickupOrderAt(db, storeId)).orderId}/ready`,
    }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/pickups/{orderId}/collected',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ db, storeId }) => {
      const { orderId, code } = await pickupOrderAt(db, storeId);
      return { path: `/api/staff/pickups/${orderId}/collected`, body: { code } };
    },
    ok: [200],
  },
  {
    operation: 'GET /api/staff/stores/{storeId}/counts',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ db, storeId }) => ({
      path: `/api/staff/stores/${storeId}/counts?sku=${encodeURIComponent((await stockedVariantAt(db, storeId, 1)).sku)}`,
    }),
    ok: [200],
  },
  {
    operation: 'POST /api/staff/stores/{storeId}/counts',
    minRole: 'associate',
    otherStore: 404,
    request: async ({ db, storeId }) => ({
      path: `/api/staff/stores/${storeId}/counts`,
      body: { sku: (await stockedVariantAt(db, storeId, 1)).sku, onHand: 40 },
    }),
    ok: [200],
  },
];
