import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtmlFiles, urlPathOf } from '../../src/lib/built-files.ts';

/** The built site that the README's build command wrote. Tests read it; they never rebuild it. */
export const DIST = join(process.cwd(), 'dist');

export function requireDist(): string {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run "npm run build" first (npm test does this).');
  }
  return DIST;
}

/** Every HTML page of the built site, as site-relative URL paths ("/moeder/2025-11-18/"). */
export function builtPages(root = requireDist()): string[] {
  return builtHtmlFiles(root).map(urlPathOf);
}

/** The HTML of a built page by its URL path. */
export function readPage(urlPath: string, root = requireDist()): string {
  const file = urlPath.endsWith('/') ? join(root, urlPath, 'index.html') : join(root, urlPath);
  return readFileSync(file, 'utf8');
}
