import { withBase } from '../urls.ts';

/**
 * Where the exports will be published. Feeds, the calendar and the OParl export must carry
 * absolute URLs, so every export function takes the site's origin and base path explicitly
 * (endpoints pass SITE_URL and Astro's BASE_URL; tests pass their own).
 */
export interface ExportSite {
  /** Origin without a trailing slash, e.g. "https://raadsarkivet.example.dk". */
  siteUrl: string;
  /** Base path, e.g. "/" or "/raadsarkiv/". */
  base: string;
}

/** Site-relative path ("/moeder/2025-11-18/") → absolute URL under the site's base path. */
export function absoluteUrl(site: ExportSite, path: string): string {
  return site.siteUrl.replace(/\/$/, '') + withBase(path, site.base);
}

/** The site's host name, used in calendar UIDs ("2025-11-18@raadsarkivet.example.dk"). */
export function siteHost(site: ExportSite): string {
  return new URL(site.siteUrl).host;
}
