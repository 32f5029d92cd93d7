import net from 'node:net';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { withinStartWait } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { route } from '@/lib/http/route';
import { callRoute } from '../support/call-route';
import { testOperation } from '../support/test-operation';

/**
 * The errors node-postgres and Drizzle really give, made against stand-ins for PostgreSQL on a
 * local port: one that accepts and never answers, one that answers the handshake and then cuts,
 * stalls or refuses each query.
 */
type Behaviour = 'silent' | 'cut' | 'stall' | 'reset' | { error: string };

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  for (const server of servers.splice(0)) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

function message(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}

const readyForQuery = () => message('Z', Buffer.from('I'));
const authenticationOk = () => message('R', Buffer.alloc(4));
const errorResponse = (code: string) =>
  message('E', Buffer.from(`SERROR\0VERROR\0C${code}\0Mrefused by the stand-in\0\0`));

async function fakePostgres(behaviour: Behaviour): Promise<string> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    if (behaviour === 'silent') return;
    let greeted = false;
    socket.on('data', () => {
      if (!greeted) {
        greeted = true;
        socket.write(Buffer.concat([authenticationOk(), readyForQuery()]));
      } else if (behaviour === 'cut') {
        socket.destroy();
      } else if (behaviour === 'reset') {
        socket.resetAndDestroy();
      } else if (typeof behaviour === 'object') {
        socket.write(Buffer.concat([errorResponse(behaviour.error), readyForQuery()]));
      }
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `postgres://aisle@127.0.0.1:${(server.address() as net.AddressInfo).port}/aisle`;
}

/** The error a Drizzle query gives through a pool with these settings. */
async function drizzleError(url: string, config: pg.PoolConfig = {}): Promise<unknown> {
  const pool = new pg.Pool({ connectionString: url, ...config });
  pool.on('error', () => undefined);
  try {
    await drizzle(pool).execute(sql`select 1`);
  } catch (error) {
    return error;
  } finally {
    void pool.end().catch(() => undefined);
  }
  throw new Error('the query succeeded');
}

async function refusedUrl(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `postgres://aisle@127.0.0.1:${port}/aisle`;
}

describe('isDatabaseUnavailable, on the errors the real driver gives', () => {
  it('a database that accepts and never answers: the connect timeout, wrapped by Drizzle', async () => {
    const error = await drizzleError(await fakePostgres('silent'), { connectionTimeoutMillis: 200 });
    expect((error as Error & { cause: Error }).cause.message).toBe('Connection terminated due to connection timeout');
    expect((error as { code?: string }).code).toBeUndefined();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("a client's own connect timeout", async () => {
    const client = new pg.Client({ connectionString: await fakePostgres('silent'), connectionTimeoutMillis: 200 });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a connection cut while a query is in flight', async () => {
    const error = await drizzleError(await fakePostgres('cut'));
    expect((error as Error & { cause: Error }).cause.message).toBe('Connection terminated unexpectedly');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a connection reset while a query is in flight', async () => {
    const error = await drizzleError(await fakePostgres('reset'));
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a query whose answer never comes (query_timeout)', async () => {
    const error = await drizzleError(await fakePostgres('stall'), { query_timeout: 200 });
    expect((error as Error & { cause: Error }).cause.message).toBe('Query read timeout');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a pool whose every connection is stuck (its checkout timeout)', async () => {
    const pool = new pg.Pool({ connectionString: await fakePostgres('stall'), max: 1, connectionTimeoutMillis: 200 });
    pool.on('error', () => undefined);
    const stuck = pool.query('select 1').catch(() => undefined);
    const error = await pool.query('select 2').then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('timeout exceeded when trying to connect');
    expect(isDatabaseUnavailable(error)).toBe(true);
    void pool.end().catch(() => undefined);
    void stuck;
  });

  it('connection refused', async () => {
    const error = await drizzleError(await refusedUrl());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(['57P01', '57P03', '53300', '57014', '08006'])(
    'the server says %s (shutting down, starting, full, timed out)',
    async (code) => {
      const error = await drizzleError(await fakePostgres({ error: code }));
      expect((error as Error & { cause: { code: string } }).cause.code).toBe(code);
      expect(isDatabaseUnavailable(error)).toBe(true);
    },
  );

  it.each(['23505', '22P02', '42P01', '40001'])('not when the server refuses the query itself (%s)', async (code) => {
    expect(isDatabaseUnavailable(await drizzleError(await fakePostgres({ error: code })))).toBe(false);
  });

  it('not for errors that are not the database’s', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    const looped: { cause?: unknown } = {};
    looped.cause = looped;
    expect(isDatabaseUnavailable(looped)).toBe(false);
  });

  it('a connect to several addresses that all refuse (AggregateError)', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(new AggregateError([refused]))).toBe(true);
  });
});

describe('the route wrapper on a database that fails mid-request', () => {
  const readThrough = (url: string, config: pg.PoolConfig = {}) =>
    route(testOperation({ auth: 'none', db: false }), async () => {
      throw await drizzleError(url, config);
    });

  it.each<[string, Behaviour, pg.PoolConfig]>([
    ['never answers', 'silent', { connectionTimeoutMillis: 200 }],
    ['cuts the connection', 'cut', {}],
    ['stops answering', 'stall', { query_timeout: 200 }],
  ])('answers 503 with Retry-After when the database %s', async (_, behaviour, config) => {
    const res = await callRoute<{ error: { code: string } }>(readThrough(await fakePostgres(behaviour), config), '/x');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body.error.code).toBe('service_unavailable');
  });
});

describe('waiting for the database to start', () => {
  it('gives up after the wait with an error that is a 503, and the start goes on', async () => {
    let finish: (value: string) => void = () => undefined;
    const start = new Promise<string>((resolve) => (finish = resolve));
    const error = await withinStartWait(start, 50).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    finish('ready');
    expect(await withinStartWait(start, 50)).toBe('ready');
  });
});
