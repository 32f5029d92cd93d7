import { describe, expect, it } from 'vitest';
import { customerKey } from '@/lib/offers/repository';

describe('whose use of an offer it is', () => {
  it("counts a guest's uses by mailbox, so a per-customer limit is not had again under an alias", () => {
    const key = customerKey({ email: 'a@example.com' });
    expect(customerKey({ email: 'A+1@Example.com' })).toBe(key);
    expect(customerKey({ email: ' a+welcome@example.com ' })).toBe(key);
    expect(customerKey({ email: 'F.Irst+x@googlemail.com' })).toBe(customerKey({ email: 'first@gmail.com' }));
    expect(customerKey({ email: 'b@example.com' })).not.toBe(key);
    expect(customerKey({ userId: 'usr_1', email: 'a@example.com' })).toBe('user:usr_1');
    expect(customerKey({})).toBeNull();
  });
});
