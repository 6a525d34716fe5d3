import { describe, expect, it } from 'vitest';
import { browserOverSite } from '../../support/browser.ts';
import { requireDist } from '../../support/site.ts';
import type { Browser } from 'playwright-core';
import type { StaticSite } from '../../support/static-server.ts';

/**
 * The archive's readings are searchable as what they are: the label "Arkivets læsning" stands in
 * the indexed text beside the reason, so a result found through an editorial reason says so in
 * its excerpt, and a search for the label finds the claims that rest on the archive's reading.
 */
let browser: Browser;
let site: StaticSite;
browserOverSite(requireDist, '/', (b, s) => { browser = b; site = s; });

/** Pagefind's own results for a term: each page's URL and its excerpt as plain text. */
async function excerpts(term: string): Promise<Array<{ url: string; excerpt: string }>> {
  const page = await browser.newPage();
  await page.goto(`${site.url}soeg/`);
  // A string, not a function: vitest would rewrite the function's import() for Node.
  const results = await page.evaluate(`(async () => {
    const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
    const { results } = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(results.map(async (r) => { const d = await r.data(); return { url: d.url, excerpt: d.excerpt.replace(/<[^>]+>/g, '') }; }));
  })()`) as Array<{ url: string; excerpt: string }>;
  await page.close();
  return results;
}

describe("search and the archive's reading", () => {
  it('a result found through an editorial reason shows the label in its excerpt', async () => {
    // "inddeling" stands only in the editors' reason for an organisation's classification.
    const found = await excerpts('inddeling');
    expect(found.length).toBeGreaterThan(5);
    for (const r of found) {
      expect(r.url).toMatch(/^\/organisationer\//);
      expect(r.excerpt).toContain('Arkivets læsning');
    }
  });

  it('the label itself finds the pages whose claims rest on the archive\'s reading', async () => {
    const urls = (await excerpts('Arkivets læsning')).map((r) => r.url);
    expect(urls).toContain('/organisationer/nationalt-genom-center/');
    expect(urls).toContain('/sager/national-variantdatabase/');
    expect(urls).toContain('/personer/sabine-groenborg/');
  });
});
