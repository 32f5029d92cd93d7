/**
 * Lints the OpenAPI document exactly as GET /api/openapi.json serves it (the route handler
 * called in-process) with Redocly's recommended rules and the committed redocly.yaml. Any
 * error fails. Run by the unit suite (tests/unit/openapi-lint.test.ts), which `npm run lint:openapi`
 * runs alone: under Vitest, as the route modules need (outside it, Node's react-server condition
 * gives `next/navigation` a React without createContext).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GET } from '@/app/api/openapi.json/route';

export async function servedOpenApiDocument(): Promise<string> {
  const response = await GET(new Request('http://aisle.test/api/openapi.json'), { params: Promise.resolve({}) });
  if (response.status !== 200) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return response.text();
}

export async function lintOpenApi(): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    // Indented, so a problem's line number points somewhere.
    writeFileSync(file, JSON.stringify(JSON.parse(await servedOpenApiDocument()), null, 2));
    const result = spawnSync(
      process.execPath,
      [
        path.join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js'),
        'lint',
        file,
        '--config',
        path.join(process.cwd(), 'redocly.yaml'),
        '--format',
        'stylish',
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
        // Nothing leaves the machine: no usage reports, no update or announcement checks.
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
          NO_COLOR: '1',
        },
      },
    );
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}${result.error ?? ''}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
