import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders of a built site that hold assets, not pages: Astro's bundles and Pagefind's index. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

/**
 * The HTML files of a built site, relative to its root with forward slashes
 * ("index.html", "moeder/2025-11-18/index.html"), sorted. Used by the build hooks that work on
 * the finished site (sitemap, search index), by the benchmark and by the tests that read it.
 */
export function builtHtmlFiles(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (!(dir === siteDir && ASSET_DIRS.has(name))) walk(abs);
      } else if (name.endsWith('.html')) {
        found.push(relative(siteDir, abs).split('\\').join('/'));
      }
    }
  };
  walk(siteDir);
  return found.sort();
}

/** "moeder/2025-11-18/index.html" → "/moeder/2025-11-18/"; "404.html" → "/404.html". */
export function urlPathOf(file: string): string {
  const rel = `/${file}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}
