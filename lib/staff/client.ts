'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch } from '@/lib/http/client-fetch';
import { useSubmit } from '@/lib/http/use-submit';
import type {
  invitedSchema,
  inviteBodySchema,
  Member,
  recoveryCodesSchema,
  sessionSchema,
  staffMeSchema,
  totpStartSchema,
} from './schema';

/* The staff console's calls from the browser: one hook per action, errors as ApiError. */

type Session = z.infer<typeof sessionSchema>;

export function useStaffSignIn() {
  return useSubmit({
    mutationFn: (body: { email: string; password: string; code?: string }) =>
      apiFetch<{ staff: z.infer<typeof staffMeSchema> }>('/api/staff/session', { method: 'POST', json: body }),
  });
}

export function useStaffSignOut() {
  return useSubmit({
    mutationFn: () => apiFetch<{ status: 'signed_out' }>('/api/staff/session', { method: 'DELETE' }),
    // A full load: the console's shell (its nav, the member's name) is rendered from the new cookie.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    onSuccess: () => window.location.assign('/staff/sign-in'),
  });
}

export function useSetStaffPassword() {
  return useSubmit({
    mutationFn: (body: { token: string; password: string }) =>
      apiFetch<{ email: string }>('/api/staff/password', { method: 'POST', json: body }),
  });
}

export function useTotpStart() {
  return useSubmit({
    mutationFn: () => apiFetch<z.infer<typeof totpStartSchema>>('/api/staff/totp', { method: 'POST' }),
  });
}

export function useTotpConfirm() {
  return useSubmit({
    mutationFn: (code: string) =>
      apiFetch<z.infer<typeof recoveryCodesSchema>>('/api/staff/totp/confirm', { method: 'POST', json: { code } }),
  });
}

const MEMBERS = ['staff', 'members'] as const;

export function useMembers(initial: Member[]) {
  return useQuery({
    queryKey: MEMBERS,
    queryFn: async () => (await apiFetch<{ members: Member[] }>('/api/staff/members')).members,
    initialData: initial,
  });
}

export function useInvite() {
  const client = useQueryClient();
  return useSubmit({
    mutationFn: (body: z.input<typeof inviteBodySchema>) =>
      apiFetch<z.infer<typeof invitedSchema>>('/api/staff/members', { method: 'POST', json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: MEMBERS }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useSubmit({
    mutationFn: (staffId: string) =>
      apiFetch(`/api/staff/members/${encodeURIComponent(staffId)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: MEMBERS }),
  });
}

export function useMemberSessions(staffId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['staff', 'sessions', staffId],
    queryFn: async () =>
      (await apiFetch<{ sessions: Session[] }>(`/api/staff/members/${encodeURIComponent(staffId)}/sessions`)).sessions,
    enabled,
  });
}

export function useRevokeSession(staffId: string) {
  const client = useQueryClient();
  return useSubmit({
    mutationFn: (sessionId: string) =>
      apiFetch(`/api/staff/members/${encodeURIComponent(staffId)}/sessions/${encodeURIComponent(sessionId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff', 'sessions', staffId] }),
  });
}
