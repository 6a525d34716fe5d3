import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, urlPathOf } from '../built-files.ts';
import { paths } from '../urls.ts';
import { absoluteUrl, type ExportSite } from './site.ts';
import { xmlEscape } from './atom.ts';

/**
 * sitemap.xml and robots.txt. The sitemap is made from the built HTML files in dist/ (by the
 * integration in src/integrations/sitemap.ts) rather than from the content index: that way it
 * lists exactly the pages that exist, including pages other parts of the site add, and can never
 * list a page that was not built (a draft is never built in a production build). Pages that ask
 * not to be indexed (<meta name="robots" content="noindex">) and the 404 page are left out.
 */

/** Site-relative paths of the HTML pages under `dir`: "/", "/moeder/2025-11-18/". */
export function htmlPagesIn(dir: string): string[] {
  return builtHtmlFiles(dir)
    .filter((file) => file !== '404.html' && !isNoIndex(readFileSync(join(dir, file), 'utf8')))
    .map(urlPathOf)
    .sort();
}

export function isNoIndex(html: string): boolean {
  return /<meta\s+name=["']robots["']\s+content=["'][^"']*noindex/i.test(html);
}

/** Paths are relative to the output root, which is the base path on the server. */
export function sitemapXml(site: ExportSite, pagePaths: string[]): string {
  const urls = pagePaths.map((p) => `  <url><loc>${xmlEscape(absoluteUrl(site, p))}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

export function robotsTxt(site: ExportSite): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(site, paths.sitemap())}`, ''].join('\n');
}
