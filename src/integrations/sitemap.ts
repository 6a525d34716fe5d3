import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroSitemap from '@astrojs/sitemap';
import { isListable, pageLastModified } from '../lib/exports/sitemap.ts';
import { SITE_URL, BASE_PATH } from '../site.config.ts';

/**
 * The sitemap, by @astrojs/sitemap (sitemap-index.xml and its parts, split past 45,000 URLs).
 * Each URL is checked against its built HTML file (src/lib/exports/sitemap.ts): only HTML pages
 * that are not noindex and not drafts are listed, and lastmod is the content date the page's
 * JSON-LD states. The first integration only learns where the site is built; the last keeps the
 * address the archive published its sitemap at before, /sitemap.xml, as a copy of the index
 * (a published URL never goes away).
 */
export function sitemap(): AstroIntegration[] {
  let outDir = '';
  const siteRoot = SITE_URL + BASE_PATH;
  const lastModified = new Map<string, string | undefined>();
  /** Absolute page URL → its built HTML, or undefined when it is not an HTML page of the site. */
  const htmlOf = (url: string): string | undefined => {
    if (!url.startsWith(siteRoot) || !url.endsWith('/')) return undefined;
    const file = join(outDir, decodeURI(url.slice(siteRoot.length)), 'index.html');
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return [
    {
      name: 'raadsarkivet:sitemap-dir',
      hooks: { 'astro:config:done': ({ config }) => { outDir = fileURLToPath(config.outDir); } },
    },
    astroSitemap({
      // Each page is read once: the filter keeps its lastmod for serialize (not its HTML, which
      // for all pages together is hundreds of megabytes at archive scale).
      filter: (url) => {
        const html = htmlOf(url);
        if (html === undefined || !isListable(html)) return false;
        lastModified.set(url, pageLastModified(html, url));
        return true;
      },
      serialize: (item) => {
        const lastmod = lastModified.get(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    {
      name: 'raadsarkivet:sitemap-old-address',
      hooks: { 'astro:build:done': () => copyFileSync(join(outDir, 'sitemap-index.xml'), join(outDir, 'sitemap.xml')) },
    },
  ];
}
