import { describe, expect, it } from 'vitest';
import { browserOverSite } from '../../support/browser.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { StaticSite } from '../../support/static-server.ts';
import { readPage, requireDist } from '../../support/site.ts';
import { openFilters, openSearch, shownResults, waitForSearch } from './helpers.ts';

/**
 * The search page in Chromium over the built site: Danish inflections and letters, filters,
 * deep links to the exact item or decision, the query in the URL, keyboard use, the empty
 * result, accessibility, and the CSP.
 */
let browser: Browser;
let site: StaticSite;
browserOverSite(requireDist, '/', (b, s) => { browser = b; site = s; });
let page: Page;

/** A page in a fresh context (axe needs one made by browser.newContext()). */
async function freshPage(): Promise<Page> {
  if (page) await page.context().close();
  page = await (await browser.newContext()).newPage();
  return page;
}

const MEETING = '/moeder/2025-11-18/';

describe('Danish search', () => {
  it('"prioriteringen" finds the prioritisation decision first, with the inflected word highlighted', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'prioriteringen');
    const results = await shownResults(p);
    expect(results[0].href).toBe('/beslutninger/2025-11-18-2b/');
    expect(results[0].marks.map((m) => m.toLowerCase())).toContain('prioritering');
    // The minutes rank too, with a link straight to the decision within them.
    expect(results.find((r) => r.href === MEETING)?.subLinks).toContain(`${MEETING}#beslutning-2025-11-18-2b`);
  });

  it('"variantdatabasen" finds the agenda item and decision on the national variant database', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'variantdatabasen');
    const results = await shownResults(p);
    const meeting = results.find((r) => r.href === MEETING);
    expect(meeting, JSON.stringify(results)).toBeDefined();
    // Item 4 ("Orientering om opstart af projekt om en national variantdatabase"), a section of it, or its decision.
    const toItem4 = (l: string) => /#punkt-4(-[a-z-]+)?$/.test(l) || l.endsWith('#beslutning-2025-11-18-4');
    expect(meeting!.subLinks.some(toItem4), meeting!.subLinks.join(' ')).toBe(true);
    expect(meeting!.marks.some((m) => /^variantdatabase/i.test(m))).toBe(true);
  });

  it('"Søkilde" (ø) finds the person and highlights the name as written', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'Søkilde');
    const results = await shownResults(p);
    expect(results.map((r) => r.href)).toContain('/personer/inge-soekilde-pedersen/');
    expect(results.flatMap((r) => r.marks)).toContain('Søkilde');
  });

  it('"Østdanmark" (Ø) finds the minutes that mention it', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'Østdanmark');
    const results = await shownResults(p);
    const meeting = results.find((r) => r.href === MEETING);
    expect(meeting, JSON.stringify(results)).toBeDefined();
    expect(meeting!.marks).toContain('Østdanmark');
  });

  it('shows the meeting date with a meeting or decision result', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'prioriteringen');
    const results = await shownResults(p);
    expect(results.find((r) => r.href === MEETING)?.facts).toBe('Møde · 18. november 2025 · Fagligt råd for genomisk medicin');
    expect(results.find((r) => r.href === '/beslutninger/2025-11-18-2b/')?.facts).toBe('Beslutning · 18. november 2025 · Fagligt råd for genomisk medicin');
  });

  it('links sub-results to published anchors that exist on the target page', async () => {
    const p = await freshPage();
    for (const term of ['prioriteringen', 'variantdatabasen', 'genomisk']) {
      await openSearch(p, site, term);
      for (const result of await shownResults(p, { all: true })) {
        for (const link of result.subLinks) {
          const [path, anchor] = link.split('#');
          expect(path).toBe(result.href);
          if (!anchor) continue;
          expect(anchor, link).not.toMatch(/-titel$/);
          expect(readPage(path), link).toContain(`id="${decodeURIComponent(anchor)}"`);
        }
      }
    }
  });
});

