import autocannon from 'autocannon';

export type ArtFloodFigure = {
  /** Anonymous loops, each asking for the next image as soon as the last one answered. */
  loops: number;
  page: string;
  idleP50Ms: number;
  idleP99Ms: number;
  floodP50Ms: number;
  floodP99Ms: number;
  /** Flooded p50 over idle p50: the budget. */
  ratio: number;
  /** The loops' answers by status: random colours are not the shop's, so 404s. */
  artAnswers: Record<string, number>;
  artPerSec: number;
};

const KINDS = ['puffer', 'coat', 'jacket', 'tshirt', 'hoodie', 'jeans', 'dress', 'sneaker', 'tote', 'beanie'];
const VIEWS = ['front', 'back', 'detail'];
const hex = () =>
  Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');

async function pageLatency(url: string, seconds: number) {
  // One shopper at a time: the latency a visitor sees, not the server's throughput.
  const result = await autocannon({ url, connections: 1, duration: seconds });
  return { p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * The attack from issue 14: `loops` clients asking for PNGs of random colours as fast as they are
 * answered, while a shopper loads a product page. Each PNG used to be rendered (~1 s of CPU), so
 * six loops took the page from tens of milliseconds to seconds.
 */
export async function benchArtFlood(
  base: string,
  seconds: number,
  loops = 6,
  page = '/p/heavy-canvas-tote',
): Promise<ArtFloodFigure> {
  const url = `${base}${page}`;
  await pageLatency(url, 2); // warm-up, unrecorded
  const idle = await pageLatency(url, seconds);
  const answers: Record<string, number> = {};
  let stop = false;
  let sent = 0;
  const loop = async () => {
    while (!stop) {
      const kind = KINDS[Math.floor(Math.random() * KINDS.length)]!;
      const view = VIEWS[Math.floor(Math.random() * VIEWS.length)]!;
      try {
        const r = await fetch(`${base}/media/art/${kind}/${hex()}/${view}.png`, {
          signal: AbortSignal.timeout(30_000),
        });
        await r.arrayBuffer();
        answers[r.status] = (answers[r.status] ?? 0) + 1;
      } catch {
        answers.failed = (answers.failed ?? 0) + 1;
      }
      sent++;
    }
  };
  const started = performance.now();
  const running = Array.from({ length: loops }, loop);
  await new Promise((r) => setTimeout(r, 1000)); // the flood is under way before the shopper arrives
  const flood = await pageLatency(url, seconds);
  stop = true;
  await Promise.all(running);
  return {
    loops,
    page,
    idleP50Ms: idle.p50,
    idleP99Ms: idle.p99,
    floodP50Ms: flood.p50,
    floodP99Ms: flood.p99,
    ratio: Math.round((flood.p50 / Math.max(idle.p50, 1)) * 100) / 100,
    artAnswers: answers,
    artPerSec: Math.round(sent / ((performance.now() - started) / 1000)),
  };
}
