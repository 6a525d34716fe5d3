import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readProcessTable, treeRss, treeRssByProgram } from '../../../scripts/bench/measure.ts';
import { contentPageScripts, htmlPages, pageWeight, weightSummary } from '../../../scripts/bench/site-figures.ts';
import { astroPhases, PHASE_LINES } from '../../../scripts/bench/astro-phases.ts';

/** The benchmark's measuring functions on small, known inputs. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'raadsarkiv-bench-dist-'));
  dirs.push(dist);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('process tree memory', () => {
  it('adds up a process and all its descendants, nothing else', () => {
    const table = new Map([
      [1, { ppid: 0, rssBytes: 1000, program: 'sh' }],
      [10, { ppid: 1, rssBytes: 100, program: 'node' }],
      [11, { ppid: 10, rssBytes: 20, program: 'node' }],
      [12, { ppid: 10, rssBytes: 3, program: 'pagefind_extend' }],
      [20, { ppid: 1, rssBytes: 5000, program: 'node' }],
    ]);
    expect(treeRss(table, 10)).toBe(123);
    expect(treeRss(table, 99)).toBe(0);
    expect(Object.fromEntries(treeRssByProgram(table, 10))).toEqual({ node: 120, pagefind_extend: 3 });
  });

  it('reads this process from /proc with its parent, resident memory and program', () => {
    const self = readProcessTable().get(process.pid);
    expect(self?.ppid).toBe(process.ppid);
    expect(self?.program).toBe(readFileSync('/proc/self/comm', 'utf8').trim());
    expect(self!.rssBytes).toBeGreaterThan(1_000_000);
  });
});

describe('figures of a built site', () => {
  const dist = site({
    'index.html': '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>Forside</body></html>',
    'moeder/m1/index.html': '<html><head><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{"a":1}</script></head><body>Møde</body></html>',
    'moeder/m2/index.html': '<html><head><script type="module" src="/_astro/x.js"></script><script>var a=1;</script></head><body>Møde</body></html>',
    'soeg/index.html': '<html><head><script src="/pagefind/pagefind-ui.js"></script></head><body></body></html>',
    '_astro/a.css': 'body { color: black; }'.repeat(20),
    '_astro/x.js': 'console.log(1);',
    'pagefind/pagefind-ui.js': 'x',
  });

  it('lists the HTML pages as URL paths', () => {
    expect(htmlPages(dist)).toEqual(['/', '/moeder/m1/', '/moeder/m2/', '/soeg/']);
  });

  it('counts JavaScript on content pages, not JSON-LD and not the search page', () => {
    const s = contentPageScripts(dist, ['/soeg/']);
    expect(s.pages).toBe(3);
    expect(s.pagesWithScripts).toBe(1);
    expect(s.examples).toEqual(['/moeder/m2/']);
    expect(s.bytes).toBe('console.log(1);'.length + 'var a=1;'.length);
  });

  it('weighs a page as its gzipped HTML plus its gzipped stylesheets', () => {
    const w = pageWeight(dist, '/moeder/m1/');
    expect(w.cssGzipBytes).toBe(gzipSync('body { color: black; }'.repeat(20)).length);
    expect(w.totalGzipBytes).toBe(w.htmlGzipBytes + w.cssGzipBytes);
    const summary = weightSummary([w, pageWeight(dist, '/moeder/m2/')]);
    expect(summary.largest.url).toBe('/moeder/m1/');
    expect(summary.median.url).toBe('/moeder/m2/');
  });

  it('refuses a page whose stylesheet is missing', () => {
    const broken = site({ 'x/index.html': '<link rel="stylesheet" href="/_astro/gone.css">' });
    expect(() => pageWeight(broken, '/x/')).toThrow(/gone\.css/);
  });
});

describe("Astro's build phases", () => {
  it('are read from the log lines Astro 7 writes', () => {
    const log = [
      '00:22:11 [types] Generated 2.47s', '00:22:11 [build] ✓ Completed in 2.99s.', '00:22:22 [vite] ✓ built in 11.24s',
      '00:22:23 [vite] ✓ built in 51ms', ' generating static routes ', '00:22:45 ✓ Completed in 22.56s.',
      '00:22:46 [build] ✓ Completed in 34.82s.', '00:22:49 [build] 1554 page(s) built in 40.73s',
    ].filter((l) => PHASE_LINES.test(l));
    expect(astroPhases(log)).toEqual({ syncSeconds: 2.47, bundleSeconds: 11.24, renderSeconds: 22.56, astroSeconds: 40.73 });
    expect(astroPhases(['something else'])).toEqual({ syncSeconds: null, bundleSeconds: null, renderSeconds: null, astroSeconds: null });
    expect(astroPhases(['[types] Generated 967ms']).syncSeconds).toBe(0.967);
    // Over a minute, both write minutes and seconds.
    expect(astroPhases(['[vite] ✓ built in 1m 12s', 'generating static routes', '✓ Completed in 2m.', '[build] 11377 page(s) built in 2m 5s'])).toEqual({
      syncSeconds: null, bundleSeconds: 72, renderSeconds: 120, astroSeconds: 125,
    });
  });
});
