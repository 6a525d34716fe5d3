import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../../test/support/browser.ts';
import { serveStatic } from '../../test/support/static-server.ts';

/**
 * What a search costs the reader, measured in Chromium on the built site: the bytes transferred
 * by the first query on the search page (everything search needs: its script, WebAssembly,
 * index chunks, result fragments), by a later query with a new word, by a query for one of the
 * archive's most common words, and, in a fresh browser, by a first search limited to one kind of
 * record through the page's URL parameters. The search page is driven like a reader drives it:
 * type in its search field and wait until the results show and the network is quiet. The
 * measurement does not depend on how the page is built; it only needs a text field (and, for the
 * limited search, a page that searches ?q=… when opened).
 *
 * The test server sends files as they are, without HTTP compression. Every static host the
 * archive may be published on (GitHub Pages, a municipal web server) compresses text files with
 * gzip, so each request is also counted as such a host would send it: text files (HTML, CSS,
 * JavaScript, JSON) at their gzip size, everything else as served. Pagefind's WebAssembly, index
 * chunks and fragments are compressed files already and count the same either way.
 */

/** The queries of one measurement. */
export interface SearchPlan {
  /**
   * Typed one after another into the search page's field after one page load: a first word, a
   * later query with a new word, and one of the most common words of the archive.
   */
  words: [first: string, later: string, common: string];
  /**
   * URL parameters of a search limited to one kind of record (`type=beslutning`): a fresh
   * browser (nothing cached) opens the search page at `?q=<first word>&<limitedParams>`, as a
   * shared link or the search form with a filter would, and waits for the results.
   */
  limitedParams?: string;
}

export type Phase = 'load' | 'first' | 'second' | 'common' | 'limited';

export interface RequestRecord {
  url: string;
  type: string;
  /** Bytes transferred from the test server (headers and body, no HTTP compression). */
  bytes: number;
  /** Bytes a static host with gzip would transfer (text files compressed). */
  gzipBytes: number;
  phase: Phase;
}

/** Transfer counts of one measurement: with gzip as a static host sends them, and as served. */
export interface Bytes { gzip: number; served: number }

export interface SearchTransfer {
  /** URL path of the search page. */
  page: string;
  plan: SearchPlan;
  /** The search page's own HTML and stylesheets. */
  pageBytes: Bytes;
  /** Everything else loaded with the page, plus everything the first query loaded. */
  firstSearchBytes: Bytes;
  /** What the second query (a new word) loaded. */
  secondSearchBytes: Bytes;
  /** What the query for a common word loaded, after the first two. */
  commonWordBytes: Bytes;
  /** The limited search's first query, counted like the first search; null without `limitedParams`. */
  limitedFirstSearchBytes: Bytes | null;
  /**
   * Links in the page after each query (first, second, common, limited) beyond those it had when
   * loaded; 0 when no results showed within a minute.
   */
  resultLinks: number[];
  requests: RequestRecord[];
}

/** Wait until no request has been in flight for `quietMs` (at most `maxMs`). */
async function networkQuiet(state: { inFlight: number; lastActivity: number }, quietMs = 800, maxMs = 20_000) {
  const started = Date.now();
  while (Date.now() - started < maxMs) {
    if (state.inFlight === 0 && Date.now() - state.lastActivity >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Where to type: the search page's own field in <main> first (every page's header may carry a
 * small search form too), then any search field, then any text field.
 */
const SEARCH_FIELDS = [
  'main input[type="search"]', 'main [role="searchbox"]', 'main input[type="text"]', 'main input:not([type])',
  'input[type="search"]', '[role="searchbox"]', 'input[type="text"]', 'input:not([type])',
];

async function searchField(page: Page) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const selector of SEARCH_FIELDS) {
      const field = page.locator(selector).first();
      if ((await field.count()) > 0 && (await field.isVisible())) return field;
    }
    await page.waitForTimeout(200); // a script may still be adding the field
  }
  throw new Error(`no visible search field on ${page.url()}`);
}

const TEXT_FILES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/** What a static host with gzip would send for a request that the test server sent as `served` bytes. */
function gzipTransfer(dist: string, base: string, url: string, served: number, bodyBytes: number): number {
  let path = decodeURIComponent(new URL(url).pathname);
  if (base !== '/' && path.startsWith(base)) path = '/' + path.slice(base.length);
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!TEXT_FILES.has(extname(file)) || !existsSync(file) || bodyBytes === 0) return served;
  return served - bodyBytes + gzipSync(readFileSync(file)).length;
}

/** Links in the page and the visible text of its <main> (or body). */
const pageState = (page: Page) => page.evaluate(() => ({
  links: document.querySelectorAll('a[href]').length,
  text: (document.querySelector('main') ?? document.body).innerText,
}));

