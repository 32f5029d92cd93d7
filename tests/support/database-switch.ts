import net from 'node:net';
import { freePort } from './free-port';

/**
 * A TCP switch in front of PostgreSQL, for outages on demand. Up, it forwards. Down, nothing
 * listens (connection refused) and every open connection is cut, as a crash or failover would.
 * Frozen, it still accepts connections but forwards nothing either way, on new or open ones: a
 * hung server or a stalled network. Thawed, what was held flows again.
 */
export class DatabaseSwitch {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  private frozen = false;
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async on(target: { host: string; port: number }): Promise<DatabaseSwitch> {
    return new DatabaseSwitch(await freePort(), target);
  }

  async up(): Promise<void> {
    this.frozen = false;
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(from);
        if (this.frozen) from.pause();
        from.on('data', (chunk) => to.write(chunk));
        from.on('close', () => {
          this.sockets.delete(from);
          to.destroy();
        });
        from.on('error', () => from.destroy());
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Stops listening and cuts every open connection. */
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** Holds everything: connections open, not a byte forwarded. */
  freeze(): void {
    this.frozen = true;
    for (const s of this.sockets) s.pause();
  }

  thaw(): void {
    this.frozen = false;
    for (const s of this.sockets) s.resume();
  }
}
