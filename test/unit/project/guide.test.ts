import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { collectionDefs } from '../../../src/lib/collections.ts';
import { itemSectionTypes } from '../../../src/schemas/index.ts';
import { meetingComponents, noComponents } from '../../../src/lib/mdx-components.ts';
import { checkMdxBody } from '../../../src/lib/mdx-allow-list.ts';
import { markdownReadingProblem } from '../../../src/lib/markdown-entries.ts';

/**
 * The secretariat's guide must keep up with the content model: every field of every schema, every
 * section type and component, and every command it tells them to run. A field added to a schema
 * without a line in the guide fails here.
 */

const guide = readFileSync(join(process.cwd(), 'docs', 'redaktionsvejledning.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Every field name in a zod schema, nested objects and lists of objects included. */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
  const def = (schema as { _zod?: { def?: Record<string, any> } })?._zod?.def;
  if (!def) return out;
  if (def.type === 'object') {
    for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      out.add(key);
      fieldNames(value, out);
    }
  } else if (def.type === 'array') fieldNames(def.element, out);
  // A schema with .transform() (meetings and follow-ups derive `status`) keeps its fields on the input side.
  else if (def.type === 'pipe') fieldNames(def.out?._zod?.def?.type === 'transform' ? def.in : def.out, out);
  else if (def.innerType) fieldNames(def.innerType, out);
  return out;
}

describe('docs/redaktionsvejledning.md', () => {
  it('describes every field of every content type', () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(collectionDefs)) {
      for (const field of fieldNames(def.schema)) {
        if (!guide.includes(`\`${field}\``)) missing.push(`${name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes every section type and text component', () => {
    for (const type of itemSectionTypes) expect(guide).toContain(`\`${type}\``);
    for (const name of Object.keys(meetingComponents)) expect(guide).toContain(`<${name}`);
  });

  it('only tells the secretariat to run npm scripts that exist', () => {
    const named = [...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(['ny-moede', 'check', 'preview:serve', 'preview:build']));
    for (const script of named) expect(scripts).toHaveProperty([script]);
  });
});

describe('what the guide says about MDX', () => {
  /** A message with its particulars (a tag, a quoted value, a number) made into placeholders. */
  const normalise = (text: string) => text.replace(/`/g, '').replace(/<[^>\s]*>/g, '<>').replace(/"[^"]*"/g, '""').replace(/\d+/g, '<>');
  const normalisedGuide = normalise(guide);

  it('has a row for every message the check gives on the hostile MDX corpus', () => {
    const corpus = join(process.cwd(), 'test', 'fixtures', 'hostile-mdx');
    const missing = readdirSync(corpus).filter((f) => f.endsWith('.mdx')).flatMap((f) => {
      const components = f.startsWith('decision-') ? noComponents : meetingComponents;
      const body = readFileSync(join(corpus, f), 'utf8');
      const problems = checkMdxBody(f, body, 1, components).problems;
      // A decision is rendered as Markdown: the check also refuses text Markdown reads otherwise.
      const twoReadings = f.startsWith('decision-') && problems.length === 0 ? markdownReadingProblem(f, body, 1) : undefined;
      return [...problems, ...(twoReadings ? [twoReadings] : [])]
        .map((p) => normalise(p.message).slice(0, 28))
        .filter((start) => !normalisedGuide.includes(start));
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('tells how to write the characters MDX reads as code, and which addresses a link may have', () => {
    for (const literal of ['`\\{budget\\}`', '`\\<br>`', '`&lt;br>`', '`&#105;mport af …`', 'https://', 'mailto:']) {
      expect(guide).toContain(literal);
    }
  });
});
