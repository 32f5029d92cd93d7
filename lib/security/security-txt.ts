/**
 * RFC 9116 `security.txt`: where researchers report a vulnerability in this deployment. Each
 * shop publishes its own contacts (AISLE_SECURITY_CONTACT); the file expires after 180 days of
 * being served, so it is always current while the shop runs.
 */
export function securityTxt(opts: { contacts: string[]; publicUrl: string; now: Date }): string | null {
  if (opts.contacts.length === 0) return null;
  const expires = new Date(opts.now.getTime() + 180 * 24 * 3600 * 1000);
  expires.setUTCMilliseconds(0);
  return [
    ...opts.contacts.map((c) => `Contact: ${c}`),
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: en, ko',
    `Canonical: ${opts.publicUrl}/.well-known/security.txt`,
    '',
  ].join('\n');
}

/** The contacts from the setting: comma-separated `mailto:`, `https:` or `tel:` URIs. */
export function parseSecurityContacts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[0-9-]+)$/.test(c));
}
