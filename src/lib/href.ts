import { withBase } from './urls.ts';
import { SITE_URL } from '../site.config.ts';

/** Site-relative path → link under the configured base path (Astro's BASE_URL). */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** Site-relative path → the full published address ("https://…/moeder/2025-11-18/"), for print and citation. */
export function absoluteUrl(path: string): string {
  return SITE_URL + href(path);
}
