import { withBase } from './urls.ts';

/** Site-relative path → link under the configured base path (Astro's BASE_URL). */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
