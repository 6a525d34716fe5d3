import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The three test tiers (docs/testing.md) are folders: a test file anywhere else would run in no
 * vitest project, and a unit test that read content/ or dist/, built the project or started a
 * browser would make the unit tier slow, and would break when the real content is corrected.
 */
const ROOT = process.cwd();
const TEST = join(ROOT, 'test');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
const rel = (abs: string) => relative(ROOT, abs).split('\\').join('/');

/** The modules a unit test may not import: each reaches the real archive, a build or a browser. */
const NOT_FOR_UNIT = ['test/support/content.ts', 'test/support/site.ts', 'test/support/project-copy.ts', 'test/support/browser.ts', 'test/support/static-server.ts'];

/**
 * Ways a test reads the real archive: a path into content/, dist/ or ../shared from the project
 * root, the content check or the importer's directory over the project, the benchmark's generator
 * copying the project's organisations. (Synthetic entries name files under content/ too, as
 * strings; those are not reads.)
 */
const READS_REAL_ARCHIVE = [
  /(readFileSync|readdirSync|existsSync|statSync|cpSync|createReadStream)\(\s*['"`](\.\/)?(content|dist|\.\.\/shared)\//,
  /process\.cwd\(\)\s*,\s*['"`](\.\.\/shared|content|dist)\b/,
  /checkContent\(\s*process\.cwd\(\)/,
  /contentDirectory\(\s*\)/,
  /projectRoot:\s*process\.cwd\(\)/,
];

/** Every module a file imports, transitively, within the repository. */
function localImports(file: string, seen = new Set<string>()): Set<string> {
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(file, '..', spec);
    if (seen.has(target)) continue;
    seen.add(target);
    if (/\.ts$/.test(target)) localImports(target, seen);
  }
  return seen;
}

describe('the test tiers', () => {
  it('hold every test file: unit, site or slow', () => {
    const tests = filesUnder(TEST).map(rel).filter((f) => f.endsWith('.test.ts'));
    expect(tests.length).toBeGreaterThan(50);
    expect(tests.filter((f) => !/^test\/(unit|site|slow)\//.test(f))).toEqual([]);
  });

  it('keep unit tests off the real content, dist/, builds and the browser', () => {
    const unitTests = filesUnder(join(TEST, 'unit')).filter((f) => f.endsWith('.test.ts'));
    const offenders = unitTests.flatMap((f) => {
      const imported = [...localImports(f)].map(rel).filter((m) => NOT_FOR_UNIT.includes(m));
      const text = readFileSync(f, 'utf8');
      const reads = READS_REAL_ARCHIVE.filter((pattern) => pattern.test(text)).map((pattern) => `reads the real archive (${pattern.source})`);
      return [...imported, ...reads].map((what) => `${rel(f)}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});