describe('filters and the URL', () => {
  it('a type filter narrows the results and is kept in the URL', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'Søkilde');
    const all = await shownResults(p, { all: true });
    expect(all.length).toBeGreaterThan(1);
    expect(all.some((r) => r.facts.startsWith('Møde'))).toBe(true);

    await openFilters(p);
    await p.locator('[data-soeg-filtre] label', { hasText: /^person/ }).locator('input[type=checkbox]').check();
    await p.waitForURL(/type=person/);
    await expect.poll(async () => (await shownResults(p, { all: true })).length).toBeLessThan(all.length);
    const narrowed = await shownResults(p, { all: true });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((r) => r.facts === 'Person')).toBe(true);
    expect(new URL(p.url()).searchParams.get('q')).toBe('Søkilde');

    // The address is the search: opening it again gives the same narrowed results, and the closed
    // filter group names the chosen value; opened, its box is ticked.
    const again = await p.context().newPage();
    await again.goto(p.url());
    await waitForSearch(again, 'Søkilde');
    expect((await shownResults(again, { all: true })).map((r) => r.href)).toEqual(narrowed.map((r) => r.href));
    expect(await again.locator('[data-soeg-filter="type"] summary').innerText()).toBe('Type: person');
    await openFilters(again);
    expect(await again.locator('[data-soeg-filtre] input[name=type][value=person]').isChecked()).toBe(true);
    await again.close();
  });

  it('loads the filter values only when a filter group is opened, and Pagefind only when the reader goes to the field', async () => {
    const p = await freshPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(`${site.url}soeg/`);
    await p.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    await p.locator('#soeg-q').focus();
    await expect.poll(() => requests.some((r) => r.endsWith('.pf_meta'))).toBe(true);
    await p.locator('#soeg-q').fill('prioriteringen');
    await waitForSearch(p, 'prioriteringen');
    await shownResults(p);
    expect(requests.filter((r) => r.endsWith('.pf_filter'))).toEqual([]);
    await openFilters(p);
    expect(requests.filter((r) => r.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    // Opened, the groups count the current search's results.
    await expect.poll(() => p.locator('[data-soeg-filtre] label', { hasText: /^beslutning \(\d+\)$/ }).count()).toBe(1);
  });

  it('a query typed on the page replaces ?q= in the address', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'prioriteringen');
    await p.locator('#soeg-q').fill('variantdatabasen');
    await p.waitForURL(/\?q=variantdatabasen$/);
    await waitForSearch(p, 'variantdatabasen');
    expect((await shownResults(p)).some((r) => r.href === MEETING)).toBe(true);
  });
});

describe('pages of results', () => {
  it('shows five results, fetching only their data, and "Vis flere resultater" fetches ten more and focuses the first', async () => {
    const p = await freshPage();
    const fragments: string[] = [];
    p.on('request', (r) => { if (r.url().endsWith('.pf_fragment')) fragments.push(r.url()); });
    await openSearch(p, site, 'genomisk');
    const total = Number((await waitForSearch(p, 'genomisk')).match(/^(\d+) resultater/)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await shownResults(p)).toHaveLength(5);
    expect(fragments).toHaveLength(5);

    const more = p.getByRole('button', { name: 'Vis flere resultater' });
    await more.focus();
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await shownResults(p)).length).toBe(15);
    expect(fragments).toHaveLength(15);
    expect(await p.evaluate(() => [...document.querySelectorAll('[data-soeg-resultater] > li')].indexOf(document.activeElement!.closest('li')!))).toBe(5);

    expect(await shownResults(p, { all: true })).toHaveLength(total);
    expect(await more.isVisible()).toBe(false);
  });

  it('a filter alone, without words, lists what it selects (?type=beslutning)', async () => {
    const p = await freshPage();
    await p.goto(`${site.url}soeg/?type=beslutning`);
    expect(await waitForSearch(p)).toMatch(/^\d+ resultater med de valgte filtre\.$/);
    const results = await shownResults(p, { all: true });
    expect(results.length).toBeGreaterThan(1);
    expect(results.every((r) => r.facts.startsWith('Beslutning'))).toBe(true);
  });
});

