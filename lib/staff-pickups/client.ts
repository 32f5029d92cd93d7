'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/http/client-fetch';
import type { PickupActionResponse, PickupQueueStatus, QueuedPickup } from './schema';

export const pickupQueueKeys = {
  store: (storeId: string) => ['staff-pickups', storeId] as const,
  queue: (storeId: string, status: PickupQueueStatus) => ['staff-pickups', storeId, status] as const,
};

/**
 * How often the open queue asks again. An order placed online shows up within this long without
 * a reload: one small indexed query per tablet every few seconds is cheaper and sturdier than a
 * socket the BFF would have to keep open per associate.
 */
export const QUEUE_POLL_MS = 5_000;

/** The store's queue in one state, refreshed while the page is visible. */
export function usePickupQueue(
  storeId: string,
  status: PickupQueueStatus,
  initial?: { pickups: QueuedPickup[]; at: number },
) {
  return useQuery({
    queryKey: pickupQueueKeys.queue(storeId, status),
    queryFn: async () =>
      (
        await apiFetch<{ pickups: QueuedPickup[] }>(
          `/api/staff/stores/${encodeURIComponent(storeId)}/pickups?status=${status}`,
        )
      ).pickups,
    initialData: initial?.pickups,
    // The server's list is as of its render; polling goes on from there.
    initialDataUpdatedAt: initial?.at,
    refetchInterval: QUEUE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

const pickupPath = (orderId: string, action: 'ready' | 'collected', storeId: string) =>
  `/api/staff/pickups/${encodeURIComponent(orderId)}/${action}?storeId=${encodeURIComponent(storeId)}`;

/** Every tab of the store changes when one pickup moves. */
function useInvalidateStore(storeId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: pickupQueueKeys.store(storeId) });
}

export function useMarkReady(storeId: string) {
  const invalidate = useInvalidateStore(storeId);
  return useMutation({
    mutationFn: (orderId: string) =>
      apiFetch<PickupActionResponse>(pickupPath(orderId, 'ready', storeId), { method: 'POST' }),
    onSettled: invalidate,
  });
}

export function useMarkCollected(storeId: string) {
  const invalidate = useInvalidateStore(storeId);
  return useMutation({
    mutationFn: ({ orderId, code }: { orderId: string; code: string }) =>
      apiFetch<PickupActionResponse>(pickupPath(orderId, 'collected', storeId), { method: 'POST', json: { code } }),
    onSettled: invalidate,
  });
}
