import { describe, expect, it } from 'vitest';
import { internalDestination, isInternalAddress } from '@/lib/security/outbound-address';

describe('isInternalAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.20.30.40', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true], // a cloud's metadata endpoint
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['::', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['172.32.0.1', false],
    ['93.184.216.34', false],
    ['2001:4860:4860::8888', false],
    ['::ffff:8.8.8.8', false],
    ['not-an-ip', false],
  ])('%s → %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal);
  });
});

describe('internalDestination', () => {
  const lookup = (answers: Record<string, string[]>) => async (host: string) => {
    const found = answers[host];
    if (!found) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address }));
  };
  const dns = lookup({
    'cdn.example': ['93.184.216.34', '2606:2800:220:1::'],
    'sneaky.example': ['93.184.216.34', '10.0.0.5'],
    'metadata.example': ['169.254.169.254'],
  });

  it('lets a public host through, literal or by name', async () => {
    expect(await internalDestination(new URL('https://cdn.example/a.png'), dns)).toBeNull();
    expect(await internalDestination(new URL('https://93.184.216.34/a.png'), dns)).toBeNull();
    expect(await internalDestination(new URL('https://[2001:4860:4860::8888]/a.png'), dns)).toBeNull();
  });

  it('refuses localhost, an internal literal, and a name with any internal address', async () => {
    expect(await internalDestination(new URL('http://localhost:3000/'), dns)).toMatch(/this machine/);
    expect(await internalDestination(new URL('http://api.localhost/'), dns)).toMatch(/this machine/);
    expect(await internalDestination(new URL('http://[::1]/'), dns)).toMatch(/inside the network/);
    expect(await internalDestination(new URL('http://192.168.0.10/'), dns)).toMatch(/inside the network/);
    expect(await internalDestination(new URL('https://sneaky.example/x'), dns)).toBe(
      'sneaky.example resolves to 10.0.0.5, inside the network',
    );
    expect(await internalDestination(new URL('https://metadata.example/latest'), dns)).toMatch(/169\.254\.169\.254/);
  });

  it('leaves a name that does not resolve to the fetch, which fails on its own', async () => {
    expect(await internalDestination(new URL('https://nowhere.example/'), dns)).toBeNull();
  });
});
