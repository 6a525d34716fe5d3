import type { ArchiveIndex } from '../archive-index.ts';

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

/**
 * `make`, computed once per archive and site: an export that both its endpoint and the /data/
 * page or the bulk download need (the calendar, the OParl files) is written once per build.
 */
export function oncePerSite<T>(make: (index: ArchiveIndex, site: ExportSite) => T): (index: ArchiveIndex, site: ExportSite) => T {
  const made = new WeakMap<ArchiveIndex, Map<string, T>>();
  return (index, site) => {
    const perSite = made.get(index) ?? new Map<string, T>();
    made.set(index, perSite);
    const key = `${site.siteUrl} ${site.base}`;
    if (!perSite.has(key)) perSite.set(key, make(index, site));
    return perSite.get(key)!;
  };
}