export async function measureSearch(dist: string, base: string, searchPath: string, plan: SearchPlan): Promise<SearchTransfer> {
  const site = await serveStatic(dist, base);
  const browser = await launchBrowser();
  const requests: RequestRecord[] = [];
  const pending: Promise<void>[] = [];

  /**
   * Open the search page in a fresh browser context (at `query`, whose results are awaited when
   * it searches for `loadWord`), then type each query's word, one phase per query.
   */
  const session = async (query: string, loadPhase: Phase, queries: Array<[string, Phase]>, loadWord?: string): Promise<number[]> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const state = { inFlight: 0, lastActivity: Date.now(), phase: loadPhase };
    const finished = (request: Request, failed: boolean) => {
      state.inFlight = Math.max(0, state.inFlight - 1);
      state.lastActivity = Date.now();
      if (failed) return;
      const phase = state.phase;
      pending.push(request.sizes().then((s) => {
        const served = s.responseBodySize + s.responseHeadersSize;
        requests.push({ url: request.url(), type: request.resourceType(), bytes: served, gzipBytes: gzipTransfer(dist, base, request.url(), served, s.responseBodySize), phase });
      }));
    };
    page.on('request', () => {
      state.inFlight++;
      state.lastActivity = Date.now();
    });
    page.on('requestfinished', (r) => finished(r, false));
    page.on('requestfailed', (r) => finished(r, true));

    const url = site.url + searchPath.replace(/^\//, '') + query;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || !response.ok()) throw new Error(`the search page ${url} answered ${response?.status()}`);
    // Links of the page as served (results, added by its script, come later).
    let baseline = (await response.text()).match(/<a\s[^>]*\bhref=/g)?.length ?? 0;
    await networkQuiet(state);
    /**
     * A query is done when its results are on the page (more links than the empty page had, and
     * the word in the visible text, as excerpts highlight it), the network has been quiet and the
     * text has not changed for a moment. Network quiet alone is not enough: with a large index
     * the search itself runs for seconds between loading the index and loading the results.
     */
    const settle = async (word: string) => {
      const deadline = Date.now() + 60_000;
      let text = '';
      let stableSince = Date.now();
      let links = 0;
      while (Date.now() < deadline) {
        const now = await pageState(page);
        links = now.links;
        if (now.text !== text) {
          text = now.text;
          stableSince = Date.now();
        }
        const shown = links > baseline && text.toLowerCase().includes(word.toLowerCase());
        if (shown && state.inFlight === 0 && Date.now() - state.lastActivity >= 800 && Date.now() - stableSince >= 800) return links - baseline;
        await page.waitForTimeout(100);
      }
      return 0; // no results within a minute: reported as such
    };
    const links: number[] = [];
    if (loadWord !== undefined) links.push(await settle(loadWord));
    const field = queries.length ? await searchField(page) : null;
    baseline = (await pageState(page)).links;
    for (const [word, phase] of queries) {
      state.phase = phase;
      const requestsBefore = requests.length + pending.length;
      await field!.fill(word);
      await page.waitForTimeout(500); // search fields debounce typing
      if (requests.length + pending.length === requestsBefore && state.inFlight === 0) {
        // Nothing was fetched while typing: a search form that needs Enter.
        await field!.press('Enter');
        await page.waitForLoadState('load');
      }
      links.push(await settle(word));
    }
    await context.close();
    return links;
  };

  try {
    const [first, second, common] = plan.words;
    const resultLinks = await session('', 'load', [[first, 'first'], [second, 'second'], [common, 'common']]);
    if (plan.limitedParams !== undefined) {
      const query = `?${new URLSearchParams({ q: first })}&${plan.limitedParams}`;
      resultLinks.push(...(await session(query, 'limited', [], first)));
    }
    await Promise.all(pending);

    const sum = (f: (r: RequestRecord) => boolean): Bytes => {
      const chosen = requests.filter(f);
      return { gzip: chosen.reduce((s, r) => s + r.gzipBytes, 0), served: chosen.reduce((s, r) => s + r.bytes, 0) };
    };
    const pageOwn = (r: RequestRecord) => r.type === 'document' || r.type === 'stylesheet';
    return {
      page: searchPath,
      plan,
      pageBytes: sum((r) => r.phase === 'load' && pageOwn(r)),
      firstSearchBytes: sum((r) => (r.phase === 'load' && !pageOwn(r)) || r.phase === 'first'),
      secondSearchBytes: sum((r) => r.phase === 'second'),
      commonWordBytes: sum((r) => r.phase === 'common'),
      limitedFirstSearchBytes: plan.limitedParams === undefined ? null : sum((r) => r.phase === 'limited' && !pageOwn(r)),
      resultLinks,
      requests,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
