import { createServer, type AddressInfo } from 'node:net';

/**
 * A loopback port nothing listens on, chosen by the OS. Fixed ports collide when two checkouts of
 * the suite run on one machine, and a test would then measure (or kill) the other one's server.
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
