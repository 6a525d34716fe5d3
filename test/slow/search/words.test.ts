import { beforeAll, describe, expect, it } from 'vitest';
import { browserOverSite } from '../../support/browser.ts';
import type { Browser, Page } from 'playwright-core';
import type { StaticSite } from '../../support/static-server.ts';
import { readPage, requireDist } from '../../support/site.ts';
import { indexablePages } from '../../../src/lib/search-index.ts';
import { indexedContent, indexSearch } from './helpers.ts';

/**
 * Two words in adjacent elements stay two words in the index: nothing (Astro's HTML compression,
 * Pagefind's text extraction) may glue "Status" and "Afholdt" into "statusafholdt". Pagefind 1.6
 * does join the text of adjacent <dt>/<dd> and <th> cells that no white space separates in the
 * HTML; src/lib/search-index.ts separates them before indexing, and these tests hold it to that.
 */
const MEETING = '/moeder/2025-11-18/';
const pairs = [
  { what: 'a term and its description', html: /Status<\/dt>\s*<dd><span class="status"[^>]*>Afholdt/, first: 'status', second: 'afholdt' },
  { what: 'list items with no white space between the tags', html: /Hovedstaden<\/li><li[^>]*><a [^>]*>Inge/, first: 'hovedstaden', second: 'inge' },
  { what: 'two inline elements', html: /[Bb]esluttet<\/span>\s+<span class="muted">Id /, first: 'besluttet', second: 'id' },
];

/** Words as the index or the browser has them: split on white space, outer punctuation removed. */
const words = (text: string) => text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()).filter(Boolean);

let browser: Browser;
let site: StaticSite;
let page: Page;
let content: Map<string, string>;

browserOverSite(requireDist, '/', (b, s) => { browser = b; site = s; });
beforeAll(async () => {
  page = await browser.newPage();
  await page.goto(`${site.url}soeg/`);
  content = new Map((await indexedContent(page)).map((p) => [p.url, p.content]));
});

describe('words in adjacent elements', () => {
  it.each(pairs)('$what: "$first" and "$second" stay two words', async ({ html, first, second }) => {
    expect(readPage(MEETING)).toMatch(html);
    expect((await indexSearch(page, first)).map((r) => r.url)).toContain(MEETING);
    expect((await indexSearch(page, second)).map((r) => r.url)).toContain(MEETING);
    const indexed = words(content.get(MEETING)!);
    expect(indexed.some((w, i) => w === first && indexed[i + 1] === second), `"${first} ${second}" in the index`).toBe(true);
    expect(indexed).not.toContain(first + second);
  });

  it('every word in the index of every page is a word of the page as the browser shows it', async () => {
    expect([...content.keys()].length).toBe(indexablePages(requireDist()).length);
    const glued: string[] = [];
    const reader = await browser.newPage();
    for (const [url, text] of content) {
      await reader.goto(site.origin + url);
      const shown = new Set(words(await reader.locator('[data-pagefind-body]').innerText()));
      for (const word of new Set(words(text))) if (!shown.has(word)) glued.push(`${url}: ${word}`);
    }
    await reader.close();
    expect(glued).toEqual([]);
  });
});
