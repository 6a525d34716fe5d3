import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { type StaticSite } from '../../support/static-server.ts';

/** A rendered result on /soeg/: its title link and the links to parts of the page. */
export interface ShownResult { title: string; href: string; facts: string; subLinks: string[]; marks: string[] }

/** Open /soeg/?q=… (plus filter parameters) and wait until the page reports the search. */
export async function openSearch(page: Page, site: StaticSite, term: string, params: Record<string, string> = {}): Promise<void> {
  const query = new URLSearchParams({ q: term, ...params }).toString();
  await page.goto(`${site.url}soeg/?${query}`);
  await waitForSearch(page, term);
}

/** Wait until the page's live region reports how many results (or none) the current search gave. */
export async function waitForSearch(page: Page, term?: string): Promise<string> {
  const status = page.locator('[data-soeg-status]');
  await status.filter({ hasText: term === undefined ? /resultat/ : `»${term}«` }).waitFor({ timeout: 15_000 });
  return status.innerText();
}

/** Open the type filter group as a reader would (a click on its summary) and wait for its checkboxes. */
export async function openFilters(page: Page): Promise<void> {
  await page.locator('[data-soeg-filter="type"] > summary').click();
  await page.locator('[data-soeg-filtre] label', { hasText: /^møde/ }).waitFor({ timeout: 15_000 });
}

/**
 * The results as shown: the first page (five), or with `all` every result, pressing "Vis flere
 * resultater" until it is gone.
 */
export async function shownResults(page: Page, { all = false } = {}): Promise<ShownResult[]> {
  const items = page.locator('[data-soeg-resultater] > li.soeg-resultat');
  await items.first().waitFor({ timeout: 15_000 });
  const more = page.locator('[data-soeg-flere]');
  for (let round = 0; all && (await more.isVisible()); round++) {
    if (round > 50) throw new Error('search results did not load');
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  return items.evaluateAll((lis) => lis.map((li) => ({
    title: li.querySelector('.soeg-resultat__titel a')?.textContent ?? '',
    href: li.querySelector('.soeg-resultat__titel a')?.getAttribute('href') ?? '',
    facts: li.querySelector('.soeg-resultat__fakta')?.textContent ?? '',
    subLinks: [...li.querySelectorAll('.soeg-resultat__afsnit a')].map((a) => a.getAttribute('href') ?? ''),
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
  })));
}

/** Search through Pagefind's own API in the page (for checks of the index rather than the UI). */
export async function indexSearch(page: Page, term: string): Promise<Array<{ url: string; words: number }>> {
  // A string, not a function: vitest would rewrite the function's import() for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
    const { results } = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(results.map(async (r) => ({ url: (await r.data()).url, words: r.words.length })));
  })()`);
}

/** Every indexed page with the text Pagefind extracted from it (a filter-only search returns all). */
export async function indexedContent(page: Page): Promise<Array<{ url: string; content: string }>> {
  return page.evaluate(`(async () => {
    const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
    const { results } = await pagefind.search(null);
    return Promise.all(results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
  })()`);
}
