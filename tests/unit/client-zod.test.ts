import { describe, expect, it } from 'vitest';
import { clientModules } from '../support/client-graph';

/**
 * Modules that validate in the browser and may ship zod (~31 kB gzip) to the pages that load
 * them: the checkout form reads a refused checkout's details. Nothing else: a constant a client
 * component needs lives apart from the schemas (lib/cart/limits.ts, lib/wishlist/limits.ts).
 */
const ALLOWED = ['lib/orders/client.ts', 'lib/money-schema.ts'];

describe('zod in the browser', () => {
  // Parses every module the routes reach: seconds on a loaded machine.
  it(
    'no module the shop or console loads in the browser imports zod at run time, but the checkout',
    { timeout: 60_000 },
    () => {
      const modules = clientModules(['app'], ['proxy.ts']);
      expect(modules.size, 'the scan finds the client components').toBeGreaterThan(50);
      const zod = [...modules]
        .filter(([, parsedModule]) => parsedModule.imports.some((i) => i.spec === 'zod' || i.spec.startsWith('zod/')))
        .map(([file]) => file)
        .filter((file) => !ALLOWED.includes(file));
      expect(zod, 'import the constant from a module without zod, or `import type` the schema').toEqual([]);
    },
  );
});
