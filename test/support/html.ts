/**
 * Just enough HTML reading for tests of the built site: the pages are Astro's own output, so
 * attributes are always double-quoted and tags well formed. No parser dependency is needed.
 */

import { decodeEntities as decode } from './html-scan.ts';

/** Every href in the HTML, entities decoded. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1]));
}

/** Every id in the HTML. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1])));
}

/** The page's <main> element (without header and footer navigation). */
export function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) throw new Error('page has no <main>');
  return html.slice(start, end + '</main>'.length);
}

/** The outer HTML of the element with this id (matching nested tags of the same name). */
export function elementById(html: string, id: string): string | undefined {
  const open = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const tag = open[1];
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  return undefined;
}

/**
 * An href as a site-relative path with its anchor ("/moeder/2025-11-18/#punkt-2"), or undefined
 * for links that leave the site. `base` is the deployment's base path ("/" or "/raadsarkiv/").
 */
export function sitePath(href: string, base: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  if (!href.startsWith(base)) return undefined;
  return '/' + href.slice(base.length);
}
