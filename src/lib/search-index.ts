import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles } from './built-files.ts';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site (dist/) with Pagefind's Node API, as
 * the last step of `npm run build` (scripts/search-index.ts, run after `astro build` has exited:
 * inside Astro's astro:build:done hook the Pagefind process would hold its memory on top of
 * Astro's, 1.4 times the peak of a bare Astro build at 400 meetings; see docs/performance.md).
 * The build fails when Pagefind reports an error, when it indexes a
 * different number of pages than carry `data-pagefind-body`, or when the index is not Danish
 * (a page without lang="da" would get its own index without Danish stemming).
 *
 * Pagefind 1.6 separates words only at the end of some block elements (p, li, td, h1–h6, div …);
 * the text of <dt>Status</dt><dd>Afholdt</dd> or of adjacent <th> cells runs together into one
 * word ("statusafholdt"). The browser shows such elements apart, so before Pagefind reads a page
 * we put a space after every closing tag of an element that is not inline. Whitespace between
 * such elements is never rendered; the served pages stay as built.
 */

/** The bundle directory under the site root; the search page loads its files from here. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Word positions per index chunk (Pagefind's default: 20,000). A query loads the chunk of each of
 * its words, so smaller chunks mean fewer bytes per query; each chunk adds about 10 bytes to the
 * metadata every first search loads. Measured over 300 words of decision titles at 800 meetings:
 * median 36.5 KB per word at 20,000, 19.8 at 10,000, 11.9 at 5,000 and at 3,000, 14.5 at 2,000
 * (more chunks per word), for 5 KB more metadata at 5,000; at 2,000 meetings 37.6 → 22.8 KB for
 * 6.4 KB more metadata (docs/performance.md). The setting is
 * Pagefind's environment variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: unstable, so Pagefind is
 * pinned to an exact version in package.json and test/slow/search/index.test.ts fails when the
 * setting stops taking effect.
 */
export const INDEX_CHUNK_SIZE = 5000;

/** The language every indexed page must have, so that Danish stemming applies. */
export const INDEX_LANGUAGE = 'da';

/** An opening tag carrying data-pagefind-body (the attribute, not the words in running text). */
const BODY_ATTRIBUTE = /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body(?=[\s=>/])/i;

/** Site-relative paths of the built HTML pages that mark content for the index. */
export function indexablePages(siteDir: string): string[] {
  return builtHtmlFiles(siteDir).filter((page) => BODY_ATTRIBUTE.test(readFileSync(join(siteDir, page), 'utf8')));
}

/** Elements the browser lays out as boxes of their own (HTML's block, list, table and form parts). */
const SEPARATE_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'legend', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];
const CLOSING_TAG = new RegExp(`(</(?:${SEPARATE_ELEMENTS.join('|')})\\s*>)(?=\\S)`, 'gi');

/** "<dt>Status</dt><dd>Afholdt</dd>" → "<dt>Status</dt> <dd>Afholdt</dd>", as the browser shows it. */
export function separateBlocks(html: string): string {
  return html.replace(CLOSING_TAG, '$1 ');
}

export interface SearchIndexReport {
  /** Pages Pagefind indexed (all languages). */
  pageCount: number;
  /** Languages of the written index with their page counts. */
  languages: Record<string, number>;
}

/** Pages handed to Pagefind before the first has been indexed. */
const PAGES_IN_FLIGHT = 16;

/** Index siteDir and write the bundle to siteDir/pagefind; throws with every problem found. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const expected = indexablePages(siteDir);
  if (expected.length === 0) {
    throw new Error(`Søgeindeks: ingen sider i ${siteDir} har data-pagefind-body. Indholdssider skal markere deres indhold (se src/components/SearchMeta.astro).`);
  }
  // Read by the Pagefind binary, which the Node API starts at createIndex() with this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  try {
    const { errors: createErrors, index } = await pagefind.createIndex({});
    if (!index || createErrors.length) throw searchError('createIndex', createErrors);
    // Pages are sent while Pagefind still indexes earlier ones, so reading the next files here and
    // indexing there use both cores; sent one at a time, each process waited for the other. The
    // index is the same byte for byte (docs/performance.md, "Build at scale").
    // A page's errors are kept, not thrown inside the promise, so that no page's failure is left
    // unhandled while the others are still in flight; the first one stops the loop.
    const inFlight = new Set<Promise<void>>();
    let failure: Error | undefined;
    for (const page of builtHtmlFiles(siteDir)) {
      const content = separateBlocks(readFileSync(join(siteDir, page), 'utf8'));
      const sent: Promise<void> = index.addHTMLFile({ url: pageUrl(page), content }).then((added) => {
        inFlight.delete(sent);
        if (added.errors.length) failure ??= searchError(`addHTMLFile (${page})`, added.errors);
      }, (error: unknown) => {
        inFlight.delete(sent);
        failure ??= searchError(`addHTMLFile (${page})`, [String(error)]);
      });
      inFlight.add(sent);
      if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      if (failure) break;
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    const outputPath = join(siteDir, BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw searchError('writeFiles', written.errors);

    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    const indexed = Object.values(languages).reduce((sum, n) => sum + n, 0);
    const problems: string[] = [];
    if (indexed !== expected.length) {
      problems.push(`Pagefind indekserede ${indexed} sider, men ${expected.length} sider har data-pagefind-body (${expected.join(', ')}); en side uden tekst eller med data-pagefind-ignore="all" bliver ikke indekseret.`);
    }
    const others = Object.keys(languages).filter((lang) => lang !== INDEX_LANGUAGE);
    if (others.length) {
      problems.push(`Søgeindekset skal være ét dansk indeks, men har ${JSON.stringify(languages)}. Alle sider skal have <html lang="${INDEX_LANGUAGE}">.`);
    }
    if (problems.length) throw new Error(`Søgeindeks: ${problems.join(' ')}`);
    return { pageCount: indexed, languages };
  } finally {
    // The Node API runs the Pagefind binary as a service; stop it so the build process can exit.
    await pagefind.close();
  }
}

/** "moeder/2025-11-18/index.html" → "/moeder/2025-11-18/" (Pagefind adds the base path in the browser). */
function pageUrl(page: string): string {
  return '/' + page.replace(/(^|\/)index\.html$/, '$1');
}

function searchError(step: string, errors: string[]): Error {
  return new Error(`Søgeindeks: Pagefind fejlede i ${step}: ${errors.length ? errors.join('; ') : 'intet indeks'}`);
}
