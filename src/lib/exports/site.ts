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

/** The site's host name, used in calendar UIDs ("2025-11-18@raadsarkivet.example.dk"). */
export function siteHost(site: ExportSite): string {
  return new URL(site.siteUrl).host;
}
