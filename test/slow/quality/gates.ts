/**
 * The quality gates of the built site. Each gate takes a built site (a folder, or a running
 * server plus the list of its pages) and returns its problems as sentences that name the page and
 * the problem; an empty list means the gate passes. The real run (site.test.ts) and the gate
 * self-tests on a deliberately broken fixture site (gates-selftest.test.ts) call the same code.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtPages } from '../../support/site.ts';
import { scanTags, type StartTag } from '../../support/html-scan.ts';
import type { StaticSite } from '../../support/static-server.ts';

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA (the Danish web accessibility act). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The file of a page of a built site by its URL path ("/moeder/" → moeder/index.html). */
export function pageFile(dir: string, page: string): string {
  return page.endsWith('/') ? join(dir, page, 'index.html') : join(dir, page);
}

// ---------------------------------------------------------------------------------------------
// Valid HTML: the W3C Nu HTML Checker (npm vnu-jar), run once over all pages.

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage { type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; message: string; extract?: string }

export async function checkHtml(dir: string): Promise<string[]> {
  const pages = builtPages(dir);
  const byFile = new Map(pages.map((p) => [pageFile(dir, p), p]));
  const pageOf = (url?: string) => (url?.startsWith('file:') ? byFile.get(fileURLToPath(new URL(url).href)) : undefined) ?? url ?? '(unknown page)';
  const stderr = await runJava(['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...pages.map((p) => pageFile(dir, p))]);
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(stderr);
  } catch {
    throw new Error(`The Nu HTML Checker did not answer in JSON:\n${stderr.slice(0, 2000)}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const page = pageOf(m.url);
      const where = m.lastLine ? ` line ${m.lastLine}${m.firstColumn ? `, column ${m.firstColumn}` : ''}` : '';
      const extract = m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : '';
      return `${page}${where}: ${m.message}${extract}`;
    });
}

function runJava(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.JAVA ?? 'java', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e: Error) => reject(new Error(`Could not start Java for the Nu HTML Checker (${e.message}). Install Java 11 or newer: apt-get install -y default-jre-headless`)));
    // vnu exits 1 when it found errors; the JSON on stderr says which.
    child.on('close', () => resolve(err));
  });
}

// ---------------------------------------------------------------------------------------------
// Links: every internal link and every #anchor resolves. Pure: reads the built files.

interface ParsedPage { tags: StartTag[]; ids: Set<string> }

export interface LinkOptions {
  /** The base path the site was built for ("/" or "/raadsarkiv/"). */
  base: string;
  /** The published origin; absolute links to it are internal links. */
  siteUrl?: string;
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], img: ['src', 'srcset'], source: ['src', 'srcset'], script: ['src'],
  iframe: ['src'], video: ['src', 'poster'], audio: ['src'], track: ['src'], embed: ['src'], object: ['data'], form: ['action'],
};

export function checkLinks(dir: string, { base, siteUrl }: LinkOptions): string[] {
  const problems: string[] = [];
  const parsed = new Map<string, ParsedPage | null>();
  const parse = (file: string): ParsedPage | null => {
    if (!parsed.has(file)) {
      if (!existsSync(file) || !file.endsWith('.html')) parsed.set(file, null);
      else {
        const tags = scanTags(readFileSync(file, 'utf8'));
        const ids = new Set<string>();
        for (const t of tags) {
          const id = t.attrs.get('id');
          if (id) ids.add(id);
          if (t.name === 'a' && t.attrs.get('name')) ids.add(t.attrs.get('name')!);
        }
        parsed.set(file, { tags, ids });
      }
    }
    return parsed.get(file)!;
  };
  const origin = 'http://site.invalid';
  const published = siteUrl ? new URL(siteUrl) : undefined;

  for (const page of builtPages(dir)) {
    const { tags } = parse(pageFile(dir, page))!;
    const pageUrl = new URL(base.replace(/\/$/, '') + page, origin);
    for (const tag of tags) {
      for (const attr of LINK_ATTRS[tag.name] ?? []) {
        const value = tag.attrs.get(attr);
        if (value === undefined) continue;
        const refs = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [value.trim()];
        for (const ref of refs) {
          const problem = checkOneLink(ref);
          if (problem) problems.push(`${page} line ${tag.line}: <${tag.name} ${attr}="${ref}"> ${problem}`);
        }
      }
    }

    function checkOneLink(ref: string): string | undefined {
      if (ref === '') return 'is empty';
      let url: URL;
      try {
        url = new URL(ref, pageUrl);
      } catch {
        return 'is not a valid URL';
      }
      if (url.protocol === 'javascript:') return 'uses javascript:, which the Content-Security-Policy blocks';
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined; // mailto:, tel:, data:
      if (url.origin !== origin) {
        if (!published || url.origin !== published.origin) return undefined; // another site
      }
      if (!url.pathname.startsWith(base)) return `points outside the base path ${base}`;
      let sitePath: string;
      try {
        sitePath = '/' + decodeURIComponent(url.pathname.slice(base.length));
      } catch {
        return 'has a malformed %-escape';
      }
      let file = join(dir, sitePath);
      if (sitePath.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file) || !statSync(file).isFile()) {
        if (!sitePath.endsWith('/') && existsSync(join(file, 'index.html'))) return `points to a page without its trailing slash (use ${url.pathname}/)`;
        return `points to ${sitePath}, which is not in the built site`;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment.toLowerCase() === 'top') return undefined;
      const target = parse(file);
      if (!target) return `has the anchor #${fragment} on a file that is not an HTML page`;
      if (!target.ids.has(fragment)) return `points to the anchor #${fragment}, which ${sitePath === page ? 'this page' : sitePath} does not have`;
      return undefined;
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Strict Content-Security-Policy, read from the files: every page carries the policy as a meta tag,
// nothing on a page needs 'unsafe-inline', and the host header file states the same policy.

const UNSAFE_SOURCES = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']);

export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Problems of a policy itself: it must rest on default-src 'self' and allow nothing inline. */
export function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = parsePolicy(policy);
  const def = directives.get('default-src');
  if (!def || def.join(' ') !== "'self'") problems.push(`has default-src ${def ? def.join(' ') : '(missing)'} instead of 'self'`);
  for (const [name, values] of directives) {
    for (const v of values) {
      if (UNSAFE_SOURCES.has(v.toLowerCase())) problems.push(`allows ${v} in ${name}`);
      if (v.toLowerCase() === 'data:' && name !== 'img-src' && name !== 'font-src') problems.push(`allows data: in ${name}`);
    }
  }
  return problems;
}

/** The Content-Security-Policy for "/*" in a Netlify / Cloudflare Pages `_headers` file. */
export function headerFilePolicy(text: string): string | undefined {
  return headerFileValue(text, 'content-security-policy');
}

/** The value of one header for "/*" in a `_headers` file. */
export function headerFileValue(text: string, header: string): string | undefined {
  let inAll = false;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      inAll = raw.trim() === '/*';
      continue;
    }
    const m = /^\s+([\w-]+)\s*:\s*(.+)$/.exec(raw);
    if (inAll && m && m[1].toLowerCase() === header) return m[2].trim();
  }
  return undefined;
}

export function checkCspFiles(dir: string): string[] {
  const problems: string[] = [];
  const headersFile = join(dir, '_headers');
  const headersText = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
  const headerPolicy = headerFilePolicy(headersText);
  // GitHub Pages sends no header of ours, so the referrer policy is also a meta tag (see docs/publishing.md).
  const headerReferrer = headerFileValue(headersText, 'referrer-policy');
  if (!existsSync(headersFile)) problems.push('_headers: the host header file is missing (put it in public/_headers)');
  else if (!headerPolicy) problems.push('_headers: no Content-Security-Policy for "/*"');
  else for (const p of policyProblems(headerPolicy)) problems.push(`_headers: the Content-Security-Policy ${p}`);

  for (const page of builtPages(dir)) {
    const tags = scanTags(readFileSync(pageFile(dir, page), 'utf8'));
    const metas = tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (metas.length !== 1) problems.push(`${page}: has ${metas.length} Content-Security-Policy meta tags instead of 1`);
    const policy = metas[0]?.attrs.get('content');
    if (policy !== undefined) {
      for (const p of policyProblems(policy)) problems.push(`${page}: the Content-Security-Policy meta tag ${p}`);
      if (headerPolicy && !sameDirectives(policy, headerPolicy)) {
        problems.push(`${page}: the Content-Security-Policy meta tag ("${policy}") differs from _headers ("${headerPolicy}")`);
      }
    }
    const referrers = tags.filter((t) => t.name === 'meta' && t.attrs.get('name')?.toLowerCase() === 'referrer').map((t) => t.attrs.get('content'));
    if (referrers.length !== 1) problems.push(`${page}: has ${referrers.length} referrer meta tags instead of 1`);
    else if (headerReferrer !== undefined && referrers[0] !== headerReferrer) {
      problems.push(`${page}: the referrer meta tag ("${referrers[0]}") differs from _headers' Referrer-Policy ("${headerReferrer}")`);
    }
    for (const t of tags) {
      const at = `${page} line ${t.line}`;
      if (t.name === 'script' && !t.attrs.has('src') && !/^application\/(ld\+)?json$/i.test(t.attrs.get('type') ?? '')) {
        problems.push(`${at}: an inline <script>, which the Content-Security-Policy blocks`);
      }
      if (t.name === 'style') problems.push(`${at}: an inline <style> element, which the Content-Security-Policy blocks`);
      if (t.attrs.has('style')) problems.push(`${at}: <${t.name} style="${t.attrs.get('style')}">, an inline style the Content-Security-Policy blocks`);
      for (const name of t.attrs.keys()) {
        if (/^on[a-z]+$/.test(name)) problems.push(`${at}: <${t.name} ${name}=…>, an inline event handler the Content-Security-Policy blocks`);
      }
    }
  }
  return problems;
}

/** The meta tag cannot carry frame-ancestors (browsers ignore it there); the header file may. */
function sameDirectives(meta: string, header: string): boolean {
  const norm = (p: string) => [...parsePolicy(p)].filter(([k]) => k !== 'frame-ancestors').map(([k, v]) => `${k} ${v.join(' ')}`).sort().join('; ');
  return norm(meta) === norm(header);
}

// ---------------------------------------------------------------------------------------------
// In the browser: axe, console errors, failed requests, requests to other hosts, CSP violations.

/** A browser context that records every problem a page causes while it loads. */
async function watchedContext(browser: Browser, site: StaticSite, problems: string[], options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const state = { page: '(before the first page)' };
  const report = (message: string) => problems.push(`${state.page}: ${message}`);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== site.origin) {
      report(`requested ${url} from another host than the site (${site.origin})`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => report(`Content-Security-Policy violation: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline content'}${e.lineNumber ? ` (line ${e.lineNumber})` : ''}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') report(`console error: ${msg.text()}`);
    else if (/content security policy/i.test(msg.text())) report(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => report(`script error: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (new URL(req.url()).origin === site.origin) report(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) report(`HTTP ${res.status()} for ${res.url()}`);
  });
  const visit = async (path: string) => {
    state.page = path;
    await page.goto(site.url.replace(/\/$/, '') + path, { waitUntil: 'load' });
  };
  return { context, page, visit };
}

export async function checkAxe(browser: Browser, site: StaticSite, pages: string[]): Promise<string[]> {
  const problems: string[] = [];
  const { context, page, visit } = await watchedContext(browser, site, problems);
  try {
    for (const path of pages) {
      await visit(path);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of results.violations) {
        for (const node of v.nodes) {
          problems.push(`${path}: axe ${v.id} (${v.impact ?? 'no impact given'}): ${v.help} – at ${node.target.join(' ')} (${v.helpUrl})`);
        }
      }
    }
  } finally {
    await context.close();
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Small screens and zoom.

/** Runs in the page: what scrolls sideways, runs past the right edge, or clips its text. */
function layoutProblemsInPage(): string[] {
  const out: string[] = [];
  const vw = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}> "${text}"`;
  };
  const scrollsInside = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  const widest = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (widest > vw) out.push(`the page scrolls sideways (${widest} px wide in a ${vw} px window)`);
  // Name the outermost culprits only: an element inside one already named adds nothing.
  const named: Element[] = [];
  const isInsideNamed = (el: Element) => named.some((n) => n.contains(el));
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || !(el.textContent ?? '').trim()) continue;
    const h = el as HTMLElement;
    const clips = /hidden|clip/.test(cs.overflowX + ' ' + cs.overflowY) || cs.textOverflow === 'ellipsis';
    // 1 px boxes are the visually-hidden pattern for screen-reader text, hidden on purpose.
    if (isInsideNamed(el)) continue;
    if (clips && h.clientWidth > 1 && h.clientHeight > 1 && (h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1)) {
      named.push(el);
      out.push(`${describe(el)} cuts off its text (content ${h.scrollWidth}×${h.scrollHeight} px in a ${h.clientWidth}×${h.clientHeight} px box)`);
    }
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
    if (ownText && !scrollsInside(el)) {
      const r = el.getBoundingClientRect();
      // Entirely off-screen boxes (the skip link before it has focus) are hidden on purpose.
      if (r.width > 0 && r.left < vw && r.right > vw + 1) {
        named.push(el);
        out.push(`${describe(el)} runs past the right edge (${Math.round(r.right)} px in a ${vw} px window)`);
      }
    }
  }
  return out;
}

/**
 * At 320 px width (WCAG 1.4.10 reflow) and at 200 % zoom of a 1280 px window (a 640 px CSS
 * window) no page scrolls sideways or cuts off text, nor with the reader's text size doubled (the
 * root font size at 200 %, as text-only zoom does).
 */
export async function checkLayout(browser: Browser, site: StaticSite, pages: string[]): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  try {
    for (const path of pages) {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(site.url.replace(/\/$/, '') + path);
      for (const p of await page.evaluate(layoutProblemsInPage)) problems.push(`${path} at 320 px width: ${p}`);
      await page.setViewportSize({ width: 640, height: 450 });
      for (const p of await page.evaluate(layoutProblemsInPage)) problems.push(`${path} at 200 % zoom (640 px): ${p}`);
      await page.setViewportSize({ width: 1280, height: 900 });
      // Setting a style through the CSSOM is not blocked by the Content-Security-Policy.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      for (const p of await page.evaluate(layoutProblemsInPage)) problems.push(`${path} at 200 % text size: ${p}`);
    }
  } finally {
    await context.close();
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Keyboard: skip link first and working, focus always visible, header navigation by keyboard.

interface Focused { desc: string; tag: string; href: string | null; inHeaderNav: boolean; indicator: boolean; onScreen: boolean; isMain: boolean; key: string }

function focusedInPage(): Focused | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  const path: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) path.push(e.tagName + [...(e.parentElement?.children ?? [])].indexOf(e));
  return {
    desc: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> "${text}"`,
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute('href'),
    inHeaderNav: Boolean(el.closest('header nav')),
    indicator: outline || shadow,
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && el.checkVisibility(),
    isMain: el.tagName === 'MAIN',
    key: path.join('/'),
  };
}

