/**
 * The last step of `npm run build`: the Pagefind search index over the built site (dist/, or
 * dist-preview/ for a preview build), with the checks of src/lib/search-index.ts. It runs
 * after `astro build` has exited, so that Pagefind's memory does not come on top of Astro's.
 */
import { join } from 'node:path';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { OUT_DIR } from '../src/site.config.ts';

try {
  const report = await buildSearchIndex(join(process.cwd(), OUT_DIR));
  console.log(`Søgeindeks skrevet: ${report.pageCount} sider (${Object.keys(report.languages).join(', ')}).`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
