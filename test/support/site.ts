import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) {
        if (name === 'pagefind' || name === '_astro') continue;
        walk(abs);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(root, abs).split('\\').join('/');
        out.push(rel.endsWith('/index.html') || rel === '/index.html' ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out;
}

/** The HTML of a built page by its URL path. */
export function readPage(urlPath: string, root = requireDist()): string {
  const file = urlPath.endsWith('/') ? join(root, urlPath, 'index.html') : join(root, urlPath);
  return readFileSync(file, 'utf8');
}
