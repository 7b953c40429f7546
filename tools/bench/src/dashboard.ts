import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser';

export interface InitialJs {
  /** The files counted, as served (/assets/…), with raw and gzip bytes. */
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/** Static imports and re-exports of an ES module (`import{…}from"./x.js"`, `import"./x.js"`); dynamic import() is not one. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (let match = pattern.exec(code); match; match = pattern.exec(code)) found.add(match[1] as string);
  return [...found];
}

/** The module scripts and module preloads index.html names. */
export function entryScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] as string);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1] as string);
  return [...new Set([...scripts, ...preloads])];
}

/**
 * The JavaScript a first visit must download before anything renders: the entry chunk(s) index.html
 * loads (module scripts and module preloads) and, transitively, every chunk they import statically.
 * Chunks loaded on demand (each page's lazy chunk, e.g. the overview's) are not counted. Each file is
 * gzipped on its own at zlib's default level (6), as Vite's build report does; CSS is not counted.
 */
export function initialJs(distDir: string): InitialJs {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const pending = entryScripts(html);
  const seen = new Set<string>();
  const files: InitialJs['files'] = [];
  while (pending.length > 0) {
    const url = pending.shift() as string;
    if (seen.has(url) || /^[a-z]+:/i.test(url)) continue;
    seen.add(url);
    const code = fs.readFileSync(path.join(distDir, url));
    files.push({ file: url, bytes: code.length, gzipBytes: gzipSync(code).length });
    for (const specifier of staticImports(code.toString('utf8'))) {
      pending.push(specifier.startsWith('/') ? specifier : path.posix.join(path.posix.dirname(url), specifier));
    }
  }
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/**
 * Runs in the page before its own scripts: records performance.now() (milliseconds since the
 * navigation started) at the first frame after the overview is drawn. Drawn means: the page's h1,
 * nothing marked aria-busy, and then, when the page has chart frames (.chart-card), an SVG chart
 * (.recharts-surface) in every one of them; without chart frames, its lists and tables filled.
 */
const PAINT_PROBE = `(() => {
  const drawn = () => {
    if (location.pathname !== '/overview' || !document.querySelector('h1')) return null;
    if (document.querySelector('[aria-busy="true"]')) return null;
    const charts = [...document.querySelectorAll('.chart-card')];
    if (charts.length > 0) return charts.every((card) => card.querySelector('svg.recharts-surface')) ? 'charts' : null;
    return document.querySelector('main li, main table tbody tr, .patient-list li') ? 'lists' : null;
  };
  const observer = new MutationObserver(() => {
    const what = drawn();
    if (what === null || window.__benchPainted !== undefined) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchPainted = performance.now();
      window.__benchPaintedWhat = what;
      window.__benchChartFrames = document.querySelectorAll('.chart-card').length;
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

export interface PaintRuns {
  /** Milliseconds from navigation start to the first frame with the overview drawn, per run. */
  values: number[];
  /** 'charts' when chart frames were waited for, 'lists' when the overview had none. */
  waitedFor: string;
  chartFrames: number;
}

/**
 * Signs in as the owner through the login page, then per run: empties the browser's cache (each
 * run is a first visit: every chunk downloaded and compiled again), navigates to /overview and
 * waits until the probe above fires.
 */
export async function measurePaint(baseUrl: string, email: string, password: string, runs: number): Promise<PaintRuns> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addInitScript({ content: PAINT_PROBE });
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/overview`, { timeout: 60_000 });
    const cdp = await browser.context.newCDPSession(page);
    // Functions, not strings: the dashboard's Content-Security-Policy forbids evaluating strings.
    const probe = (): { painted?: number; what?: string; chartFrames?: number } => {
      const state = globalThis as unknown as { __benchPainted?: number; __benchPaintedWhat?: string; __benchChartFrames?: number };
      return { painted: state.__benchPainted, what: state.__benchPaintedWhat, chartFrames: state.__benchChartFrames };
    };
    const values: number[] = [];
    let waitedFor = '';
    let chartFrames = 0;
    for (let run = 0; run < runs; run += 1) {
      await cdp.send('Network.clearBrowserCache');
      await page.goto(`${baseUrl}/overview`, { waitUntil: 'commit' });
      await page.waitForFunction(() => (globalThis as unknown as { __benchPainted?: number }).__benchPainted !== undefined, null, {
        timeout: 60_000,
      });
      const result = await page.evaluate(probe);
      values.push(Number(result.painted));
      waitedFor = String(result.what);
      chartFrames = Number(result.chartFrames);
    }
    return { values, waitedFor, chartFrames };
  } finally {
    await browser.close();
  }
}