/** The most Tab presses per page; a page with more Tab stops than this fails as unusable. */
const MAX_TABS = 2000;

export async function checkKeyboard(browser: Browser, site: StaticSite, pages: string[]): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const url = (path: string) => site.url.replace(/\/$/, '') + path;
  try {
    for (const path of pages) {
      await page.goto(url(path));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(focusedInPage);
      const mainId = await page.evaluate(() => document.querySelector('main')?.id ?? null);
      if (!first || first.tag !== 'a' || !mainId || first.href !== `#${mainId}`) {
        problems.push(`${path}: the first Tab stop is ${first ? first.desc : 'nothing'}, not a skip link to <main${mainId ? '#' + mainId : ''}>`);
      } else {
        if (!first.onScreen) problems.push(`${path}: the skip link is not visible when it has focus`);
        if (!first.indicator) problems.push(`${path}: the skip link shows no focus outline`);
        await page.keyboard.press('Enter');
        const after = await page.evaluate(focusedInPage);
        if (!after?.isMain) problems.push(`${path}: the skip link does not move focus to <main> (focus is on ${after ? after.desc : 'nothing'})`);
      }

      // Tab through the whole page from the top: every stop shows its focus and is on screen.
      await page.goto(url(path));
      const seen = new Set<string>();
      let firstStop: string | undefined;
      const headerNav: Focused[] = [];
      let tabs = 0;
      for (; tabs < MAX_TABS; tabs++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(focusedInPage);
        // Focus leaves the page or wraps round to the first stop: every stop has been visited.
        if (!f || f.key === firstStop) break;
        if (seen.has(f.key)) {
          problems.push(`${path}: keyboard trap: Tab returns to ${f.desc} without reaching the rest of the page`);
          break;
        }
        seen.add(f.key);
        firstStop ??= f.key;
        if (!f.indicator) problems.push(`${path}: ${f.desc} shows no visible focus (no outline or box-shadow)`);
        if (!f.onScreen) problems.push(`${path}: ${f.desc} has focus but is not visible on screen`);
        if (f.inHeaderNav) headerNav.push(f);
      }
      if (tabs === MAX_TABS) problems.push(`${path}: focus did not come back round after ${MAX_TABS} Tab presses`);
      const navLinks = await page.evaluate(() => [...document.querySelectorAll('header nav a[href]')].map((a) => a.getAttribute('href')));
      const reached = headerNav.map((f) => f.href);
      if (navLinks.length === 0) problems.push(`${path}: no header navigation (header nav a[href])`);
      else if (reached.join(' ') !== navLinks.join(' ')) {
        problems.push(`${path}: the header navigation is not reached by Tab in order (reached: ${reached.join(', ') || 'none'}; links: ${navLinks.join(', ')})`);
      }
    }

    // Keyboard alone follows a header link: Tab to the first one, press Enter.
    const start = pages[0];
    await page.goto(url(start));
    let f: Focused | null = null;
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab');
      f = await page.evaluate(focusedInPage);
      if (!f || f.inHeaderNav) break;
    }
    if (!f?.inHeaderNav || !f.href) problems.push(`${start}: Tab never reaches a link in the header navigation`);
    else {
      const target = new URL(f.href, page.url()).href;
      await Promise.all([page.waitForURL(target, { timeout: 10_000 }).catch(() => undefined), page.keyboard.press('Enter')]);
      if (page.url() !== target) problems.push(`${start}: Enter on the header link ${f.desc} did not open ${target} (at ${page.url()})`);
    }
  } finally {
    await context.close();
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Print: no header, navigation or footer; A4; link targets written out where it matters.

/** Runs in the page under print media. */
function printProblemsInPage(permanentUrl: string): string[] {
  const out: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}>`;
  const chrome = [...document.querySelectorAll('body > header, nav, body > footer, [role=navigation], [role=banner], [role=contentinfo]')];
  for (const el of chrome) if (el.checkVisibility()) out.push(`${describe(el)} is printed`);
  const main = document.querySelector('main');
  if (!main || !main.checkVisibility() || !(main.textContent ?? '').trim()) out.push('the main content is not printed');
  const printed = (el: Element) => (el as HTMLElement).innerText ?? '';
  if (!main || !printed(main).includes(permanentUrl)) out.push(`the page's permanent address ${permanentUrl} is not printed`);
  // Links whose target a reader of paper needs: other sites and files (attachments). Their address
  // must be on paper, as the link text or through the print-url class's ::after.
  for (const a of main?.querySelectorAll('a[href]') ?? []) {
    if (!a.checkVisibility()) continue;
    const url = new URL(a.getAttribute('href')!, location.href);
    const isFile = /\.[a-z0-9]{1,5}$/i.test(url.pathname) && !url.pathname.endsWith('.html');
    const external = url.origin !== location.origin && /^https?:$/.test(url.protocol);
    const after = getComputedStyle(a, '::after').content;
    const shown = (a.textContent ?? '') + ' ' + (after === 'none' || after === 'normal' ? '' : after);
    if (a.classList.contains('print-url')) {
      const target = a.getAttribute('data-print-url');
      if (!target || !/^https?:\/\//.test(target) || !shown.includes(target)) {
        out.push(`${describe(a)} "${(a.textContent ?? '').trim()}" does not print its full address (::after is ${after}; data-print-url is ${target ?? 'missing'})`);
      }
    } else if (external && !shown.includes(url.href.replace(/\/$/, ''))) {
      out.push(`the link to another site "${(a.textContent ?? '').trim()}" (${url.href}) does not print its address: give it class="print-url" and data-print-url`);
    } else if (isFile && !external) {
      out.push(`the link to the file "${(a.textContent ?? '').trim()}" (${url.pathname}) does not print its address: give it class="print-url" and data-print-url`);
    }
  }
  return out;
}

