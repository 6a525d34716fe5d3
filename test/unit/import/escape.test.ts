import fc from 'fast-check';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { attributeValue, escapeText, renderLine, segments, yamlString } from '../../../src/lib/import/escape.ts';
import { hostileString } from '../../support/hostile.ts';

/**
 * The importer's escaping against the parser the build uses (Sätteri, as astro.config.mjs sets it
 * up for MDX: GFM on, smart punctuation off). Nothing is evaluated: the text is only parsed, and
 * the tree must hold exactly the source's characters as text, with no ESM, expression, JSX or
 * HTML node and no link but the web addresses GFM links by itself.
 */

const FEATURES = { gfm: true, smartPunctuation: false };
type Node = { type: string; value?: string; url?: string; name?: string; children?: Node[]; attributes?: Array<{ name: string; value: unknown }> };

const mdx = (source: string) => mdxToMdast(source, { features: FEATURES, position: false }) as Node;
/** The Indstilling is also rendered as plain Markdown on decision pages (src/lib/markdown.ts). */
const markdown = (source: string) => markdownToMdast(source, { features: FEATURES, position: false }) as Node;

const textOf = (n: Node): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(textOf).join(''));

/** Every node type in the tree, with links named by the scheme of their URL. */
function nodeKinds(n: Node, out = new Set<string>()): Set<string> {
  out.add(n.type === 'link' ? `link ${/^[a-z]+:/i.exec(n.url!)?.[0] ?? n.url}` : n.type);
  for (const c of n.children ?? []) nodeKinds(c, out);
  return out;
}

/** A web address that GFM links by itself (its text stays the source's text). */
const WEB_LINK = /^link (https?|mailto):$/;
const allowedKinds = (tree: Node, extra: string[] = []) =>
  [...nodeKinds(tree)].filter((k) => !['root', 'paragraph', 'text', ...extra].includes(k) && !WEB_LINK.test(k));

const hostile = hostileString();
const RUNS = { numRuns: 3000, seed: 20260101 };

describe('escapeText: any string is text to the MDX parser', () => {
  it('parses back to exactly the input, as MDX and as plain Markdown, with nothing but text and web links', () => {
    fc.assert(fc.property(hostile, (source) => {
      const escaped = escapeText(source);
      for (const tree of [mdx(escaped), markdown(escaped)]) {
        expect({ text: textOf(tree), other: allowedKinds(tree) }).toEqual({ text: source, other: [] });
      }
      // No raw <, {, } are left for any tag or expression scanner to misread.
      expect(escaped).not.toMatch(/[<>{}\n\r]/);
    }), RUNS);
  });

  it('stays text as a list item and as a sub-heading', () => {
    fc.assert(fc.property(hostile, (source) => {
      const item = mdx(`- ${escapeText(source)}`);
      expect({ text: textOf(item), other: allowedKinds(item, ['list', 'listItem']) }).toEqual({ text: source, other: [] });
      const heading = mdx(`#### ${escapeText(source)}`);
      expect({ text: textOf(heading), other: allowedKinds(heading, ['heading']) }).toEqual({ text: source, other: [] });
    }), RUNS);
  });
});

describe('renderLine: bold and italic spans, everything else literal', () => {
  const markedLine = fc.array(fc.oneof(
    hostile,
    fc.constantFrom('**fed**', '*kursiv*', ' **senest 17. november** ', '(*a*)', '**{x}**', '*<b>*', '**a** **b**', '***', '*a**b*', '**1.**'),
  ), { maxLength: 5 }).map((parts) => parts.join(''));

  it('shows the text of every segment, as strong or emphasis exactly where segments() says', () => {
    fc.assert(fc.property(markedLine, (line) => {
      const parts = segments(line);
      // The segments are the line: nothing dropped, nothing added.
      expect(parts.map((p) => (p.kind === 'strong' ? `**${p.text}**` : p.kind === 'emphasis' ? `*${p.text}*` : p.text)).join('')).toBe(line);
      if (parts.every((p) => p.kind === 'text')) expect(renderLine(line)).toBe(escapeText(line));
      const tree = mdx(renderLine(line));
      const paragraph = tree.children?.[0];
      expect(textOf(tree)).toBe(parts.map((p) => p.text).join(''));
      expect(allowedKinds(tree, ['strong', 'emphasis'])).toEqual([]);
      const spans = (paragraph?.children ?? []).filter((c) => c.type === 'strong' || c.type === 'emphasis')
        .map((c) => ({ kind: c.type, text: textOf(c) }));
      expect(spans).toEqual(parts.filter((p) => p.kind !== 'text'));
    }), RUNS);
  });
});

describe('attribute values and YAML strings', () => {
  it('titel="…" on <Punkt> holds exactly the title', () => {
    fc.assert(fc.property(hostile, (title) => {
      const tree = mdx(`<Punkt nr={1} titel=${attributeValue(title)}>\n\ntekst\n\n</Punkt>`);
      expect(tree.children).toHaveLength(1);
      const punkt = tree.children![0];
      expect(punkt.type).toBe('mdxJsxFlowElement');
      expect(punkt.attributes!.find((a) => a.name === 'titel')?.value).toBe(title);
    }), RUNS);
  });

  it('a YAML string reads back the same with js-yaml (Astro, the check) and yaml (line numbers)', () => {
    fc.assert(fc.property(hostile, (value) => {
      const doc = `title: ${yamlString(value)}\n`;
      expect((loadYaml(doc) as { title: string }).title).toBe(value);
      expect((loadYaml(doc, { schema: CORE_SCHEMA }) as { title: string }).title).toBe(value);
      expect(parseYaml(doc).title).toBe(value);
    }), RUNS);
  });
});
