import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkContent } from '../../../src/lib/check.ts';
import { itemSections } from '../../../src/lib/sections.ts';
import { matchFiles, parseEntry, splitFrontMatter } from '../../../src/lib/content-source.ts';
import { collectionDefs, collectionNames } from '../../../src/lib/collections.ts';
import { generateArchive } from '../../../scripts/bench/generate-archive.ts';

/**
 * The content readers and rules on the real content/ (their unit tests run on synthetic input:
 * test/unit/integrity.test.ts, sections.test.ts, content-source.test.ts).
 */
describe('the real content', () => {
  it('passes every integrity rule', () => {
    const { problems } = checkContent(process.cwd());
    expect(problems).toEqual([]);
  });
});

describe('itemSections', () => {
  it('reads the real minutes: the Indstilling of item 4 has two "at"-clauses', () => {
    const text = readFileSync('content/moeder/2025-11-18/moede.mdx', 'utf8');
    const rec = itemSections(text).filter((s) => s.type === 'indstilling');
    expect(rec.map((s) => s.item)).toEqual([2, 3, 4]);
    expect(rec[2].text.split('\n\n')).toHaveLength(3);
    expect(rec[2].text).toMatch(/^Det indstilles,\n\nat fagligt råd for genomisk medicin tager orienteringen om opstart/);
  });
});

/**
 * parseEntry reads YAML with js-yaml (fast, no syntax tree kept) and builds the `yaml` Document
 * only for line numbers of problems. Both must read every file to the same values.
 */
const slow = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS() ?? {};

function contentFiles(contentDir: string): Array<{ abs: string; format: 'yaml' | 'mdx' }> {
  return collectionNames.flatMap((name) => {
    const def = collectionDefs[name];
    return matchFiles(join(contentDir, def.dir), def.pattern).map((rel) => ({ abs: join(contentDir, def.dir, rel), format: def.format }));
  });
}

const root = mkdtempSync(join(tmpdir(), 'raadsarkiv-parse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseEntry', () => {
  it('reads every real and every synthetic content file to the same values as the yaml Document', () => {
    generateArchive({ meetings: 30, projectRoot: process.cwd(), contentDir: join(root, 'content') });
    const files = [...contentFiles(join(process.cwd(), 'content')), ...contentFiles(join(root, 'content'))];
    expect(files.length).toBeGreaterThan(300);
    for (const { abs, format } of files) {
      const text = readFileSync(abs, 'utf8');
      const parsed = parseEntry(text, abs, format);
      expect('data' in parsed, abs).toBe(true);
      const yamlText = format === 'mdx' ? splitFrontMatter(text)!.frontMatter : text;
      expect((parsed as { data: unknown }).data, abs).toEqual(slow(yamlText));
    }
  });
});