/** A4 in PDF points: 210 × 297 mm. */
const A4 = { width: 595.28, height: 841.89 };

export async function checkPrint(browser: Browser, site: StaticSite, pages: string[], siteUrl: string, base: string): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    for (const path of pages) {
      await page.goto(site.url.replace(/\/$/, '') + path);
      await page.emulateMedia({ media: 'print' });
      const permanentUrl = siteUrl.replace(/\/$/, '') + base.replace(/\/$/, '') + path;
      for (const p of await page.evaluate(printProblemsInPage, permanentUrl)) problems.push(`${path} in print: ${p}`);
      // The stylesheet's @page rule decides the paper: with preferCSSPageSize it must come out A4.
      let pdf: Buffer;
      try {
        pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      } catch (e) {
        problems.push(`${path} in print: printing to PDF failed (${(e as Error).message})`);
        continue;
      }
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      if (boxes.length === 0) problems.push(`${path} in print: the PDF has no pages`);
      for (const [w, h] of boxes) {
        if (Math.abs(w - A4.width) > 3 || Math.abs(h - A4.height) > 3) {
          problems.push(`${path} in print: a page is ${w}×${h} pt, not A4 (${A4.width}×${A4.height} pt); check the @page rule of the print stylesheet`);
          break;
        }
      }
      await page.emulateMedia({ media: 'screen' });
    }
  } finally {
    await context.close();
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Screenshots for a person to look at.

export const SCREEN_WIDTHS = { desktop: { width: 1280, height: 900 }, '375': { width: 375, height: 812 } } as const;

/** Full-page screenshots of each page at desktop width and at 375 px; returns the files written. */
export async function takeScreenshots(browser: Browser, site: StaticSite, pages: Record<string, string>, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const [label, viewport] of Object.entries(SCREEN_WIDTHS)) {
    const context: BrowserContext = await browser.newContext({ viewport });
    const page: Page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(site.url.replace(/\/$/, '') + path);
      const file = join(outDir, `${name}-${label}.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
    }
    await context.close();
  }
  return files;
}
