import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, INTL_LOCALE } from '@/lib/i18n/translate';

const MESSAGE = '{count, plural, =0 {none} one {# item} other {# items}}';

describe('the # of a plural', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads as Intl.NumberFormat would write it, in every locale we serve', () => {
    for (const intlLocale of Object.values(INTL_LOCALE)) {
      const format = new Intl.NumberFormat(intlLocale, {});
      for (const n of [1, 2, 7, 10, 99, 100, 999, 1000, 1234, 65535, 2.5]) {
        expect(formatMessage('{count, plural, other {#}}', { count: n }, intlLocale), `${intlLocale} ${n}`).toBe(
          format.format(n),
        );
      }
    }
  });

  it('makes no Intl.NumberFormat for a count under 1,000 (its first use on a page loads ICU number data)', async () => {
    vi.resetModules();
    const { formatMessage: fresh } = await import('@/lib/i18n/translate');
    let made = 0;
    const Real = Intl.NumberFormat;
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Real>) {
      made++;
      return new Real(...args);
    } as unknown as typeof Real);
    expect(fresh(MESSAGE, { count: 0 }, 'en-US')).toBe('none');
    expect(fresh(MESSAGE, { count: 1 }, 'en-US')).toBe('1 item');
    expect(fresh(MESSAGE, { count: 42 }, 'ko-KR')).toBe('42 items');
    expect(made).toBe(0);
    expect(fresh(MESSAGE, { count: 1200 }, 'en-US')).toBe('1,200 items');
    expect(made).toBe(1);
  });
});
