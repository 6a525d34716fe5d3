import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site (dist/) with Pagefind's Node API, as
 * part of `npm run build`. The build fails when Pagefind reports an error, when it indexes a
 * different number of pages than carry `data-pagefind-body`, or when the index is not Danish
 * (a page without lang="da" would get its own index without Danish stemming).
 */

/** The bundle directory under the site root; the search page loads its files from here. */
export const BUNDLE_DIR = 'pagefind';

/** The language every indexed page must have, so that Danish stemming applies. */
export const INDEX_LANGUAGE = 'da';

/** An opening tag carrying data-pagefind-body (the attribute, not the words in running text). */
const BODY_ATTRIBUTE = /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body(?=[\s=>/])/i;

/** Site-relative paths of the built HTML pages that mark content for the index. */
export function indexablePages(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (dir === siteDir && name === BUNDLE_DIR) continue;
        walk(abs);
      } else if (name.endsWith('.html') && BODY_ATTRIBUTE.test(readFileSync(abs, 'utf8'))) {
        found.push(relative(siteDir, abs).split('\\').join('/'));
      }
    }
  };
  walk(siteDir);
  return found;
}

export interface SearchIndexReport {
  /** Pages Pagefind indexed (all languages). */
  pageCount: number;
  /** Languages of the written index with their page counts. */
  languages: Record<string, number>;
}

/** Index siteDir and write the bundle to siteDir/pagefind; throws with every problem found. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const expected = indexablePages(siteDir);
  if (expected.length === 0) {
    throw new Error(`Søgeindeks: ingen sider i ${siteDir} har data-pagefind-body. Indholdssider skal markere deres indhold (se src/components/SearchMeta.astro).`);
  }
  try {
    const { errors: createErrors, index } = await pagefind.createIndex({});
    if (!index || createErrors.length) throw searchError('createIndex', createErrors);
    const added = await index.addDirectory({ path: siteDir, glob: '**/*.html' });
    if (added.errors.length) throw searchError('addDirectory', added.errors);
    const outputPath = join(siteDir, BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw searchError('writeFiles', written.errors);

    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    // addDirectory's page_count is the number of HTML files it read; the index's own page counts
    // (per language) are the pages it actually indexed.
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

function searchError(step: string, errors: string[]): Error {
  return new Error(`Søgeindeks: Pagefind fejlede i ${step}: ${errors.length ? errors.join('; ') : 'intet indeks'}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'raadsarkivet:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Søgeindeks skrevet: ${report.pageCount} sider (${Object.keys(report.languages).join(', ')}).`);
      },
    },
  };
}
