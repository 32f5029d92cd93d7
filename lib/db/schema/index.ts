/** The database, table by domain: `@/lib/db/schema` and drizzle-kit read it all from here. */
export * from './catalog';
export * from './stores';
export * from './inventory';
export * from './accounts';
export * from './carts';
export * from './security';
export * from './orders';
export * from './notifications';
export * from './offers';
export * from './delivery';
export * from './shopper-lists';
export * from './integrations';
export * from './webhooks';
export * from './staff';
