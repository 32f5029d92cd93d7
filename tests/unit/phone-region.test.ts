import { describe, expect, it } from 'vitest';
import { MARKETS } from '@/lib/markets/markets';
import { formatPhone, requirePhone, toE164 } from '@/lib/phone/normalize';

describe('phones read with the market’s region', () => {
  it('a Japanese number typed nationally is Japanese in JP, and no number in KR', () => {
    expect(toE164('090-1234-5678', MARKETS.JP.phoneRegion)).toBe('+819012345678');
    expect(requirePhone('090-1234-5678', 'phone', MARKETS.JP.phoneRegion)).toBe('+819012345678');
    expect(toE164('090-1234-5678', MARKETS.KR.phoneRegion)).toBeNull();
    expect(() => requirePhone('090-1234-5678')).toThrow('Enter a valid phone number');
  });

  it('each market reads its own national numbers; an international one is read the same everywhere', () => {
    expect(toE164('010-1234-5678', MARKETS.KR.phoneRegion)).toBe('+821012345678');
    expect(toE164('8123 4567', MARKETS.SG.phoneRegion)).toBe('+6581234567');
    expect(toE164('(212) 555-0123', MARKETS.US.phoneRegion)).toBe('+12125550123');
    for (const m of Object.values(MARKETS)) expect(toE164('+81 90-1234-5678', m.phoneRegion)).toBe('+819012345678');
  });

  it('is written nationally at home and internationally elsewhere', () => {
    expect(formatPhone('+819012345678', MARKETS.JP.phoneRegion)).toBe('090-1234-5678');
    expect(formatPhone('+819012345678', MARKETS.KR.phoneRegion)).toBe('+81 90 1234 5678');
  });

  it('names the field it refuses', () => {
    try {
      requirePhone('12', 'contact.phone', 'JP');
      expect.unreachable();
    } catch (e) {
      expect((e as { fields?: Record<string, string[]> }).fields).toHaveProperty(['contact.phone']);
    }
  });
});
