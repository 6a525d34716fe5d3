import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseEntry } from '../../src/lib/content-source.ts';

/**
 * parseEntry reads YAML with js-yaml (fast, no syntax tree kept) and builds the `yaml` Document
 * only for line numbers of problems. Both must read every file to the same values.
 */
const slow = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS() ?? {};

describe('parseEntry', () => {
  it('reads YAML 1.2 core values as the yaml package does: dates, yes/no, numbers, nulls stay as written', () => {
    const text = [
      'date: 2025-11-18', 'quoted: "2025-11-18"', 'yes: yes', 'no: no', 'on: on', 'nothing: ~', 'empty:', 'int: 12', 'octal: 0o14',
      'hex: 0x1F', 'float: 1.5', 'exp: 1e3', 'bool: true', 'Bool: True', 'time: 10:00', 'anchor: &a { x: 1 }', 'alias: *a',
      'folded: >', '  to linjer', '  bliver én', 'literal: |', '  linje 1', '  linje 2', 'list: [a, "b", 3]',
    ].join('\n');
    const parsed = parseEntry(text, 'x.yaml', 'yaml') as { data: Record<string, unknown> };
    expect(parsed.data).toEqual(slow(text));
    expect(parsed.data.date).toBe('2025-11-18');
    expect(parsed.data.time).toBe('10:00');
  });

  it('finds the line of a field only when asked, counting the front matter fence', () => {
    const parsed = parseEntry('---\ntitle: "A"\nagenda:\n  - number: 1\n    title: "B"\n---\n\nTekst\n', 'x.mdx', 'mdx') as { lineOf: (p: Array<string | number>) => number | undefined; bodyStartLine: number };
    expect(parsed.lineOf(['agenda', 0, 'title'])).toBe(5);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.bodyStartLine).toBe(7);
  });

  it('reports broken YAML and duplicate keys through the yaml package, with its line', () => {
    const duplicate = parseEntry('name: A\nname: B\n', 'content/personer/a.yaml', 'yaml');
    expect(duplicate).toMatchObject({ file: 'content/personer/a.yaml', line: 2, field: '(YAML)' });
    expect((duplicate as { message: string }).message).toMatch(/^YAML/);
    const indent = parseEntry('---\nname: Anna\nmemberships:\n  - body: raadet\n   role: medlem\n---\n', 'x.mdx', 'mdx');
    expect(indent).toMatchObject({ field: '(YAML)', line: 5 });
  });
});
