/**
 * The mailbox an e-mail address reaches, for "first order" and other audience checks: lower-case
 * and trimmed, a `+tag` dropped from the local part, and at Gmail (googlemail.com is the same
 * service) the dots too, since Gmail delivers all of those to one inbox. Other providers' own
 * tricks (Yahoo's `-`, catch-all domains) are left alone: guessing them wrongly would merge
 * strangers. `emailIdentitySql` in lib/db/schema/orders.ts is the same rule for stored addresses, so
 * the two must change together (tests/integration/offer-email-identity.test.ts compares them).
 */
export function emailIdentity(email: string): string {
  const [rawLocal = '', rawDomain = ''] = email.trim().toLowerCase().split('@');
  const local = rawLocal.split('+')[0]!;
  return GMAIL.includes(rawDomain) ? `${local.replaceAll('.', '')}@gmail.com` : `${local}@${rawDomain}`;
}

const GMAIL = ['gmail.com', 'googlemail.com'];
