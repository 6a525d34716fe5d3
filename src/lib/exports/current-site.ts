import { SITE_URL } from '../../site.config.ts';
import type { ExportSite } from './site.ts';

/** The site being built: SITE_URL and Astro's base path, for endpoints and pages that print full addresses. */
export function currentSite(): ExportSite {
  return { siteUrl: SITE_URL, base: import.meta.env.BASE_URL };
}
