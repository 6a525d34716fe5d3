import { describe, expect, it } from 'vitest';
import { browserOverSite } from '../../support/browser.ts';
import type { Browser } from 'playwright-core';
import type { StaticSite } from '../../support/static-server.ts';
import { builtPages, readPage, requireDist } from '../../support/site.ts';

/**
 * Content pages load nothing of search (no script, style, index or WebAssembly) until the user
 * searches: the header's search box is a plain GET form that navigates to /soeg/?q=…, with or
 * without JavaScript.
 */
let browser: Browser;
let site: StaticSite;
browserOverSite(requireDist, '/', (b, s) => { browser = b; site = s; });

const isSearchAsset = (url: string) => /\/pagefind\/|\.wasm$|\.pagefind$|\.pf_(index|fragment|meta|filter)$|\.m?js(\?|$)/.test(url);

describe('a meeting page', () => {
  it('fetches nothing of search while it is read, and its search box leads to /soeg/?q=', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}moeder/2025-11-18/`, { waitUntil: 'networkidle' });
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('prioritering');
    await page.waitForTimeout(500);

    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter(isSearchAsset)).toEqual([]);
    expect(requests.every((p) => p === '/moeder/2025-11-18/' || /^\/_astro\/[^/]+\.css$/.test(p) || p === '/favicon.svg'), requests.join(' ')).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}soeg/?q=prioritering`);
    await context.close();
  });
});

describe('every page', () => {
  it.each(builtPages().filter((p) => p.endsWith('/')))('%s has the header search form: GET /soeg/ with q, labelled "Søg i arkivet"', (path) => {
    const header = readPage(path).match(/<header class="site-header">[\s\S]*?<\/header>/)?.[0] ?? '';
    expect(header).toMatch(/<form class="site-search" role="search" action="\/soeg\/" method="get">/);
    expect(header).toMatch(/<label for="site-search-q"[^>]*>Søg i arkivet<\/label>/);
    expect(header).toMatch(/<input id="site-search-q" name="q" type="search"/);
  });
});

describe('without JavaScript', () => {
  it('the header form still searches, and /soeg/ says search needs JavaScript and offers the lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}personer/`);
    await page.getByRole('searchbox', { name: 'Søg i arkivet' }).fill('variantdatabase');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL(`${site.url}soeg/?q=variantdatabase`);
    const main = page.locator('main');
    expect(await main.innerText()).toMatch(/Søgningen kræver JavaScript/);
    expect(await main.locator('noscript a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/beslutninger/', '/moeder/']);
    await context.close();
  });
});
