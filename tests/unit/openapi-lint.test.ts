import { describe, expect, it } from 'vitest';
import { lintOpenApi } from '@/tests/support/lint-openapi';

describe('OpenAPI lint', () => {
  it('the document GET /api/openapi.json serves has no Redocly error (recommended rules, redocly.yaml)', async () => {
    const { ok, output } = await lintOpenApi();
    expect(output).toContain('validated in');
    expect(ok, output).toBe(true);
  }, 60_000);
});
