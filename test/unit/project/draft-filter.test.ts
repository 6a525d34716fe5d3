import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Drafts are left out in one place: getArchive() in src/lib/archive.ts. A page, feed or export that
 * called Astro's getCollection() itself would get the drafts too and publish them. The build test
 * (builds.test.ts) catches such a leak for the content it builds; this catches the cause for any
 * content, and names the file.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(abs);
    return /\.(astro|ts|tsx|js|mjs|mdx)$/.test(e.name) ? [abs] : [];
  });
}

describe('the draft filter', () => {
  it('is the only reader of the content collections: no getCollection() outside src/lib/archive.ts', () => {
    const root = process.cwd();
    const readers = sourceFiles(join(root, 'src'))
      .filter((f) => /\bgetCollection\s*\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f).split('\\').join('/'));
    expect(readers).toEqual(['src/lib/archive.ts']);
  });
});
