import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { measureSearch } from '../../../scripts/bench/search-transfer.ts';

/**
 * The search measurement on a small site indexed by Pagefind with its default UI, independent
 * of how the archive's own search page is made: it must see the index loaded by the first query
 * and only new chunks and fragments by the second.
 */
const dist = mkdtempSync(join(tmpdir(), 'raadsarkiv-bench-search-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (title: string, text: string) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('search transfer', () => {
  it('counts what the first and the second query load', async () => {
    for (let i = 0; i < 60; i++) {
      mkdirSync(join(dist, 'moeder', `m${i}`), { recursive: true });
      const words = [i % 2 ? 'patientgruppen' : 'databasen', i % 3 ? 'bevillingen' : 'rådet', `ord${i}`, 'referat fra mødet', 'sekretariatet'];
      writeFileSync(join(dist, 'moeder', `m${i}`, 'index.html'), page(`Møde ${i}`, words.join(' ')));
    }
    const indexed = spawnSync(join(process.cwd(), 'node_modules/.bin/pagefind'), ['--site', dist], { encoding: 'utf8' });
    expect(indexed.status, indexed.stderr).toBe(0);
    mkdirSync(join(dist, 'soeg'));
    writeFileSync(join(dist, 'soeg', 'index.html'), `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Søg</title>
      <link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
      <body><main><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script></main></body></html>`);

    const result = await measureSearch(dist, '/', '/soeg/', { words: ['patientgruppen', 'bevillingen', 'sekretariatet'] });
    expect(result.pageBytes.served).toBeGreaterThan(0);
    // Pagefind's scripts and WebAssembly plus the index: tens of kilobytes at least.
    expect(result.firstSearchBytes.gzip).toBeGreaterThan(20_000);
    expect(result.requests.some((r) => r.phase === 'first' && /\.pf_index$/.test(r.url))).toBe(true);
    expect(result.requests.some((r) => r.phase === 'first' && /wasm\.da\.pagefind$/.test(r.url))).toBe(true);
    expect(result.secondSearchBytes.gzip).toBeGreaterThan(0);
    expect(result.secondSearchBytes.gzip).toBeLessThan(result.firstSearchBytes.gzip);
    // This small index is one chunk, loaded by the first query; the common word needs at most fragments.
    expect(result.commonWordBytes.gzip).toBeLessThan(result.firstSearchBytes.gzip);
    expect(result.requests.some((r) => r.phase === 'common' && /\.pf_index$/.test(r.url))).toBe(false);
    expect(result.limitedFirstSearchBytes).toBeNull();
    // The UI script is text: gzip makes it much smaller; the compressed index files stay as they are.
    const ui = result.requests.find((r) => r.url.endsWith('/pagefind/pagefind-ui.js'))!;
    expect(ui.gzipBytes).toBeLessThan(ui.bytes / 2);
    const wasm = result.requests.find((r) => r.url.endsWith('.pagefind'))!;
    expect(wasm.gzipBytes).toBe(wasm.bytes);
    expect(result.resultLinks).toHaveLength(3);
    for (const links of result.resultLinks) expect(links).toBeGreaterThan(0);
  });

  it('waits for the results when the search is slow to show them, so nothing of a query counts as the next', async () => {
    // As with a large index: the network is quiet for seconds between the index and the results.
    mkdirSync(join(dist, 'soeg-langsom'));
    writeFileSync(join(dist, 'soeg-langsom', 'index.html'), `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Søg</title>
      <script>const f = window.fetch; window.fetch = async (u, o) => { if (String(u).includes('/fragment/')) await new Promise((r) => setTimeout(r, 2500)); return f(u, o); };</script>
      <script src="/pagefind/pagefind-ui.js"></script></head>
      <body><main><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));</script></main></body></html>`);
    const result = await measureSearch(dist, '/', '/soeg-langsom/', { words: ['patientgruppen', 'bevillingen', 'sekretariatet'] });
    const fragments = (phase: string) => result.requests.filter((r) => r.phase === phase && r.url.endsWith('.pf_fragment')).length;
    expect(fragments('first')).toBeGreaterThan(0);
    expect(fragments('second')).toBeGreaterThan(0);
    expect(result.resultLinks[0]).toBeGreaterThan(0);
    expect(result.resultLinks[1]).toBeGreaterThan(0);
  });
});
