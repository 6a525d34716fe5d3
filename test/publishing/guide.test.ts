import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { collectionDefs } from '../../src/lib/collections.ts';
import { sectionTitles } from '../../src/lib/sections.ts';
import { meetingComponents } from '../../src/lib/publishing-rules.ts';

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
    for (const type of Object.keys(sectionTitles)) expect(guide).toContain(`\`${type}\``);
    for (const name of Object.keys(meetingComponents)) expect(guide).toContain(`<${name}`);
  });

  it('only tells the secretariat to run npm scripts that exist', () => {
    const named = [...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(['ny-moede', 'check', 'preview:serve', 'preview:build']));
    for (const script of named) expect(scripts).toHaveProperty([script]);
  });
});
