import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { oparlFiles } from '../../src/lib/exports/oparl.ts';
import type { ArchiveIndex } from '../../src/lib/archive-index.ts';
import type { ExportSite } from '../../src/lib/exports/site.ts';

/**
 * Validation against the OParl 1.1 JSON schemas (copied unmodified, with their NOTICE, from
 * ../shared/oparl-1.1 into test/fixtures/oparl-1.1 so that CI on a clean clone has them).
 * As the NOTICE says, a strict validator must be told to allow three things, and only those are
 * allowed here: OParl's own keywords (references, backreference, cardinality, schema), the
 * format "url", and "type" patterns that escape ":" (compiled without the Unicode flag).
 * Everything else stays strict. The "url" format is checked, not waved through: an absolute
 * http(s) URL. Ajv's strictTypes mode also remarks (a log line, not an error) that the schemas put
 * "items" on string-typed properties: that is how OParl describes an external list's contents
 * beside its URL. Those remarks are collected and checked to be of that one kind, so that any
 * other remark still fails.
 */
export const OPARL_SCHEMA_DIR = join(process.cwd(), 'test/fixtures/oparl-1.1/schema');

function makeValidators(): Map<string, ValidateFunction> {
  const remarks: string[] = [];
  const logger = { log: console.log, warn: (...args: unknown[]) => remarks.push(args.join(' ')), error: console.error };
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false, logger });
  addFormats(ajv);
  for (const keyword of ['references', 'backreference', 'cardinality', 'schema']) ajv.addKeyword({ keyword });
  ajv.addFormat('url', (value: string) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  });
  const out = new Map<string, ValidateFunction>();
  for (const file of readdirSync(OPARL_SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const schema = JSON.parse(readFileSync(join(OPARL_SCHEMA_DIR, file), 'utf8'));
    out.set(`https://schema.oparl.org/1.1/${schema.title}`, ajv.compile(schema));
    const externalLists = Object.entries(schema.properties as Record<string, { references?: string; items?: unknown }>)
      .filter(([, p]) => p.references === 'externalList' && p.items).map(([name]) => `#/properties/${name}"`);
    for (const remark of remarks.splice(0)) {
      const expected = /^strict mode: missing type "array" for keyword "items" at "/.test(remark) && externalLists.some((p) => remark.includes(p));
      if (!expected) throw new Error(`${file}: unexpected schema remark: ${remark}`);
    }
  }
  return out;
}

let validators: Map<string, ValidateFunction> | undefined;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export const isOparlObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.type === 'string' && v.type.startsWith('https://schema.oparl.org/1.1/');
export const isOparlList = (v: Json): v is { data: Json[]; pagination: { [key: string]: Json }; links: { [key: string]: Json } } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray(v.data) && 'pagination' in v;

/**
 * Validate an object and every OParl object embedded in it (agenda items in a meeting,
 * memberships in a person …). Returns one message per failure, "" when all are valid.
 */
export function oparlErrors(value: Json, where = ''): string[] {
  validators ??= makeValidators();
  const errors: string[] = [];
  const visit = (v: Json, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    if (isOparlObject(v)) {
      const { id, type } = v;
      const validate = validators!.get(type as string);
      if (!validate) errors.push(`${where}${path}: unknown type ${type}`);
      else if (!validate(v)) errors.push(`${where}${path} (${id}): ${JSON.stringify(validate.errors)}`);
    }
    for (const [k, child] of Object.entries(v)) visit(child, `${path}.${k}`);
  };
  visit(value, '');
  return errors;
}

/** Every OParl object in a value, embedded ones included. */
export function oparlObjects(value: Json): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null) return;
    if (isOparlObject(v)) out.push(v);
    Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}

/** Every string in a value that is a URL under `prefix`. */
export function urlsUnder(value: Json, prefix: string): string[] {
  const out: string[] = [];
  const visit = (v: Json) => {
    if (typeof v === 'string') { if (v.startsWith(prefix)) out.push(v); return; }
    if (Array.isArray(v)) return v.forEach(visit);
    if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}

const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as Json;

/** Check a whole export: every object valid, ids = their file's URL, every OParl URL resolves. */
export function checkExport(index: ArchiveIndex, site: ExportSite) {
  const files = oparlFiles(index, site);
  const prefix = `${site.siteUrl}${site.base}oparl/`;
  const urls = new Set([...files.keys()].map((f) => prefix + f));
  for (const [file, value] of files) {
    const json = asJson(value);
    expect(oparlErrors(json, file)).toEqual([]);
    if (isOparlList(json)) {
      expect(json.links.self).toBe(prefix + file);
      expect(json.pagination.totalElements).toBe(json.data.length);
    } else {
      expect((value as { id?: unknown }).id).toBe(prefix + file);
    }
    for (const u of urlsUnder(json, prefix)) expect(urls.has(u), `${file} points to ${u}`).toBe(true);
    for (const o of oparlObjects(json)) expect(urls.has(o.id as string), `embedded ${o.id} has its own file`).toBe(true);
  }
  return files;
}
