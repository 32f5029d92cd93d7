/** What an API key may do; an operation declares the one it needs (`auth: 'key:stock:write'`). */
export const KEY_SCOPES = ['catalog:write', 'stock:write', 'stores:write', 'orders:read', 'webhooks:write'] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

export function isKeyScope(value: string): value is KeyScope {
  return (KEY_SCOPES as readonly string[]).includes(value);
}
