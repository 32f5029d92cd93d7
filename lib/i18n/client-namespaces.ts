import type { Messages } from './messages/en';

type Namespace = keyof Messages;

/**
 * The catalog namespaces the storefront's client components translate with (`useI18n().t`):
 * the shop's provider is handed only these, in the page's locale. Server components translate
 * on the server and send text. tests/unit/client-messages.test.ts fails when a client
 * component reaches for a namespace missing here, or when one here is no longer used.
 */
export const SHOP_CLIENT_NAMESPACES = [
  'account',
  'addresses',
  'backInStock',
  'cart',
  'checkout',
  'delivery',
  'errors',
  'forms',
  'listing',
  'markets',
  'nav',
  'offers',
  'order',
  'phone',
  'pickup',
  'product',
  'profile',
  'pwa',
  'reset',
  'site',
  'sizeGuide',
  'staffEndlessAisle',
  'stores',
  'suggest',
  'tax',
  'tracking',
  'wishlist',
] as const satisfies readonly Namespace[];

/** The same for the staff console's client components (app/staff/layout.tsx). */
export const STAFF_CLIENT_NAMESPACES = [
  'errors',
  'forms',
  'site',
  'staffCounts',
  'staffEndlessAisle',
  'staffEnrol',
  'staffMembers',
  'staffNav',
  'staffOffers',
  'staffPickups',
  'staffRoles',
  'staffScan',
  'staffSetPassword',
  'staffSignIn',
] as const satisfies readonly Namespace[];
