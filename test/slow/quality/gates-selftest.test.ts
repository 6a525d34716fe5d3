/**
 * The gates catch what they claim to: on a fixture site with a correct page and deliberately
 * broken ones, each gate passes the correct page and fails the broken ones with messages that
 * name the page and the problem. Same functions as the real run (site.test.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserOverSite } from '../../support/browser.ts';
import { type StaticSite } from '../../support/static-server.ts';
import { builtPages } from '../../support/site.ts';
import { checkAxe, checkCspFiles, checkHtml, checkKeyboard, checkLayout, checkLinks, checkPrint } from './gates.ts';
import { FIXTURE_BASE, FIXTURE_SITE_URL, writeFixtureSite } from '../../fixtures/gates-site.ts';

const dir = writeFixtureSite();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Problems of one page, by its path. */
const on = (problems: string[], page: string) => problems.filter((p) => p.startsWith(page + ' ') || p.startsWith(page + ':'));

/** Expects, for each pattern, a problem of the page that matches it. */
function expectProblems(problems: string[], page: string, patterns: RegExp[]) {
  const mine = on(problems, page);
  for (const re of patterns) {
    expect(mine.some((p) => re.test(p)), `no problem of ${page} matches ${re}; the gate said:\n${problems.join('\n')}`).toBe(true);
  }
}

describe('gate self-tests on a fixture site', () => {
  it('the fixture has the pages the tests expect', () => {
    expect(builtPages(dir).sort()).toEqual(['/', '/broken/', '/leaky/']);
  });

  it('valid HTML: invalid nesting and a missing alt attribute fail, with page and line', async () => {
    const problems = await checkHtml(dir);
    expect(on(problems, '/')).toEqual([]);
    expectProblems(problems, '/broken/', [/^\/broken\/ line \d+.*Element “div” not allowed as child of element “ul”/, /^\/broken\/ line \d+.*“img” element must have an “alt” attribute/]);
  });

  it('links: dead anchors on the page and on another page, a link outside the base path and a missing page fail', () => {
    const problems = checkLinks(dir, { base: FIXTURE_BASE, siteUrl: FIXTURE_SITE_URL });
    expect(on(problems, '/')).toEqual([]);
    expectProblems(problems, '/broken/', [
      /<a href="#findes-ikke"> points to the anchor #findes-ikke, which this page does not have/,
      /<a href="\/arkiv\/#findes-heller-ikke"> points to the anchor #findes-heller-ikke, which \/ does not have/,
      /<a href="\/broken\/"> points outside the base path \/arkiv\//,
      /<a href="\/arkiv\/mangler\/"> points to \/mangler\/, which is not in the built site/,
    ]);
  });

  it('CSP files: inline script and style, a page without the policy, and a weak _headers policy fail', () => {
    const problems = checkCspFiles(dir);
    expect(on(problems, '/')).toEqual([]);
    expectProblems(problems, '/broken/', [/an inline <script>/, /<p style="font-weight: bold">/]);
    expectProblems(problems, '/leaky/', [/has 0 Content-Security-Policy meta tags/, /has 0 referrer meta tags/]);

    const weakDir = writeFixtureSite();
    writeFileSync(join(weakDir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'\n  Referrer-Policy: same-origin\n");
    const weak = checkCspFiles(weakDir);
    rmSync(weakDir, { recursive: true, force: true });
    expect(weak).toContain("_headers: the Content-Security-Policy allows 'unsafe-inline' in style-src");
    expect(on(weak, '/').some((p) => /Content-Security-Policy meta tag .* differs from _headers/.test(p))).toBe(true);
    expect(on(weak, '/')).toContain(`/: the referrer meta tag ("no-referrer") differs from _headers' Referrer-Policy ("same-origin")`);
  });

  describe('in the browser', () => {
    let browser: Browser;
    let site: StaticSite;
    browserOverSite(() => dir, FIXTURE_BASE, (b, s) => { browser = b; site = s; });

    it('axe: missing alt text and invalid list nesting fail, and so do CSP violations, other hosts and failed requests', async () => {
      const problems = await checkAxe(browser, site, builtPages(dir));
      expect(on(problems, '/')).toEqual([]);
      expectProblems(problems, '/broken/', [
        /axe image-alt \(critical\): Images must have alternative text – at img/,
        /axe list \(serious\)/,
        /Content-Security-Policy violation: script-src-elem blocked inline/,
        /Content-Security-Policy violation: style-src-attr blocked inline/,
      ]);
      expectProblems(problems, '/leaky/', [/requested http:\/\/example\.invalid\/sporing\.png from another host/, /HTTP 404 for .*\/arkiv\/mangler\.png/, /console error: Failed to load resource/]);
    });

    it('layout: a fixed-width box scrolls sideways at 320 px and at 200 % text size, clipped text is found', async () => {
      const problems = await checkLayout(browser, site, ['/', '/broken/']);
      expect(on(problems, '/')).toEqual([]);
      expectProblems(problems, '/broken/', [
        /^\/broken\/ at 320 px width: the page scrolls sideways/,
        /^\/broken\/ at 320 px width: <div\.wide> "En boks med fast bredde" runs past the right edge/,
        /^\/broken\/ at 200 % text size: the page scrolls sideways \(1632 px wide in a 1280 px window\)/,
        /^\/broken\/ at 200 % zoom \(640 px\): <p\.clipped> "En lang tekst.*" cuts off its text/,
      ]);
    });

    it('keyboard: no skip link first, a link without visible focus and a keyboard trap fail', async () => {
      const problems = await checkKeyboard(browser, site, ['/', '/broken/']);
      expect(on(problems, '/')).toEqual([]);
      expectProblems(problems, '/broken/', [
        /^\/broken\/: the first Tab stop is <a> "Forside", not a skip link to <main#indhold>/,
        /^\/broken\/: <a> "Forside" shows no visible focus/,
        /^\/broken\/: keyboard trap: Tab returns to <a> "Fælde 1" without reaching the rest of the page/,
      ]);
    });

    it('print: printed navigation, a non-A4 page, no permanent address and a file link without its address fail', async () => {
      const problems = await checkPrint(browser, site, ['/', '/broken/'], FIXTURE_SITE_URL, FIXTURE_BASE);
      expect(on(problems, '/')).toEqual([]);
      expectProblems(problems, '/broken/', [
        /^\/broken\/ in print: <nav> is printed/,
        /^\/broken\/ in print: a page is 612×792 pt, not A4/,
        /permanent address https:\/\/fixture\.example\/arkiv\/broken\/ is not printed/,
        /the link to the file "Bilag uden adresse på papir" \(\/arkiv\/bilag\.pdf\) does not print its address/,
      ]);
    });
  });
});
