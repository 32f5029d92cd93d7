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
};

type Run = Omit<PageFigure, 'name' | 'path' | 'firstLoadJsKb'>;

async function lighthouseOnce(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
  const lhr = result!.lhr;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance?.score ?? 0,
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

/** Lighthouse with its default mobile emulation and throttling, in the local Chromium. */
/** Each page `runs` times; the run with the median score is reported (Lighthouse's advice for noisy hosts). */
export async function benchPages(
  base: string,
  pages: { name: string; path: string; runs: number }[],
): Promise<PageFigure[]> {
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
    const figures: PageFigure[] = [];
    for (const page of pages) {
      const runs: Run[] = [];
      for (let i = 0; i < page.runs; i++) runs.push(await lighthouseOnce(`${base}${page.path}`, chrome.port));
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(runs.length / 2)]!;
      figures.push({
        name: page.name,
        path: page.path,
        ...median,
        firstLoadJsKb: await firstLoadJsKb(base, page.path),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
