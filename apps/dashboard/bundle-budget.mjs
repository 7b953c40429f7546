#!/usr/bin/env node
// The issue's speed budget: the JavaScript a first visit downloads before anything renders (the
// entry script and every module it preloads, as listed in dist/index.html) is at most 250 kB
// gzipped. Pages, and the chart code with them, are separate chunks loaded when opened.
//
//   node apps/dashboard/bundle-budget.mjs      after `vite build --config apps/dashboard/vite.config.mts`
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');

const html = await readFile(path.join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);

const kb = (bytes) => bytes / 1000;
let total = 0;
for (const src of initial) {
  const gzipped = gzipSync(await readFile(path.join(dist, src)), { level: 9 }).length;
  total += gzipped;
  console.log(`initial  ${src.padEnd(40)} ${kb(gzipped).toFixed(2).padStart(8)} kB gzip`);
}
const lazy = (await readdir(path.join(dist, 'assets'))).filter((name) => name.endsWith('.js') && !initial.includes(`/assets/${name}`));
for (const name of lazy.sort()) {
  const gzipped = gzipSync(await readFile(path.join(dist, 'assets', name)), { level: 9 }).length;
  console.log(`lazy     ${`/assets/${name}`.padEnd(40)} ${kb(gzipped).toFixed(2).padStart(8)} kB gzip`);
}
console.log(`Initial JavaScript: ${kb(total).toFixed(2)} kB gzip (budget ${BUDGET_KB} kB).`);
if (kb(total) > BUDGET_KB) {
  console.error(`Over budget by ${(kb(total) - BUDGET_KB).toFixed(2)} kB.`);
  process.exitCode = 1;
}