describe('no hits', () => {
  it('says so in Danish and offers the register and the meeting list', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'qwxzyvnbt');
    expect(await waitForSearch(p)).toBe('Ingen resultater for »qwxzyvnbt«.');
    const help = p.locator('[data-soeg-hjaelp]');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.innerText()).toMatch(/Prøv at/);
    expect(await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/beslutninger/', '/moeder/']);
  });
});

describe('keyboard', () => {
  it('Tab to the header search, type, Enter, Tab to a result, Enter opens the item', async () => {
    const p = await freshPage();
    await p.goto(`${site.url}moeder/2025-12-01/`);
    const focused = () => p.evaluate(() => {
      const el = document.activeElement;
      return { id: el?.id ?? '', inResults: Boolean(el?.closest('[data-soeg-resultater]')) && el?.tagName === 'A', href: el?.getAttribute('href') ?? '' };
    });
    let tabs = 0;
    while ((await focused()).id !== 'site-search-q') {
      await p.keyboard.press('Tab');
      expect(++tabs, 'Tab presses to reach the header search').toBeLessThan(20);
    }
    await p.keyboard.type('variantdatabasen');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/soeg\/\?q=variantdatabasen$/);
    await waitForSearch(p, 'variantdatabasen');
    await shownResults(p);
    tabs = 0;
    while (!(await focused()).inResults) {
      await p.keyboard.press('Tab');
      expect(++tabs, 'Tab presses to reach the first result').toBeLessThan(40);
    }
    const target = (await focused()).href;
    await p.keyboard.press('Enter');
    await p.waitForURL((url) => url.pathname + url.hash === target);
  });
});

describe('accessibility and CSP', () => {
  it('is a GET form with a live count, filters as fieldsets of checkboxes, and results as a list of linked headings', async () => {
    const html = readPage('/soeg/');
    expect(html).toMatch(/<form class="soeg" action="\/soeg\/" method="get"/);
    expect(html).toMatch(/<label for="soeg-q">Søgeord<\/label>\s*<input id="soeg-q" name="q" type="search"/);
    expect(html).toMatch(/<p class="soeg__status" role="status" data-soeg-status><\/p>/);
    const p = await freshPage();
    await openSearch(p, site, 'prioriteringen');
    await shownResults(p);
    await openFilters(p);
    const groups = await p.locator('[data-soeg-filtre] fieldset').evaluateAll((sets) => sets.map((f) => ({
      legend: f.querySelector('legend')?.textContent,
      boxes: [...f.querySelectorAll('label > input[type=checkbox]')].map((i) => (i as HTMLInputElement).name),
    })));
    expect(groups.map((g) => g.legend)).toEqual(['Type', 'År', 'Organ', 'Indsatsområde']);
    for (const g of groups) expect(new Set(g.boxes)).toEqual(new Set([g.legend!.toLowerCase()]));
    expect(await p.locator('[data-soeg-filtre] label', { hasText: /^beslutning \(\d+\)$/ }).count()).toBe(1);
    expect(await p.locator('ol[data-soeg-resultater] > li > h2 > a').count()).toBeGreaterThan(0);
  });

  it('has no axe violations (WCAG 2.2 AA tags) with results and every filter group open', async () => {
    const p = await freshPage();
    await openSearch(p, site, 'prioriteringen');
    await shownResults(p);
    await openFilters(p);
    await p.locator('[data-soeg-filtre] details').evaluateAll((groups) => groups.forEach((g) => ((g as HTMLDetailsElement).open = true)));
    const { violations } = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('searches under the site\'s CSP without violations, without wasm-unsafe-eval and without inline script', async () => {
    const p = await freshPage();
    await p.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openSearch(p, site, 'prioriteringen');
    expect((await shownResults(p)).length).toBeGreaterThan(0);
    expect(await p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    const csp = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(readPage(MEETING).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]);
    expect(csp).not.toMatch(/unsafe/);
    const html = readPage('/soeg/');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBe(1);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="[^"]+"/);
  });
});
