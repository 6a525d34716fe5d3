/**
 * The quality gates on every page of the built site (dist/, built by "npm run build" before
 * vitest starts). Pages come from builtPages(), so a page added later is checked without a change
 * here. A failure lists every problem with its page.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserOverSite } from '../../support/browser.ts';
import { type StaticSite } from '../../support/static-server.ts';
import { builtPages, requireDist } from '../../support/site.ts';
import { BASE_PATH, SITE_URL } from '../../../src/site.config.ts';
import { checkAxe, checkCspFiles, checkHtml, checkKeyboard, checkLayout, checkLinks, checkPrint, takeScreenshots } from './gates.ts';

const dist = requireDist();
const pages = builtPages(dist);
const meetingPages = pages.filter((p) => /^\/moeder\/[^/]+\/$/.test(p));
const timings: string[] = [];

/** Runs a gate, notes how long it took, and fails with every problem it found. */
async function gate(name: string, run: () => Promise<string[]> | string[]) {
  const t0 = performance.now();
  const problems = await run();
  timings.push(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  expect(problems, `${problems.length} problem(s):\n${problems.join('\n')}`).toEqual([]);
}

// Each browser gate visits every page in turn; on a loaded 2-core machine that can pass the default
// two minutes, so these get ten (the whole suite must stay well under CI's 90 minutes).
const BROWSER_GATE_TIMEOUT = 600_000;

describe(`quality gates on ${pages.length} built pages`, () => {
  let browser: Browser;
  let site: StaticSite;
  browserOverSite(() => dist, BASE_PATH, (b, s) => { browser = b; site = s; });
  afterAll(() => {
    console.log(`Gate run times (${pages.length} pages):\n  ${timings.join('\n  ')}`);
  });

  it('finds the pages it must check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/tilgaengelighed/');
    expect(meetingPages).toContain('/moeder/2025-11-18/');
  });

  it('valid HTML: the Nu HTML Checker finds no error on any page', () => gate('Nu HTML Checker', () => checkHtml(dist)));

  it('links: every internal link and #anchor resolves', () => gate('links', () => checkLinks(dist, { base: BASE_PATH, siteUrl: SITE_URL })));

  it('strict CSP: every page has the policy and nothing inline; _headers states the same policy', () => gate('CSP files', () => checkCspFiles(dist)));

  it('axe finds no WCAG 2.x A/AA violation; no console error, failed request, other host or CSP violation', () =>
    gate('axe and browser console', () => checkAxe(browser, site, pages)), BROWSER_GATE_TIMEOUT);

  it('no page scrolls sideways at 320 px, or cuts off text at 200 % zoom and 200 % text size', () =>
    gate('small screens and zoom', () => checkLayout(browser, site, pages)), BROWSER_GATE_TIMEOUT);

  it('keyboard: skip link first and working, focus always visible, header navigation by keyboard', () =>
    gate('keyboard', () => checkKeyboard(browser, site, pages)), BROWSER_GATE_TIMEOUT);

  it('print: meeting pages print on A4 without navigation, with their addresses written out', () =>
    gate('print', () => checkPrint(browser, site, meetingPages, SITE_URL, BASE_PATH)), BROWSER_GATE_TIMEOUT);

  it('screenshots of the home page and a meeting page at desktop width and 375 px', async () => {
    const files = await takeScreenshots(browser, site, { forside: '/', moede: '/moeder/2025-11-18/' }, join(process.cwd(), 'test-output', 'screenshots'));
    expect(files).toHaveLength(4);
    for (const f of files) expect(readFileSync(f).subarray(1, 4).toString()).toBe('PNG');
  });
});
