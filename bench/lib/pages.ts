import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { firstLoadJsKb } from './first-load-js';

export type PageFigure = {
  name: string;
  path: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  firstLoadJsKb: number;
  /** Lighthouse's own measure of the host's speed; its 4× CPU slowdown assumes a fast desktop. */
  benchmarkIndex: number;
  /** How many Lighthouse runs the figures are the medians of. */
  runs: number;
};

type Run = Omit<PageFigure, 'name' | 'path' | 'firstLoadJsKb' | 'runs'>;

/** A page to measure; `headers` ride on every request (a staff session's Cookie). */
export type BenchPage = { name: string; path: string; headers?: Record<string, string> };

async function lighthouseOnce(url: string, port: number, headers?: Record<string, string>): Promise<Run | null> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    onlyCategories: ['performance'],
    logLevel: 'error',
    ...(headers && { extraHeaders: headers }),
  });
  const lhr = result!.lhr;
  // A run Lighthouse could not finish (no paint seen, page hung) has no figures: say why, skip it.
  if (lhr.runtimeError || lhr.categories.performance?.score == null) {
    console.warn(`[bench] pages: ${url}: ${lhr.runtimeError?.code ?? 'no score'} ${lhr.runtimeError?.message ?? ''}`);
    return null;
  }
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance.score,
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/** The Chromium the end-to-end tests use: CHROMIUM_PATH, Debian's, else Playwright's own. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return chromium.executablePath();
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Lighthouse with its default mobile emulation and throttling, in the local Chromium, `rounds`
 * times over every page in turn (the floor first in each round), so a slow spell of a shared host
 * falls on all pages alike rather than on one. Each figure is the median of its runs.
 */
export async function benchPages(base: string, pages: BenchPage[], rounds: number): Promise<PageFigure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const runs = new Map<string, Run[]>(pages.map((p) => [p.name, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const page of pages) {
        const run = await lighthouseOnce(`${base}${page.path}`, chrome.port, page.headers);
        if (run) runs.get(page.name)!.push(run);
      }
      console.info(`[bench] pages: round ${round} of ${rounds}`);
    }
    const figures: PageFigure[] = [];
    for (const page of pages) {
      const of = runs.get(page.name)!;
      if (of.length === 0) throw new Error(`Lighthouse finished no run of ${page.path}`);
      const pick = (key: keyof Run) => median(of.map((r) => r[key]));
      figures.push({
        name: page.name,
        path: page.path,
        performance: Math.round(pick('performance') * 100) / 100,
        lcpMs: Math.round(pick('lcpMs')),
        tbtMs: Math.round(pick('tbtMs')),
        cls: Math.round(pick('cls') * 1000) / 1000,
        benchmarkIndex: Math.round(pick('benchmarkIndex')),
        runs: of.length,
        firstLoadJsKb: await firstLoadJsKb(base, page.path, page.headers),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}

/** How far from the floor a page may be (bench/budgets.json `pagesVsFloor`). */
export type PagesVsFloor = { performance: number; lcpMs: number; tbtMs: number; cls: number; jsKb: number };

/** The markdown table of the pages, each figure checked against the floor's of the same run. */
export function pagesTable(pages: PageFigure[], budget: PagesVsFloor): string[] {
  const mark = (ok: boolean) => (ok ? '✅' : '❌');
  const floor = pages.find((p) => p.name === 'floor')!;
  const index = median(pages.map((p) => p.benchmarkIndex));
  const out = [
    `### Pages (Lighthouse mobile defaults, median of ${floor.runs} runs each, pages in turn; host benchmark index ${index}; first-load JS gzip)`,
    '',
    `Budget against the floor of the same run: score ≥ floor − ${-budget.performance}, LCP ≤ floor + ${budget.lcpMs} ms, TBT ≤ floor + ${budget.tbtMs} ms, CLS ≤ ${budget.cls}, JS ≤ floor + ${budget.jsKb} kB.`,
    '',
    '| Page | score | LCP ms | TBT ms | CLS | JS kB | budget |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const p of pages) {
    const checks =
      p.name === 'floor' || p.name === 'shell'
        ? []
        : [
            `${mark(p.performance >= floor.performance + budget.performance)} score`,
            `${mark(p.lcpMs <= floor.lcpMs + budget.lcpMs)} LCP`,
            `${mark(p.tbtMs <= floor.tbtMs + budget.tbtMs)} TBT`,
            `${mark(p.cls <= budget.cls)} CLS`,
            `${mark(p.firstLoadJsKb <= floor.firstLoadJsKb + budget.jsKb)} JS`,
          ];
    const name = p.runs < floor.runs ? `${p.name} (${p.runs} runs)` : p.name;
    out.push(
      `| ${name} | ${p.performance} | ${p.lcpMs} | ${p.tbtMs} | ${p.cls} | ${p.firstLoadJsKb} | ${checks.join(', ')} |`,
    );
  }
  out.push('');
  return out;
}
