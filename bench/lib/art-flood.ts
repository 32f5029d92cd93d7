import autocannon from 'autocannon';

export type ArtFloodFigure = {
  /** Anonymous loops, each asking for the next image as soon as the last one answered. */
  loops: number;
  page: string;
  idleP50Ms: number;
  idleP99Ms: number;
  floodP50Ms: number;
  floodP99Ms: number;
  /** Pages answered during the flood (0: none within the run, and the p50 is a lower bound). */
  floodAnswered: number;
  /** Flooded p50 over idle p50: the budget. */
  ratio: number;
  /** The page while the same loops ask for the cheapest route there is: what any flood costs. */
  pingFloodP50Ms: number;
  pingFloodP99Ms: number;
  /** The loops' answers by status: random colours are not the shop's, so 404s. */
  artAnswers: Record<string, number>;
  artPerSec: number;
};

const KINDS = ['puffer', 'coat', 'jacket', 'tshirt', 'hoodie', 'jeans', 'dress', 'sneaker', 'tote', 'beanie'];
const VIEWS = ['front', 'back', 'detail'];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const hex = () =>
  Math.floor(Math.random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');

async function pageLatency(url: string, seconds: number) {
  // One shopper at a time: the latency a visitor sees, not the server's throughput.
  const result = await autocannon({ url, connections: 1, duration: seconds });
  // No answer within the run is no latency figure at all: reported as the whole run, at least.
  const none = result['2xx'] === 0;
  return {
    p50: none ? seconds * 1000 : result.latency.p50,
    p99: none ? seconds * 1000 : result.latency.p99,
    answered: result['2xx'],
  };
}

/** The page's latency while `loops` clients ask for `next()` back to back. */
async function flooded(base: string, url: string, seconds: number, loops: number, next: () => string) {
  const answers: Record<string, number> = {};
  let stop = false;
  let sent = 0;
  const loop = async () => {
    while (!stop) {
      try {
        const r = await fetch(`${base}${next()}`, { signal: AbortSignal.timeout(30_000) });
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
  const page = await pageLatency(url, seconds);
  stop = true;
  await Promise.all(running);
  return { page, answers, perSec: Math.round(sent / ((performance.now() - started) / 1000)) };
}

/**
 * The attack from issue 14: `loops` clients asking for PNGs of random colours as fast as they are
 * answered, while a shopper loads a product page. Each PNG used to be rendered (~1 s of CPU), so
 * six loops took the page from tens of milliseconds to seconds. The same loops on /api/health show
 * what any flood costs on this host, for reference.
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
  const art = await flooded(base, url, seconds, loops, () => `/media/art/${pick(KINDS)}/${hex()}/${pick(VIEWS)}.png`);
  const ping = await flooded(base, url, seconds, loops, () => '/api/health');
  return {
    loops,
    page,
    idleP50Ms: idle.p50,
    idleP99Ms: idle.p99,
    floodP50Ms: art.page.p50,
    floodP99Ms: art.page.p99,
    floodAnswered: art.page.answered,
    ratio: Math.round((art.page.p50 / Math.max(idle.p50, 1)) * 100) / 100,
    pingFloodP50Ms: ping.page.p50,
    pingFloodP99Ms: ping.page.p99,
    artAnswers: art.answers,
    artPerSec: art.perSec,
  };
}
