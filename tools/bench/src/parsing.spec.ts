import { entryScripts, staticImports } from './dashboard';
import { positional } from './database';
import { parseBenchArgs, UsageError } from './options';

describe('named SQL parameters as PostgreSQL numbers them', () => {
  it('numbers each name once, in order of first use, and leaves ::casts alone', () => {
    expect(positional('SELECT :b::text, :a WHERE x = :b AND y = :a', { a: 1, b: 'two' })).toEqual({
      text: 'SELECT $1::text, $2 WHERE x = $1 AND y = $2',
      values: ['two', 1],
    });
  });

  it('refuses a name without a value', () => {
    expect(() => positional('SELECT :missing', {})).toThrow(/:missing/);
  });
});

describe('the initial JavaScript of a Vite build', () => {
  it('finds the module scripts and module preloads of index.html', () => {
    const html = `<script type="module" crossorigin src="/assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-B.js"><link rel="stylesheet" href="/assets/index.css">`;
    expect(entryScripts(html)).toEqual(['/assets/index-A.js', '/assets/vendor-B.js']);
  });

  it('follows static imports and re-exports, not dynamic import()', () => {
    const code =
      'import{a as b,c}from"./vendor-B.js";import"./polyfill-C.js";export{d}from"./shared-D.js";' +
      'const page=()=>import("./OverviewPage-E.js");import * as ns from "./ns-F.js"';
    expect(staticImports(code)).toEqual(['./vendor-B.js', './polyfill-C.js', './shared-D.js', './ns-F.js']);
  });
});

describe('the command line', () => {
  const root = '/repo';

  it('defaults to S on SQLite, five runs of a second, results under bench/results', () => {
    expect(parseBenchArgs([], {}, root)).toMatchObject({
      size: 'S',
      engine: 'sqlite',
      runs: 5,
      duration: 1,
      reuse: false,
      cleanup: false,
      outDir: '/repo/bench/results',
    });
  });

  it('measures PostgreSQL when DATABASE_URL says so, and L runs last longer', () => {
    expect(parseBenchArgs(['--size', 'L', '--reuse', '--runs', '3', '--out', '/tmp/x'], { DATABASE_URL: 'postgres://db/x' }, root)).toMatchObject({
      size: 'L',
      engine: 'postgres',
      serverUrl: 'postgres://db/x',
      runs: 3,
      duration: 5,
      reuse: true,
      outDir: '/tmp/x',
    });
  });

  it.each([[['--size', 'M']], [['--runs', '0']], [['--runs', 'x']], [['--duration', '0']], [['--unknown']]])('refuses %j', (argv) => {
    expect(() => parseBenchArgs(argv, {}, root)).toThrow(UsageError);
  });
});
