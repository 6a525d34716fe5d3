import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtHtmlFiles, urlPathOf } from '../../src/lib/built-files.ts';

/**
 * Figures read from a built site (dist/): pages, a meeting page's weight, JavaScript on content
 * pages, the search index. Plain file reading, no browser.
 */

/** Every HTML file of a built site as a URL path ("/moeder/x/"), outside pagefind/ and _astro/. */
export function htmlPages(dist: string): string[] {
  return builtHtmlFiles(dist).map(urlPathOf).sort();
}

const fileOf = (dist: string, urlPath: string) => (urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath));

/** A site-relative URL in an attribute, resolved to a file in dist (null for other hosts). */
function localFile(dist: string, pageUrl: string, ref: string, base: string): string | null {
  if (/^[a-z]+:\/\//i.test(ref) || ref.startsWith('//') || ref.startsWith('data:')) return null;
  const url = new URL(ref, `http://site${pageUrl}`);
  let path = decodeURIComponent(url.pathname);
  if (base !== '/' && path.startsWith(base)) path = '/' + path.slice(base.length);
  return join(dist, path);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

export interface PageWeight {
  url: string;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  /** HTML plus its linked stylesheets, each gzipped on its own as a server sends them. */
  totalGzipBytes: number;
}

/** The gzipped weight of a page: its HTML and every stylesheet it links. */
export function pageWeight(dist: string, url: string, base = '/'): PageWeight {
  const html = readFileSync(fileOf(dist, url));
  let css = 0;
  for (const [tag] of html.toString('utf8').matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const href = attr(tag, 'href');
    const file = href && localFile(dist, url, href, base);
    if (!file) continue;
    if (!existsSync(file)) throw new Error(`${url} links the stylesheet ${href}, which is not in ${dist}`);
    css += gzipSync(readFileSync(file)).length;
  }
  const htmlGzip = gzipSync(html).length;
  return { url, htmlGzipBytes: htmlGzip, cssGzipBytes: css, totalGzipBytes: htmlGzip + css };
}

/** Median and largest weight over the given pages. */
export function weightSummary(weights: PageWeight[]): { pages: number; median: PageWeight; largest: PageWeight } {
  if (weights.length === 0) throw new Error('no pages to weigh');
  const sorted = [...weights].sort((a, b) => a.totalGzipBytes - b.totalGzipBytes);
  return { pages: sorted.length, median: sorted[Math.floor((sorted.length - 1) / 2)], largest: sorted[sorted.length - 1] };
}

/** Script types that browsers run; JSON-LD and other data blocks are not JavaScript. */
const isJavaScript = (type: string | undefined) => type === undefined || type === '' || /^(module|(text|application)\/(javascript|ecmascript))$/i.test(type.trim());

export interface ScriptFigures {
  /** Pages looked at (all HTML pages except the search page). */
  pages: number;
  /** Pages with at least one script. */
  pagesWithScripts: number;
  /** Bytes of JavaScript over all those pages: inline text plus each referenced file, per page. */
  bytes: number;
  /** Some pages that carry JavaScript, for the report. */
  examples: string[];
}

/** JavaScript on content pages: every page except those under `excluded` (the search page). */
export function contentPageScripts(dist: string, excluded: string[] = ['/soeg/'], base = '/'): ScriptFigures {
  const pages = htmlPages(dist).filter((p) => !excluded.some((e) => p.startsWith(e)));
  let bytes = 0;
  const withScripts: string[] = [];
  for (const url of pages) {
    const html = readFileSync(fileOf(dist, url), 'utf8');
    let pageBytes = 0;
    let found = false;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
      const tag = `<script${m[1]}>`;
      if (!isJavaScript(attr(tag, 'type'))) continue;
      found = true;
      pageBytes += Buffer.byteLength(m[2]);
      const src = attr(tag, 'src');
      const file = src && localFile(dist, url, src, base);
      if (file && existsSync(file)) pageBytes += statSync(file).size;
    }
    if (found) withScripts.push(url);
    bytes += pageBytes;
  }
  return { pages: pages.length, pagesWithScripts: withScripts.length, bytes, examples: withScripts.slice(0, 5) };
}

/** Total size and number of files of a folder (the search index), or null when it does not exist. */
export function folderSize(dir: string): { bytes: number; files: number } | null {
  if (!existsSync(dir)) return null;
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      const s = statSync(abs);
      if (s.isDirectory()) walk(abs);
      else {
        bytes += s.size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
