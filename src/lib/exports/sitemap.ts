import { paths, absoluteUrl } from '../urls.ts';
import type { ExportSite } from './site.ts';

/**
 * What the sitemap (written by @astrojs/sitemap, see src/integrations/sitemap.ts) needs to know
 * of a built page, read from its HTML: whether it may be listed, and when its content last
 * changed. Reading the built page means the sitemap lists exactly the pages that exist and takes
 * lastmod from the same structured data search engines read (src/lib/exports/json-ld.ts), which
 * is computed from the content, never from the build clock.
 */

function isNoIndex(html: string): boolean {
  return /<meta\s+name=["']robots["']\s+content=["'][^"']*noindex/i.test(html);
}

/** A draft shown in a preview build carries the draft banner (src/components/DraftBanner.astro). */
function isDraftPage(html: string): boolean {
  return /class="draft-banner"/.test(html);
}

/** May the page be listed in the sitemap? */
export function isListable(html: string): boolean {
  return !isNoIndex(html) && !isDraftPage(html);
}

/**
 * The dateModified that the page's JSON-LD gives for the page itself (its WebPage, or the work
 * it is about), if any: the sitemap's lastmod.
 */
export function pageLastModified(html: string, pageUrl: string): string | undefined {
  for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    const data = JSON.parse(m[1]) as { '@graph'?: Array<Record<string, unknown>> };
    for (const node of data['@graph'] ?? []) {
      if (node.url === pageUrl && typeof node.dateModified === 'string') return node.dateModified;
    }
  }
  return undefined;
}

export function robotsTxt(site: ExportSite): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(site, paths.sitemap())}`, ''].join('\n');
}
